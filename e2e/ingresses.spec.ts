import { expect, login, resetEmulators, tableRows, test } from './fixtures';

const TABLE = /负载均衡与访问入口|Ingresses & load balancers/;

test.beforeEach(async ({ page }) => {
  await login(page, '/ingresses');
  await resetEmulators(page);
  await page.reload();
});

test('ingresses of all three clouds in one table, filtered by provider', async ({ page }) => {
  const rows = tableRows(page, TABLE);
  await expect(rows.filter({ hasText: 'web-entry' }).first()).toContainText('腾讯云');
  await expect(rows.filter({ hasText: 'blog-http' }).first()).toContainText('阿里云');
  await expect(rows.filter({ hasText: '网易云' }).first()).toBeVisible();
  await expect(page.getByTestId('provider-error')).toHaveCount(0);
  // The Tencent ingress shows its rule and backend.
  await expect(rows.filter({ hasText: 'web-entry' }).first()).toContainText('nginx-web:80');

  await page.getByRole('columnheader', { name: /云厂商/ }).getByRole('button').click();
  await page.getByRole('menuitem', { name: '阿里云' }).click();
  await page.getByRole('button', { name: /OK|确定/ }).click();
  await expect(page).toHaveURL(/f\.provider=alibaba/);
  const check = async () => {
    await expect(rows.filter({ hasText: 'blog-http' }).first()).toBeVisible();
    await expect(rows.filter({ hasText: '腾讯云' })).toHaveCount(0);
    await expect(rows.filter({ hasText: '网易云' })).toHaveCount(0);
  };
  await check();
  await page.reload();
  await check();

  // A row opens its detail page.
  await rows.filter({ hasText: 'blog-http' }).first().getByRole('link', { name: 'blog-http' }).click();
  await expect(page).toHaveURL(/\/alibaba\/slb-aps\/alibaba-demo\/\d+/);
  await expect(page.getByTestId('slb-address')).toContainText('39.98.25.10:80');
});

test('the Create menu offers the four kinds', async ({ page }) => {
  await page.getByRole('button', { name: /创建|Create/ }).first().click();
  await expect(page.getByRole('menuitem', { name: '腾讯云 Ingress', exact: true })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '网易蜂巢负载均衡', exact: true })).toBeVisible();
  await page.getByRole('menuitem', { name: '聚石塔 SLB 接入', exact: true }).click();
  await expect(page).toHaveURL(/\/alibaba\/slb-aps\/new/);
});

// Screenshots for a human look: SHOTS=1 to run.
for (const theme of ['light', 'dark'] as const)
  for (const lang of ['zh-CN', 'en'] as const)
    test(`ingresses page screenshot, ${theme}, ${lang}`, async ({ page }) => {
      test.skip(!process.env.SHOTS, 'screenshots only on demand');
      await page.addInitScript(([th, l]) => (localStorage.setItem('tricloud.theme', th), localStorage.setItem('tricloud.lang', l)), [theme, lang] as const);
      await page.reload();
      await expect(tableRows(page, TABLE).filter({ hasText: /NetEase|网易云/ }).first()).toBeVisible();
      await expect(tableRows(page, TABLE).filter({ hasText: 'blog-http' }).first()).toBeVisible();
      await page.screenshot({ path: `/tmp/pw-G/shots/ingresses-${theme}-${lang}.png` });
    });
