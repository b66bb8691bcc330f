import { http, HttpResponse } from 'msw';
import { answer, controlHandlers, type Emulator } from '../core/emulator';
import { FaultController } from '../core/faults';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { TencentAuthenticator, type Credential } from './auth';
import { dispatch } from './dispatch';
import { allHandlers } from './handlers';
import { seedWorld, type LargeWorld } from './store/seed';
import type { AccountWorld } from './store/types';

export interface TencentEmulatorOptions {
  now?: () => number;
  /** Credentials accepted besides the demo ones; each SecretId gets its own seeded world. */
  credentials?: Credential[];
  /** Extra services, ingresses and repositories in the demo world (benchmarks of long lists). */
  large?: LargeWorld;
}

/**
 * The Tencent Container Service emulator: the document's /v2/index.php on any host (ccs, ccr,
 * monitor), plus the API 3.0 form on "/" that tencentcloud-sdk-nodejs-common speaks with
 * signMethod HmacSHA1/HmacSHA256. One world per SecretId (the demo key's world is "demo").
 */
export function createTencentEmulator(options: TencentEmulatorOptions = {}): Emulator {
  const now = options.now ?? Date.now;
  const credentials = [{ ...DEMO_CREDENTIALS.tencent }, ...(options.credentials ?? [])];
  const auth = new TencentAuthenticator(credentials, now);
  const faults = new FaultController(now);
  let worlds = new Map<string, AccountWorld>();
  const worldOf = (secretId: string) => {
    const key = secretId === DEMO_CREDENTIALS.tencent.secretId ? 'demo' : secretId;
    let world = worlds.get(key);
    // Configured (non-demo) accounts start without a registry account: RegisterRepositoryAccountNew opens it.
    if (!world) worlds.set(key, (world = seedWorld(key, now(), { registry: key === 'demo', large: key === 'demo' ? options.large : undefined })));
    return world;
  };
  const deps = { auth, worldOf, faults, handlers: allHandlers, now };
  const serve = ({ request }: { request: Request }) => dispatch(request, deps);

  const emulator: Emulator = {
    provider: 'tencent',
    handlers: [],
    handle: (request) => answer(emulator.handlers, request, notFound),
    reset() {
      worlds = new Map();
      auth.reset();
      faults.reset();
    },
    faults,
  };
  emulator.handlers = [
    ...controlHandlers(emulator),
    http.all('*/v2/index.php', serve),
    // API 3.0 clients post to the root path.
    http.all(/^[a-z]+:\/\/[^/]+\/$/, serve),
  ];
  return emulator;
}

const notFound = () => HttpResponse.json({ code: 4000, message: '(-10003)请求路径不存在', codeDesc: 'InvalidPath' }, { status: 404 });
