import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (this machine and CI cannot download Playwright's own
// browsers); elsewhere Playwright's bundled browser.
const debianChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

const port = Number(process.env.E2E_PORT ?? 4173);
// E2E_DEV=1 runs against the Vite dev server (fast to iterate); by default the specs run against
// the production build served by the proxy's Node server, as users get it.
const command = process.env.E2E_DEV
  ? `npx vite --host 127.0.0.1 --port ${port} --strictPort`
  : `npm run build && npx tsx src/proxy/node-server.ts`;

export default defineConfig({
  testDir: 'e2e',
  // Per journey; waits inside fail sooner (expect 45 s in e2e/fixtures.ts). A describe.configure in the
  // shared fixtures module would only reach the first spec that imports it.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Traces only on request: with them on, Playwright 1.65 intermittently loses its own trace files (ENOENT at context close).
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    locale: 'zh-CN',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath,
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
        },
      },
    },
  ],
  webServer: {
    command,
    url: `http://127.0.0.1:${port}/api/meta`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    // Cluster tasks 4× faster in the demo emulator: the journeys watch a cluster come up in ~20 s.
    env: { PORT: String(port), HOST: '127.0.0.1', TRICLOUD_DEMO_QUICK_CLUSTERS: '4' },
  },
});
