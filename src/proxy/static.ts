import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Serves the built SPA; unknown paths get index.html so client-side routes load. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function staticHandler(root: string) {
  const base = resolve(root);
  return async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    const file = normalize(join(base, decodeURIComponent(pathname)));
    const inside = file === base || file.startsWith(base + sep);
    const isFile = inside && (await stat(file).then((s) => s.isFile()).catch(() => false));
    // Unknown paths are client-side routes: answer with the SPA's index.html.
    const target = isFile ? file : join(base, 'index.html');
    const body = await readFile(target);
    const immutable = target.includes(`${join(base, 'assets')}`);
    return new Response(body, {
      headers: {
        'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

