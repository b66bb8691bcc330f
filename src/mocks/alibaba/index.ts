import { http, HttpResponse } from 'msw';
import type { AlibabaCredentials } from '../../providers/core/types';
import { answer, controlHandlers, type Emulator } from '../core/emulator';
import { FaultController } from '../core/faults';
import { seededRandom } from '../core/random';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { dispatch } from './dispatch';
import { allHandlers } from './handlers';
import { tickRds } from './handlers/rds';
import { NonceBook } from './protocol/auth';
import { advanceOrders } from './store/deploy-engine';
import { seedWorld } from './store/seed';
import type { World } from './store/types';

export interface AlibabaEmulatorOptions {
  now?: () => number;
  /** Credentials accepted besides the demo ones; each AccessKeyId gets its own seeded world. */
  credentials?: AlibabaCredentials[];
}

/**
 * The 聚石塔 (retailcloud 2018-03-13) emulator: Alibaba's RPC gateway on "/" of any host, GET or
 * POST, signature v1, JSON or XML. One world per AccessKeyId, seeded the same on every start.
 */
export function createAlibabaEmulator(options: AlibabaEmulatorOptions = {}): Emulator {
  const now = options.now ?? Date.now;
  const secrets = new Map<string, string>();
  for (const c of [DEMO_CREDENTIALS.alibaba, ...(options.credentials ?? [])]) secrets.set(c.accessKeyId, c.accessKeySecret);
  const nonces = new NonceBook();
  const faults = new FaultController(now);
  let worlds = new Map<string, World>();
  let rand = seededRandom(20180313);
  const worldOf = (accessKeyId: string) => {
    let world = worlds.get(accessKeyId);
    if (!world) worlds.set(accessKeyId, (world = seedWorld(accessKeyId, now())));
    return world;
  };
  const tick = (world: World, at: number) => {
    advanceOrders(world, at);
    tickRds(world, at);
  };
  const serve = ({ request }: { request: Request }) => dispatch(request, { secrets, nonces, worldOf, tick, handlers: allHandlers, faults, now, rand });

  const emulator: Emulator = {
    provider: 'alibaba',
    handlers: [],
    handle: (request) => answer(emulator.handlers, request, notFound),
    reset() {
      worlds = new Map();
      nonces.clear();
      faults.reset();
      rand = seededRandom(20180313);
    },
    faults,
  };
  emulator.handlers = [...controlHandlers(emulator), http.all(/^[a-z]+:\/\/[^/]+\/(\?.*)?$/, serve)];
  return emulator;
}

/** Anything but "/" is not the gateway: its own 404 body. */
const notFound = () =>
  HttpResponse.json({ RequestId: '', HostId: 'retailcloud.aliyuncs.com', Code: 'InvalidAction.NotFound', Message: 'Specified api is not found, please check your url and method.', Recommend: '' }, { status: 404 });
