import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, login, resetEmulators, test } from './fixtures';

/** Picks an option of one of the page's antd Selects (by its accessible label). */
async function choose(page: Page, name: RegExp, option?: RegExp | string, nth = 0) {
  await page.getByRole('main').getByRole('combobox', { name }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  const items = dropdown.locator('.ant-select-item-option');
  await (option ? items.filter({ hasText: option }).first() : items.nth(nth)).click();
  await expect(dropdown).toHaveCount(0);
}

const shot = (name: string) => (process.env.LOGS_SHOTS ? `${process.env.LOGS_SHOTS}/${name}.png` : undefined);

test.beforeEach(async ({ page }) => {
  await login(page, '/logs');
  await resetEmulators(page);
});

test('follow a Tencent instance’s log, search it, download it', async ({ page }) => {
  await page.goto('/logs?provider=tencent');
  await choose(page, /^(集群|Cluster)$/, /prod-web/);
  await choose(page, /^(服务|Service)$/, /nginx-web/);
  await expect(page).toHaveURL(/service=nginx-web/);
  const viewer = page.locator('.lv-root');
  await expect(viewer.locator('.lv-row').first()).toBeVisible();
  // All pods: a pod column; then one pod.
  await expect(viewer.locator('.lv-source').first()).not.toBeEmpty();
  await choose(page, /^(实例|Pod)$/, undefined, 1);
  await expect(page).toHaveURL(/pod=/);
  await expect(viewer.locator('.lv-row').first()).toBeVisible();
  // Following: new lines arrive (the emulator writes one every 5 s).
  await expect(page.getByTestId('follow-state')).toContainText(/跟随中|Following/);
  const footer = viewer.locator('.lv-footer');
  const before = await footer.textContent();
  await expect(footer).not.toHaveText(before ?? '', { timeout: 20_000 });
  if (shot('logs-tencent')) await page.screenshot({ path: shot('logs-tencent') });
  // Search with highlight and next.
  await viewer.locator('.lv-scroller').click();
  await page.keyboard.press('Control+f');
  await expect(viewer.locator('.lv-search input')).toBeFocused();
  await page.keyboard.type('GET');
  await expect(viewer.locator('mark').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(viewer.locator('.lv-status')).toContainText(/1/);
  // Download what is loaded.
  const download = page.waitForEvent('download');
  await viewer.getByRole('button', { name: /下载|Download/ }).click();
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toMatch(/GET \//);
  expect(file.suggestedFilename()).toMatch(/\.log$/);
});

test('open an Alibaba pod’s log and its events', async ({ page }) => {
  await page.goto('/logs?provider=alibaba');
  await choose(page, /^(应用|Application)$/);
  await choose(page, /^(环境|Environment)$/);
  await expect(page).toHaveURL(/env=/);
  const viewer = page.locator('.lv-root');
  await choose(page, /^(实例|Pod)$/, undefined, 1);
  await expect(page).toHaveURL(/pod=/);
  await expect(viewer.locator('.lv-row').first()).toBeVisible();
  if (shot('logs-alibaba')) await page.screenshot({ path: shot('logs-alibaba') });
  await page.getByText(/^事件$|^Events$/).click();
  await expect(page).toHaveURL(/view=events/);
  // The pod's Kubernetes events, not the log lines still on screen from before the switch.
  await expect(viewer.locator('.lv-row').filter({ hasText: /Scheduled/ }).first()).toBeVisible();
  await expect(viewer.locator('.lv-row').filter({ hasText: /Started/ }).first()).toBeVisible();
  if (shot('logs-alibaba-events')) await page.screenshot({ path: shot('logs-alibaba-events') });
});

test('NetEase says it has no log API and links to the capabilities', async ({ page }) => {
  await page.goto('/logs?provider=netease');
  await expect(page.getByRole('link', { name: /能力对照|capabilities/ })).toHaveAttribute('href', '/capabilities');
});
