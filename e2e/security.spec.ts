import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The demo credentials are published, but they stand for real ones: none may reach the browser.
const SECRETS = [
  'TricloudDemoTencentSecretKey0000',
  'AKIDTricloudDemoKey00000000000000000',
  'TricloudDemoAlibabaSecret000000',
  'LTAITricloudDemo0000000',
  'e9f8d7c6b5a4938271605f4e3d2c1b0a',
  'd3e10c0a1b2c3d4e5f60718293a4b5c6',
];

test('the API refuses callers without a session', async ({ request }) => {
  const accounts = await request.get('/api/accounts');
  expect(accounts.status()).toBe(401);
  const call = await request.post('/api/accounts/tencent-demo/call', { data: { operation: 'DescribeCluster', params: {} } });
  expect(call.status()).toBe(401);
  expect((await call.json()).error.code).toBe('Unauthenticated');
});

test('no credential is in the bundle, the API answers or the page', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (/javascript|json|html|css/.test(type)) bodies.push(await response.text().catch(() => ''));
  });
  await page.goto('/');
  await page.getByLabel(/用户名|User name/i).fill('demo');
  await page.getByLabel(/密码|Password/i).fill('demo');
  await page.getByRole('button', { name: /登录|Log in/i }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.waitForLoadState('networkidle');

  // Against the production build: every chunk it emitted, not only those this page loaded.
  if (!process.env.E2E_DEV) {
    for (const file of readdirSync('dist/assets')) bodies.push(readFileSync(join('dist/assets', file), 'utf8'));
  }
  const all = bodies.join('\n') + (await page.content());
  expect(bodies.length).toBeGreaterThan(2);
  for (const secret of SECRETS) expect(all, `found ${secret}`).not.toContain(secret);
});
