import type { Locator, Page } from '@playwright/test';
import { appsDictionaries, type AppsMessageKey } from '../src/features/alibaba-apps/messages';
import { expect, login, test } from './fixtures';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A text of the app pages in either language (the browser's locale picks one). */
const label = (key: AppsMessageKey) => new RegExp(`^(${[appsDictionaries['zh-CN'][key], appsDictionaries.en[key]].map(escape).join('|')})$`);
/** Buttons carry their icon's name too ("plus 创建应用"): match the label anywhere. */
const button = (key: AppsMessageKey) => new RegExp(`(${[appsDictionaries['zh-CN'][key], appsDictionaries.en[key]].map(escape).join('|')})`);
const region = (page: Page, key: AppsMessageKey) => page.getByRole('region', { name: label(key) });
const row = (table: Locator, name: string) => table.locator('.ant-table-row').filter({ has: table.page().getByText(name, { exact: true }) });
const dialog = (page: Page) => page.locator('.ant-modal-wrap:visible').getByRole('dialog');
const tab = (page: Page, key: AppsMessageKey) => page.getByRole('tab', { name: button(key) });

/** Picks an option of an antd Select by its accessible label, until the Select shows it (options may still be loading). */
async function choose(page: Page, scope: Locator, name: RegExp | string, option?: RegExp | string) {
  const combobox = scope.getByRole('combobox', { name });
  await expect(async () => {
    if (!(await page.locator('.ant-select-dropdown:visible').count())) await combobox.click();
    const dropdown = page.locator('.ant-select-dropdown:visible');
    const options = dropdown.locator('.ant-select-item-option');
    const item = option ? options.filter({ hasText: option }).first() : options.first();
    await item.click({ timeout: 3000 });
    // The dropdown is a portal outside the dialog: the dialog shows the option once it is chosen.
    if (option) await expect(scope).toContainText(option, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}

async function confirmDelete(page: Page, name: string) {
  const confirm = dialog(page);
  await confirm.getByRole('textbox').fill(name);
  await confirm.getByRole('button', { name: /删除|Delete|确认|Confirm/ }).click();
  await expect(confirm).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  await login(page, '/alibaba/apps');
  await page.request.post('/api/demo/emulators/alibaba/reset');
  await page.reload();
});

test('an Alibaba app from nothing to a 2-batch deploy, a scale, pod logs, and back to nothing', async ({ page }) => {
  test.setTimeout(300_000);
  const apps = region(page, 'apps.list');
  await expect(row(apps, 'jst-blog')).toBeVisible();

  // Create the application, owner picked from ListUsers.
  await page.getByRole('button', { name: button('apps.create') }).click();
  let form = dialog(page);
  await form.getByLabel(label('apps.appTitle')).fill('e2e-shop');
  await form.getByLabel(label('apps.namespace')).fill('Bad_NS');
  await form.getByRole('button', { name: button('apps.create') }).click();
  // The rules speak beside the fields: a k8s namespace, and at least one role.
  await expect(form.getByText(label('rule.namespace'))).toBeVisible();
  await form.getByLabel(label('apps.namespace')).fill('e2e-shop');
  await form.getByRole('button', { name: /添加角色|Add role/ }).click();
  await choose(page, form, /^(用户|User) 1$/, /张三/);
  await form.getByRole('button', { name: button('apps.create') }).click();
  await expect(form).toBeHidden();
  await expect(row(apps, 'e2e-shop')).toBeVisible();

  // Open it: overview first, tabs in the URL.
  await row(apps, 'e2e-shop').getByRole('link').click();
  await expect(page).toHaveURL(/\/alibaba\/apps\/[^/]+\/\d+/);

  // A deploy configuration (the sample Deployment is prefilled); a StatefulSet is refused beside the field.
  await tab(page, 'tab.configs').click();
  await expect(page).toHaveURL(/tab=configs/);
  await page.getByRole('button', { name: button('config.create') }).click();
  form = dialog(page);
  const yaml = form.getByLabel('Deployment YAML');
  const sample = await yaml.inputValue();
  await yaml.fill(sample.replace('kind: Deployment', 'kind: StatefulSet'));
  await form.getByRole('button', { name: button('config.create') }).click();
  await expect(form.getByText(label('rule.yamlKindDeployment'))).toBeVisible();
  await yaml.fill(sample);
  await form.getByRole('button', { name: button('config.create') }).click();
  await expect(form).toBeHidden();
  await expect(row(region(page, 'tab.configs'), 'e2e-shop-test')).toBeVisible();

  // An environment bound to it.
  await tab(page, 'tab.environments').click();
  await page.getByRole('button', { name: button('env.create') }).click();
  form = dialog(page);
  await form.getByLabel(label('env.name')).fill('e2e-test');
  await choose(page, form, label('env.config'), /e2e-shop-test/);
  await form.getByRole('button', { name: button('env.create') }).click();
  await expect(form).toBeHidden();
  const envs = region(page, 'tab.environments');
  await expect(row(envs, 'e2e-test')).toBeVisible();

  // Cluster resources for it, or its pods cannot be scheduled.
  await tab(page, 'tab.allocations').click();
  const allocs = region(page, 'tab.allocations');
  await row(allocs, 'e2e-test').getByRole('button', { name: button('alloc.create') }).click();
  form = dialog(page);
  await choose(page, form, label('alloc.cluster'));
  await form.getByRole('button', { name: button('alloc.create') }).click();
  await expect(form).toBeHidden();
  await expect(row(allocs, 'e2e-test')).toContainText(/c-|cls|\w+-\w+/);

  // Deploy in 2 batches, pausing after the first.
  await tab(page, 'tab.environments').click();
  await row(region(page, 'tab.environments'), 'e2e-test').getByRole('button', { name: button('env.deploy') }).click();
  form = dialog(page);
  await form.getByLabel(label('deploy.partitions')).fill('2');
  await form.getByRole('button', { name: /发\s*布|Deploy/ }).last().click();
  await expect(form).toBeHidden();
  await expect(page).toHaveURL(/\/deploy-orders\/\d+/);

  // Live: batch 1 runs, finishes, the order pauses; resume; batch 2 runs and the order succeeds.
  await expect(page.getByTestId('batch-1')).toHaveAttribute('data-state', 'running');
  await expect(page.getByTestId('batch-2')).toHaveAttribute('data-state', 'waiting');
  await expect(page.getByTestId('batch-1')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('batch-2')).toHaveAttribute('data-state', 'paused');
  await page.getByRole('button', { name: button('order.resume') }).click();
  await expect(page.getByTestId('batch-2')).toHaveAttribute('data-state', 'running');
  await expect(page.getByTestId('batch-2')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('order-live')).toHaveText(label('order.endedNote'));
  await expect(page.getByText(label('order.result.1')).first()).toBeVisible();

  // Scale 2 → 3: a one-batch order.
  await page.getByRole('link', { name: 'e2e-shop', exact: true }).first().click();
  await expect(page).toHaveURL(/tab=orders/);
  await page.getByRole('button', { name: button('env.scale') }).first().click();
  form = dialog(page);
  await form.getByLabel(label('scale.replicas')).fill('3');
  await form.getByRole('button', { name: /扩缩容|Scale/ }).last().click();
  await expect(page).toHaveURL(/\/deploy-orders\/\d+/);
  await expect(page.getByTestId('batch-1')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });

  // Pods of the environment, each linking to its log on the Logs page.
  await page.getByRole('link', { name: 'e2e-shop', exact: true }).first().click();
  await tab(page, 'tab.pods').click();
  const pods = region(page, 'tab.pods');
  await expect(pods.locator('.ant-table-row')).toHaveCount(3);
  const firstPod = (await pods.locator('.ant-table-row').first().locator('code').first().textContent())!.trim();
  await pods.locator('.ant-table-row').first().getByRole('link', { name: new RegExp(escape(firstPod)) }).first().click();
  await expect(page).toHaveURL(new RegExp(`/logs\\?provider=alibaba&account=[^&]+&app=\\d+&env=\\d+&pod=${escape(firstPod)}`));
  await page.goBack();

  // Delete the environment (it has instances: Force, typed again), then the application.
  await tab(page, 'tab.environments').click();
  await row(region(page, 'tab.environments'), 'e2e-test').getByRole('button', { name: /删除 e2e-test|Delete e2e-test/ }).click();
  await confirmDelete(page, 'e2e-test');
  await page.getByRole('button', { name: button('env.force') }).click();
  await confirmDelete(page, 'e2e-test');
  await expect(row(region(page, 'tab.environments'), 'e2e-test')).toHaveCount(0);

  await page.getByRole('button', { name: /^(delete )?(删除|Delete)$/ }).first().click();
  await confirmDelete(page, 'e2e-shop');
  // The configuration is still there: the plain delete is refused, Force removes all.
  await page.getByRole('button', { name: button('apps.force') }).click();
  await confirmDelete(page, 'e2e-shop');
  await expect(page).toHaveURL(/\/alibaba\/apps$/);
  await expect(row(region(page, 'apps.list'), 'jst-blog')).toBeVisible();
  await expect(row(region(page, 'apps.list'), 'e2e-shop')).toHaveCount(0);
});
