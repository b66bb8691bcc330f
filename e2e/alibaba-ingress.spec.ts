import type { Page } from '@playwright/test';
import { expect, login, resetEmulators, tableRows, test } from './fixtures';

const TABLE = /负载均衡与访问入口|Ingresses & load balancers/;

test.beforeEach(async ({ page }) => {
  await login(page, '/ingresses');
  await resetEmulators(page);
});

async function openCreate(page: Page, item: string) {
  await page.goto('/ingresses');
  await page.getByRole('button', { name: /创建|Create/ }).first().click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

async function chooseEnvironment(page: Page, app: string) {
  await page.getByRole('combobox', { name: '应用环境' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: app }).first().click();
  await expect(page).toHaveURL(/env=\d+/);
}

async function deleteTyped(page: Page, name: string) {
  await page.getByRole('button', { name: /删\s*除/ }).click();
  const confirm = page.getByRole('dialog');
  await confirm.getByRole('textbox').fill(name);
  await confirm.getByRole('button', { name: /删\s*除/ }).last().click();
  await expect(page).toHaveURL(/\/ingresses$/);
  await expect(tableRows(page, TABLE).filter({ hasText: 'blog-http' }).first()).toBeVisible();
  await expect(tableRows(page, TABLE).filter({ hasText: name })).toHaveCount(0);
}

test('create an SLB access point for an environment, see it, modify it, delete it', async ({ page }) => {
  const stamp = Date.now() % 1_000_000;
  const name = `e2e-ap-${stamp}`;
  const port = 10_000 + (stamp % 50_000);
  await openCreate(page, '聚石塔 SLB 接入');
  await expect(page).toHaveURL(/\/alibaba\/slb-aps\/new/);
  await chooseEnvironment(page, 'jst-blog');

  await page.getByLabel('名称', { exact: true }).fill(name);
  await page.getByLabel('SLB ID').fill('lb-8vbq9w8e7r6t5y4u3i2o1');
  await page.getByLabel('监听端口').fill(String(port));
  // HTTPS needs its certificate: the rule shows beside the field.
  await page.getByLabel('协议').click();
  await page.locator('.ant-select-item-option').filter({ hasText: /^HTTPS$/ }).click();
  await page.getByRole('button', { name: /^创\s*建$/ }).click();
  await expect(page.getByText('HTTPS 须填写 SSL 证书 ID')).toBeVisible();
  await page.getByLabel('SSL 证书 ID').fill('ssl-e2e');
  await page.getByRole('button', { name: /^创\s*建$/ }).click();

  await expect(page).toHaveURL(/\/alibaba\/slb-aps\/alibaba-demo\/\d+$/);
  await expect(page.getByTestId('slb-address')).toContainText(`39.98.25.11:${port}`);
  await expect(page.getByRole('link', { name: /jst-blog/ })).toHaveAttribute('href', /\/alibaba\/apps\/alibaba-demo\/\d+\?env=\d+/);

  // Modify the container port.
  await page.getByRole('button', { name: /修\s*改/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('容器端口').fill('9090');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ant-descriptions')).toContainText('9090');

  // The cross-cloud list shows it.
  await page.goto('/ingresses');
  const row = tableRows(page, TABLE).filter({ hasText: name });
  await expect(row).toContainText(`${port}/HTTPS → 9090`);
  await row.getByRole('link', { name }).click();
  await deleteTyped(page, name);
});

test('create and delete a k8s service of an environment', async ({ page }) => {
  const stamp = Date.now() % 1_000_000;
  const name = `e2e-svc-${stamp}`;
  await openCreate(page, '聚石塔 k8s Service');
  await expect(page).toHaveURL(/\/alibaba\/k8s-services\/new/);
  await chooseEnvironment(page, 'order-sync');

  await page.getByLabel('名称', { exact: true }).fill(name);
  await page.getByLabel('k8s Service 名称').fill('Bad_Name');
  await page.getByRole('button', { name: /^创\s*建$/ }).click();
  await expect(page.getByText('小写字母、数字和“-”', { exact: false }).first()).toBeVisible();
  await page.getByLabel('k8s Service 名称').fill(name);
  await page.getByRole('button', { name: '添加端口' }).click();
  await page.getByLabel('端口名称 2').fill('metrics');
  await page.getByLabel('Service 端口 2').fill('9100');
  await page.getByLabel('目标端口 2').fill('9100');
  await page.getByRole('button', { name: /^创\s*建$/ }).click();

  await expect(page).toHaveURL(/\/alibaba\/k8s-services\/alibaba-demo\/\d+$/);
  await expect(page.getByTestId('k8s-name')).toContainText(name);
  await expect(page.getByRole('table', { name: '端口映射' })).toContainText('9100');

  await page.goto('/ingresses');
  const row = tableRows(page, TABLE).filter({ hasText: name });
  await expect(row).toContainText('80→8080/TCP');
  await row.getByRole('link', { name }).click();
  await deleteTyped(page, name);
});
