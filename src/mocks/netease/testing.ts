import { unwrapNetease } from '../../providers/netease/client';
import { createNeteaseForwarder } from '../../providers/netease/forwarder';
import { neteaseOps, type NeteaseOperationName } from '../../providers/netease/operations';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { createNeteaseEmulator, type NeteaseEmulator } from '.';

/**
 * Test helper: an emulator on a hand-driven clock, reached through the real forwarder (token
 * cache, wire encoding) and unwrapped by the real client. `call` returns the result or throws the
 * ProviderError; `raw` returns the HTTP answer.
 */
export function neteaseHarness(start = Date.UTC(2017, 0, 10, 8, 0, 0)) {
  let time = start;
  const now = () => time;
  const emulator: NeteaseEmulator = createNeteaseEmulator({ now });
  const requests: Request[] = [];
  const account = { id: 'n', name: 'n', provider: 'netease' as const, regions: ['default'], credentials: { ...DEMO_CREDENTIALS.netease } };
  const forward = createNeteaseForwarder(account, {
    now,
    fetch: (request) => {
      requests.push(request.clone());
      return emulator.handle(request);
    },
  });
  const raw = (name: NeteaseOperationName, params: Record<string, unknown> = {}) => forward({ op: neteaseOps[name], params });
  const call = async (name: NeteaseOperationName, params: Record<string, unknown> = {}): Promise<any> => {
    const response = await raw(name, params);
    return unwrapNetease({ status: response.status, headers: response.headers, text: await response.text() }, name);
  };
  const fails = async (name: NeteaseOperationName, params: Record<string, unknown> = {}) => {
    try {
      await call(name, params);
    } catch (e) {
      return e as { code: string; message: string; httpStatus: number; requestId?: string };
    }
    throw new Error(`${name} did not fail`);
  };
  return { emulator, requests, call, raw, fails, advance: (ms: number) => (time += ms), now };
}
