/** What the bench pages expose to the Playwright driver (`window.__bench`). */
export interface LogViewerBench {
  open(count: number): Promise<{ parseMs: number; totalMs: number; tail: string }>;
  search(query: string, regex?: boolean): Promise<{ ms: number; status: string }>;
  follow(linesPerSecond: number, seconds: number): Promise<{ longestTaskMs: number; tasksOver50: number; appended: number; footer: string }>;
}

export interface MetricChartBench {
  /** `ms` to the painted frame, `drawnMs` to the end of uPlot's (synchronous) canvas draw. */
  draw(series: number, points: number): Promise<{ ms: number; drawnMs: number }>;
  /** uPlot alone with the component's options: the drawing without React and antd. */
  drawPlot(series: number, points: number): Promise<{ ms: number; drawnMs: number }>;
  gallery(): Promise<void>;
}

declare global {
  interface Window {
    __bench?: LogViewerBench | MetricChartBench;
  }
}
