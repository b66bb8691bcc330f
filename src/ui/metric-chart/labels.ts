/** The charts' own languages; the page passes the app's language through `locale`. */
export type MetricChartLocale = 'zh-CN' | 'en';

export interface MetricChartLabels {
  noData: string;
  request: string;
  limit: string;
  used: string;
  capacity: string;
  overcommitted: string;
}

export const METRIC_CHART_LABELS: Record<MetricChartLocale, MetricChartLabels> = {
  en: { noData: 'No data in this range', request: 'Requests', limit: 'Limits', used: 'Used', capacity: 'Capacity', overcommitted: 'Limits exceed capacity' },
  'zh-CN': { noData: '该时间范围内无数据', request: 'Request', limit: 'Limit', used: '已用', capacity: '总量', overcommitted: 'Limit 超过总量' },
};

export function metricChartLabels(locale: MetricChartLocale, overrides?: Partial<MetricChartLabels>): MetricChartLabels {
  return overrides ? { ...METRIC_CHART_LABELS[locale], ...overrides } : METRIC_CHART_LABELS[locale];
}
