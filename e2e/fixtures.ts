import { expect as baseExpect, test as baseTest, type Page } from '@playwright/test';

/**
 * The dev server compiles each page on its first visit, and CI machines are small: waits are
 * generous, so the journeys fail on wrong behaviour, not on a slow first compile.
 */
export const expect = baseExpect.configure({ timeout: 45_000 });
export const test = baseTest;

/** Logs in as the demo user from the login page (optionally returning to `path`). */
export async function login(page: Page, path = '/clusters'): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('demo-hint')).toBeVisible();
  await page.getByLabel(/用户名|User name/i).fill('demo');
  await page.getByLabel(/密码|Password/i).fill('demo');
  await page.getByRole('button', { name: /登录|Log in/i }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Puts the demo emulators back to their seed and clears injected faults. */
export async function resetEmulators(page: Page): Promise<void> {
  for (const provider of ['tencent', 'alibaba', 'netease']) {
    await page.request.put(`/api/demo/emulators/${provider}/faults`, { data: { failNext: 0, errorRate: 0, latencyMs: 0, throttlePerSecond: 0 } });
  }
}

/** The data rows of the table labelled `name` (antd renders the body rows with this class). */
export const tableRows = (page: Page, name: string | RegExp) => page.getByRole('region', { name }).locator('.ant-table-row');

/** The n-th cell of a row (the virtual table renders cells as `.ant-table-cell`, not `td`). */
export const cell = (row: ReturnType<typeof tableRows>, n: number) => row.locator('.ant-table-cell').nth(n);
