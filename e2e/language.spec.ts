import { expect, login, test } from './fixtures';

test('switching the language changes our texts and antd’s own', async ({ page }) => {
  await login(page);
  const nav = page.getByRole('navigation');
  await expect(nav).toContainText('集群');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('集群');
  await page.getByText('English', { exact: true }).click();
  await expect(nav).toContainText('Clusters');
  await expect(nav).toContainText('Repositories');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clusters');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // antd's locale: the column filter's buttons.
  await page.getByRole('columnheader', { name: /Provider/ }).getByRole('button').click();
  await expect(page.getByRole('button', { name: 'Reset' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The choice is remembered, and back to Chinese works.
  await page.reload();
  await expect(nav).toContainText('Clusters');
  await page.getByText('中文', { exact: true }).click();
  await expect(nav).toContainText('集群');
  await page.getByRole('columnheader', { name: /云厂商/ }).getByRole('button').click();
  await expect(page.getByRole('button', { name: /重 ?置/ })).toBeVisible();
});
