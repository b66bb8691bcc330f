import { unwrapTencent } from '../../providers/tencent/client';
import { createTencentForwarder } from '../../providers/tencent/forwarder';
import { tencentOperations } from '../../providers/tencent/operations';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import type { Emulator } from '../core/emulator';
import { createTencentEmulator } from '.';

/**
 * Test harness: an emulator on a settable clock, and calls signed by the real forwarder. `call`
 * returns the raw envelope; `ok` unwraps it (throwing ProviderError on failure).
 */
/** A second, non-demo account: its world starts without a registry account. */
export const FRESH_ACCOUNT = { secretId: 'AKIDTricloudTestFreshAccount000000000', secretKey: 'TricloudTestFreshSecret000000000' };

export function harness(start = Date.UTC(2026, 0, 10, 2, 0, 0)) {
  let clock = start;
  const now = () => clock;
  const emulator: Emulator = createTencentEmulator({ now, credentials: [FRESH_ACCOUNT] });
  const forwarderFor = (credentials: { secretId: string; secretKey: string }) =>
    createTencentForwarder({ id: 'demo', name: 'demo', provider: 'tencent', regions: ['gz'], credentials }, { fetch: (r) => emulator.handle(r), now });
  const forwarder = forwarderFor({ ...DEMO_CREDENTIALS.tencent });
  const fresh = forwarderFor(FRESH_ACCOUNT);
  const call = async (operation: string, params: Record<string, unknown> = {}, region = 'gz', account: 'demo' | 'fresh' = 'demo') => {
    const op = tencentOperations[operation];
    if (!op) throw new Error(`no operation ${operation}`);
    const response = await (account === 'fresh' ? fresh : forwarder)({ op, region, params });
    return (await response.json()) as Record<string, unknown> & { code: number; message: string; codeDesc: string; data?: any };
  };
  const ok = async (operation: string, params: Record<string, unknown> = {}, region = 'gz'): Promise<any> => {
    const op = tencentOperations[operation];
    const response = await forwarder({ op, region, params });
    return unwrapTencent({ status: response.status, headers: response.headers, text: await response.text() }, operation);
  };
  /** Sends another spelling of an operation's Action (the document's typos). */
  const callAction = async (action: string, operation: string, params: Record<string, unknown> = {}, region = 'gz') => {
    const response = await forwarder({ op: { ...tencentOperations[operation], name: action }, region, params });
    return (await response.json()) as Record<string, unknown> & { code: number; message: string; codeDesc: string; data?: any };
  };
  return {
    emulator,
    call,
    callAction,
    ok,
    now,
    /** Moves the emulator's clock forward (no real waiting). */
    advance: (ms: number) => {
      clock += ms;
    },
  };
}
