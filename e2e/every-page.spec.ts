import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, login, test } from './fixtures';

/** Console errors and uncaught exceptions of a page, collected while it is used. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m: ConsoleMessage) => {
    // A provider error the page shows on purpose is a failed fetch logged by the browser, not ours.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

test('every page of the navigation opens with its title and no console errors (half of them in each language)', async ({ page }) => {
  test.setTimeout(600_000);
  const errors = collectErrors(page);
  await login(page);
  const hrefs = await page.getByRole('navigation').locator('a[href]').evaluateAll((as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
  expect(hrefs.length).toBeGreaterThan(15);
  // One pass, half the pages in each language (the dictionaries' types already make both complete).
  for (const [i, href] of hrefs.entries()) {
    if (i === 0 || i === Math.floor(hrefs.length / 2)) await page.getByText(i === 0 ? '中文' : 'English', { exact: true }).click();
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 }).first(), href).toBeVisible();
    // Let the page's first calls answer before moving on (some pages poll: no network idle).
    await page.waitForTimeout(300);
  }
  expect(errors).toEqual([]);
});

test('the capability page says why a provider has no page, and links to those that exist', async ({ page }) => {
  await login(page, '/capabilities');
  await page.getByText('English', { exact: true }).click();
  const logs = page.getByRole('row', { name: /Logs & events/ });
  await expect(logs).toContainText('The NetEase document has no log API.');
  await expect(page.getByRole('row', { name: /Image registry/ })).toContainText('The Jushita document has no image registry.');
  await logs.getByRole('link', { name: 'Open' }).first().click();
  await expect(page).toHaveURL(/\/logs/);
});

test('the accounts page checks each account’s credentials through the proxy', async ({ page }) => {
  await login(page, '/accounts');
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: 'Check all' }).click();
  await expect(page.getByText(/OK: token issued, valid \d+ s/)).toBeVisible();
  await expect(page.getByText(/OK: \d+ clusters in gz/)).toBeVisible();
  await expect(page.getByRole('row', { name: /alibaba-demo/ })).toContainText(/OK: \d+ clusters ·/);
});
