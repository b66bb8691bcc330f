import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import type { ProviderId } from '../../providers/core/types';
import { FaultController, type FaultSettings } from './faults';

/**
 * One provider's emulator. The same MSW handlers serve demo mode (in-process, through `handle`),
 * the stand-alone servers, the browser worker and tests (msw/node). Handlers match by path on any
 * origin, so the emulator answers whatever host name it is reached by.
 */
export interface Emulator {
  provider: ProviderId;
  /** Provider API handlers plus the control routes under /__emulator. */
  handlers: RequestHandler[];
  /** Answers one request in-process; 404 in the provider's format when nothing matches. */
  handle(request: Request): Promise<Response>;
  /** Back to the seeded demo world, faults off. */
  reset(): void;
  faults: FaultController;
}

/**
 * Control routes every emulator shares: GET/PUT /__emulator/faults, POST /__emulator/reset.
 * They exist only on emulators, never on the proxy's public surface.
 */
export function controlHandlers(emulator: Pick<Emulator, 'faults' | 'reset'>): RequestHandler[] {
  return [
    http.get('*/__emulator/faults', () => HttpResponse.json(emulator.faults.settings)),
    http.put('*/__emulator/faults', async ({ request }) => {
      try {
        const patch = (await request.json()) as Partial<FaultSettings>;
        return HttpResponse.json(emulator.faults.set(patch));
      } catch (e) {
        return HttpResponse.json({ error: (e as Error).message }, { status: 400 });
      }
    }),
    http.post('*/__emulator/reset', () => {
      emulator.reset();
      return HttpResponse.json({ ok: true });
    }),
  ];
}

/** Runs a request through a handler list in-process (no network, no worker). */
export async function answer(handlers: RequestHandler[], request: Request, notFound: () => Response): Promise<Response> {
  const response = await getResponse(handlers, request);
  return response ?? notFound();
}
