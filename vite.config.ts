/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tricloudProxy } from './src/proxy/vite-plugin.ts';

// The dev server serves the SPA and mounts the signing proxy at /api, so `npm run dev` is the
// whole console on demo data (or on the accounts of TRICLOUD_CONFIG).
export default defineConfig({
  plugins: [react(), tricloudProxy()],
  build: {
    chunkSizeWarningLimit: 1500,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'threads',
    // jsdom + antd page tests can overrun their time on a busy 2-core machine; CI retries a test
    // once, as Playwright does. A real failure still fails twice.
    retry: process.env.CI ? 1 : 0,
  },
});
