import type { Connect, Plugin } from 'vite';
import { toWebRequest, writeWebResponse } from '../mocks/node-server.ts';

/**
 * Mounts the signing proxy on the Vite dev server at /api, so `npm run dev` is the
 * whole console: demo data by default, the accounts of TRICLOUD_CONFIG otherwise. The proxy is
 * loaded through Vite's SSR loader, so it never enters the browser bundle.
 */
export function tricloudProxy(): Plugin {
  let handler: Promise<(request: Request) => Promise<Response>> | undefined;

  const middleware =
    (load: () => Promise<(request: Request) => Promise<Response>>): Connect.NextHandleFunction =>
    (req, res, next) => {
      if (!req.url || !(req.url === '/api' || req.url.startsWith('/api/'))) return next();
      handler ??= load();
      void (async () => {
        try {
          const request = await toWebRequest(req, 'http://127.0.0.1');
          await writeWebResponse(res, await (await handler)(request));
        } catch (error) {
          next(error);
        }
      })();
    };

  const loadWith = async (importer: (id: string) => Promise<Record<string, unknown>>) => {
    const { createProxyHandler } = (await importer('/src/proxy/handler.ts')) as typeof import('./handler');
    const { runtimeFromEnvironment } = (await importer('/src/proxy/runtime.ts')) as typeof import('./runtime');
    return createProxyHandler(await runtimeFromEnvironment());
  };

  return {
    name: 'tricloud-proxy',
    configureServer(server) {
      server.middlewares.use(middleware(() => loadWith((id) => server.ssrLoadModule(id))));
    },
  };
}
