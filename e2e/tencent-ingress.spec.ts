import { expect, login, resetEmulators, tableRows, test } from './fixtures';

const TABLE = /负载均衡与访问入口|Ingresses & load balancers/;

test.beforeEach(async ({ page }) => {
  await login(page, '/ingresses');
  await resetEmulators(page);
});

test('create, modify and delete a Tencent ingress', async ({ page }) => {
  const name = `e2e-ing-${Date.now() % 1_000_000}`;
  await page.goto('/ingresses');
  // The menu offers a provider once its accounts are known: wait for the table first.
  await expect(tableRows(page, TABLE).first()).toBeVisible();
  await page.getByRole('button', { name: /创建|Create/ }).first().click();
  await expect(page.getByRole('menuitem', { name: '腾讯云 Ingress', exact: true })).not.toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('menuitem', { name: '腾讯云 Ingress', exact: true }).click();
  await expect(page).toHaveURL(/\/tencent\/ingresses\/new/);

  // The first account, region and usable cluster are chosen; the form checks beside the fields.
  // A Running cluster comes first (prod-web in the seed).
  await expect(page.locator('.ant-select').filter({ hasText: /^prod-web/ })).toBeVisible();
  await page.getByLabel('名称', { exact: true }).fill('Bad_Name');
  await page.getByLabel('域名 1').fill('www.*.example.com');
  await page.getByRole('button', { name: /^创\s*建$/ }).click();
  await expect(page.getByText('小写字母、数字和“-”', { exact: false })).toBeVisible();
  await expect(page.getByText('通配符“*”只能在开头或结尾', { exact: false })).toBeVisible();

  await page.getByLabel('名称', { exact: true }).fill(name);
  await page.getByLabel('描述').fill('made by the e2e journey');
  await page.getByLabel('域名 1').fill('e2e.example.com');
  await page.getByLabel('后端服务 1').fill('nginx-web');
  await page.getByLabel('服务端口 1').fill('80');
  await page.getByRole('button', { name: /^创\s*建$/ }).click();

  await expect(page).toHaveURL(new RegExp(`/tencent/ingresses/tencent-demo/gz/cls-[^/]+/default/${name}$`));
  const rules = page.getByRole('table');
  await expect(page.getByRole('link', { name: 'nginx-web' })).toBeVisible();
  await expect(page.getByText('e2e.example.com')).toBeVisible();
  // The VIP arrives a little after creation; the page looks again by itself.
  await expect(page.getByTestId('ingress-vip')).toBeVisible({ timeout: 60_000 });

  // Modify: add a second rule.
  await page.getByRole('button', { name: /修\s*改/ }).click();
  await expect(page).toHaveURL(/edit=1/);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '添加规则' }).click();
  await dialog.getByLabel('域名 2').fill('api.example.com');
  await dialog.getByLabel('路径 2').fill('/api');
  await dialog.getByLabel('后端服务 2').fill('nginx-web');
  await dialog.getByLabel('服务端口 2').fill('80');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(rules.getByText('api.example.com')).toBeVisible();
  await expect(rules.getByRole('link', { name: 'nginx-web' })).toHaveCount(2);

  // The cross-cloud list shows it too.
  await page.goto('/ingresses');
  const row = tableRows(page, TABLE).filter({ hasText: name });
  // Two rules: the first shows, the second counts.
  await expect(row).toContainText('http://e2e.example.com/ :80');
  await expect(row).toContainText('+1');
  await row.getByRole('link', { name }).click();

  // Delete with the typed name.
  await page.getByRole('button', { name: /删\s*除/ }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByRole('button', { name: /删\s*除/ }).last()).toBeDisabled();
  await confirm.getByRole('textbox').fill(name);
  await confirm.getByRole('button', { name: /删\s*除/ }).last().click();
  await expect(page).toHaveURL(/\/ingresses$/);
  await expect(tableRows(page, TABLE).filter({ hasText: 'web-entry' }).first()).toBeVisible();
  await expect(tableRows(page, TABLE).filter({ hasText: name })).toHaveCount(0);
});
