import { resolve } from 'node:path';
import { serveFetchHandler } from '../mocks/node-server';
import { createProxyHandler } from './handler';
import { runtimeFromEnvironment } from './runtime';
import { staticHandler } from './static';

/**
 * Production server: the signing proxy at /api and the built SPA (dist/) for everything else.
 * `npm run build && npm run serve`; PORT (default 8080), HOST (default 127.0.0.1), TRICLOUD_CONFIG.
 */
async function main() {
  const runtime = await runtimeFromEnvironment();
  const api = createProxyHandler(runtime);
  const files = staticHandler(resolve(process.env.TRICLOUD_DIST ?? 'dist'));
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  const { url } = await serveFetchHandler((request) => {
    const { pathname } = new URL(request.url);
    return pathname === '/api' || pathname.startsWith('/api/') ? api(request) : files(request);
  }, port, host);
  const accounts = runtime.config.accounts.map((a) => `${a.id} (${a.provider})`).join(', ');
  console.log(`Tricloud Console on ${url} — ${runtime.config.demo ? 'demo mode, log in as demo / demo' : 'configured'}; accounts: ${accounts}`);
}

void main();
