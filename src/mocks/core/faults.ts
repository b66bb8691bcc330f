import { seededRandom } from './random';

/** Faults an emulator can be told to inject at run time (tests, demos of error handling). */
export interface FaultSettings {
  /** Added to every answer. */
  latencyMs: number;
  /** Share of calls (0..1) answered with the provider's internal error. */
  errorRate: number;
  /** Calls allowed per second before the provider's throttling error; 0 = unlimited. */
  throttlePerSecond: number;
  /** The next N matching calls fail with the provider's internal error. */
  failNext: number;
  /** Limit `failNext` to one operation (Action or NetEase operation name). */
  failOperation?: string;
}

export type InjectedFault = 'error' | 'throttle' | null;

export const NO_FAULTS: FaultSettings = { latencyMs: 0, errorRate: 0, throttlePerSecond: 0, failNext: 0 };

export class FaultController {
  settings: FaultSettings = { ...NO_FAULTS };
  private rand = seededRandom(7);
  private window: { second: number; count: number } = { second: 0, count: 0 };

  constructor(private readonly now: () => number = Date.now) {}

  set(patch: Partial<FaultSettings>): FaultSettings {
    const next = { ...this.settings, ...patch };
    if (!(next.errorRate >= 0 && next.errorRate <= 1)) throw new RangeError('errorRate must be between 0 and 1');
    if (!(next.latencyMs >= 0 && next.latencyMs <= 60_000)) throw new RangeError('latencyMs must be between 0 and 60000');
    if (!(next.throttlePerSecond >= 0)) throw new RangeError('throttlePerSecond must be 0 or more');
    if (!(Number.isInteger(next.failNext) && next.failNext >= 0)) throw new RangeError('failNext must be a whole number');
    this.settings = next;
    return this.settings;
  }

  reset(): void {
    this.settings = { ...NO_FAULTS };
    this.rand = seededRandom(7);
    this.window = { second: 0, count: 0 };
  }

  /** Waits the configured latency, then says which fault (if any) this call gets. */
  async before(operation: string): Promise<InjectedFault> {
    const s = this.settings;
    if (s.latencyMs > 0) await new Promise((r) => setTimeout(r, s.latencyMs));
    if (s.failNext > 0 && (!s.failOperation || s.failOperation === operation)) {
      this.settings = { ...s, failNext: s.failNext - 1 };
      return 'error';
    }
    if (s.throttlePerSecond > 0) {
      const second = Math.floor(this.now() / 1000);
      if (this.window.second !== second) this.window = { second, count: 0 };
      this.window.count += 1;
      if (this.window.count > s.throttlePerSecond) return 'throttle';
    }
    if (s.errorRate > 0 && this.rand() < s.errorRate) return 'error';
    return null;
  }
}
