import type { Page } from '@playwright/test';
import { expect, login, tableRows, test } from './fixtures';

/** Confirms a typed-name deletion in the open DangerConfirm dialog. */
async function confirmDelete(page: Page, name: string) {
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('textbox') }).last();
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: /^(删除|Delete)$/ }).click();
  await expect(dialog).toBeHidden();
}

async function pick(page: Page, label: RegExp, option: string) {
  await page.getByLabel(label).last().click();
  await page.locator(`.ant-select-item-option[title="${option}"]`).last().click();
}

test('Tencent registry: namespace, repository, trigger, retention, tag copy, trigger log, then delete it all', async ({ page }) => {
  await login(page, '/tencent/registry/namespaces');
  await page.request.post('/api/demo/emulators/tencent/reset');
  await page.reload();

  // Namespace: name check, then create.
  const namespaces = tableRows(page, /镜像命名空间|Registry namespaces/);
  await expect(namespaces.filter({ hasText: 'tricloud' })).toBeVisible();
  await page.getByRole('button', { name: /创建命名空间|Create namespace/ }).click();
  await page.getByRole('dialog').getByLabel(/^(命名空间|Namespace)$/).fill('e2e-ns');
  await page.getByRole('dialog').getByRole('button', { name: /^(创建|Create)$/ }).click();
  await expect(namespaces.filter({ hasText: 'e2e-ns' })).toBeVisible();

  // Repository: existence check, then create; the detail page opens.
  await page.goto('/tencent/registry/repositories');
  await page.getByRole('button', { name: /创建仓库|Create repository/ }).click();
  await pick(page, /^(命名空间|Namespace)$/, 'e2e-ns');
  await page.getByRole('dialog').getByLabel(/^(名称|Name)$/).fill('app');
  await page.getByRole('dialog').getByRole('button', { name: /^(创建|Create)$/ }).click();
  await expect(page).toHaveURL(/\/tencent\/registry\/repositories\/tencent-demo\/e2e-ns\/app/);
  await expect(page.getByTestId('pull-command')).toContainText('docker pull ccr.ccs.tencentyun.com/e2e-ns/app');

  // Trigger on every push.
  await page.getByRole('tab', { name: /触发器|Triggers/ }).click();
  await page.getByRole('button', { name: /添加触发器|Add trigger/ }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(/触发器名称|Trigger name/).fill('e2e-trigger');
  await form.getByLabel(/集群 ID|Cluster id/).fill('cls-e2e');
  await form.getByLabel(/^(服务|Service)$/).fill('nginx-web');
  await form.getByLabel(/^(容器|Container)$/).fill('web');
  await form.getByRole('button', { name: /^(创建|Create)$/ }).click();
  await expect(tableRows(page, /^(触发器|Triggers)$/).filter({ hasText: 'e2e-trigger' })).toBeVisible();

  // Automatic deletion strategy: keep the last 5 tags.
  await page.getByRole('tab', { name: /自动删除|Automatic deletion/ }).click();
  await page.getByLabel(/^N$/).fill('5');
  await page.getByRole('button', { name: /设置策略|Set strategy/ }).click();
  await expect(page.getByTestId('retention-current')).toContainText('5');

  // Copy a tag of the seeded repository into the new one: the document's push.
  await page.goto('/tencent/registry/repositories/tencent-demo/tricloud/web?tab=tags');
  const webTags = tableRows(page, /镜像版本|Tags/);
  await webTags.filter({ hasText: 'v1.3.0' }).getByRole('button', { name: /复制为新名称|Copy to another name/ }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('e2e-ns/app:v1.3.0');
  await page.getByRole('dialog').getByRole('button', { name: /复制为新名称|Copy to another name/ }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.goto('/tencent/registry/repositories/tencent-demo/e2e-ns/app?tab=tags');
  await expect(tableRows(page, /镜像版本|Tags/).filter({ hasText: 'v1.3.0' })).toBeVisible();
  await page.getByRole('tab', { name: /触发记录|Trigger log/ }).click();
  const log = tableRows(page, /触发记录|Trigger log/);
  await expect(log.filter({ hasText: 'e2e-trigger' }).filter({ hasText: 'v1.3.0' })).toBeVisible();

  // Delete each again: trigger, strategy, tag, repository, namespace.
  await page.getByRole('tab', { name: /^(触发器|Triggers)$/ }).click();
  await page.getByRole('button', { name: /(删除|Delete) e2e-trigger/ }).click();
  await confirmDelete(page, 'e2e-trigger');
  await expect(tableRows(page, /^(触发器|Triggers)$/).filter({ hasText: 'e2e-trigger' })).toHaveCount(0);

  await page.getByRole('tab', { name: /自动删除|Automatic deletion/ }).click();
  await page.getByRole('button', { name: /关闭策略|Close strategy/ }).click();
  await expect(page.getByRole('button', { name: /关闭策略|Close strategy/ })).toBeDisabled();

  await page.getByRole('tab', { name: /镜像版本|Tags/ }).click();
  await page.getByLabel(/(选择|Select) v1\.3\.0/).check();
  await page.getByRole('button', { name: /删除所选|Delete selected/ }).click();
  await confirmDelete(page, 'v1.3.0');
  await expect(tableRows(page, /镜像版本|Tags/)).toHaveCount(0);

  await page.goto('/tencent/registry/repositories');
  await page.getByLabel(/(选择|Select) e2e-ns\/app/).check();
  await page.getByRole('button', { name: /删除所选|Delete selected/ }).click();
  await confirmDelete(page, 'e2e-ns/app');
  await expect(tableRows(page, /镜像仓库|Registry repositories/).filter({ hasText: 'e2e-ns/app' })).toHaveCount(0);

  await page.goto('/tencent/registry/namespaces');
  await namespaces.filter({ hasText: 'e2e-ns' }).getByRole('button', { name: /删除|Delete/ }).click();
  await confirmDelete(page, 'e2e-ns');
  await expect(namespaces.filter({ hasText: 'e2e-ns' })).toHaveCount(0);
});
