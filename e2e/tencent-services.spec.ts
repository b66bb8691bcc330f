import type { Page } from '@playwright/test';
import { expect, login, tableRows, test } from './fixtures';

/** Two-character Chinese button labels get a space from antd ("回 滚"): match with or without it. */
const zh = (s: string) => s.split('').join('\\s?');
const btn = (zhText: string, en: string) => new RegExp(`^(${zh(zhText)}|${en})$`);

/** A searchable antd Select: type to filter, Enter takes the first match. */
async function pickOption(page: Page, label: RegExp, search: string) {
  const box = page.getByRole('combobox', { name: label }).last();
  await box.click();
  await box.fill(search);
  // The previous select's dropdown may still be closing: look for the active option that matches.
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: search }).first()).toBeVisible();
  await box.press('Enter');
}

/** Waits for the rollout panel to report the rollout done with `desired` replicas ready. */
async function rolloutSettled(page: Page, desired: number) {
  const panel = page.getByTestId('tsvc-rollout');
  await expect(panel).toContainText(new RegExp(`(发布完成|Rollout finished).*${desired}`), { timeout: 90_000 });
}

test('Tencent services: create from the registry, scale, change image and watch it roll out, roll back, redeploy, delete', async ({ page }) => {
  test.setTimeout(600_000);
  await login(page, '/tencent/services');
  await page.request.post('/api/demo/emulators/tencent/reset');
  await page.goto('/tencent/services?account=tencent-demo&region=gz');

  const list = tableRows(page, /腾讯云服务|Tencent services/);
  await expect(list.filter({ hasText: 'nginx-web' })).toBeVisible();

  // Create: the guided form, its rules beside the fields, the image from the account's registry.
  await page.getByRole('button', { name: /创建服务|Create service/ }).click();
  await expect(page).toHaveURL(/\/tencent\/services\/new\?/);
  const name = page.getByLabel(/^(服务名称|Service name)$/);
  await name.fill('E2E');
  await page.getByRole('button', { name: btn('创建', 'Create') }).click();
  await expect(page.getByText(/仅小写字母、数字和 -|Lower-case letters, digits and -; start/).first()).toBeVisible();
  await name.fill('e2e-web');
  await page.getByLabel(/^(实例数|Replicas)$/).fill('2');
  await page.getByLabel(/^(容器名称|Container name)$/).fill('web');
  await page.getByRole('button', { name: /从仓库选择|From registry/ }).click();
  const picker = page.getByRole('dialog');
  await pickOption(page, /^(仓库|Repository)$/, 'tricloud/web');
  await pickOption(page, /^(版本（Tag）|Tag)$/, 'v1.2.0');
  await expect(picker.getByText(/tricloud\/web:v1\.2\.0$/)).toBeVisible();
  await picker.getByRole('button', { name: /使用该镜像|Use image/ }).click();
  await expect(page.getByRole('textbox', { name: /^(镜像|Image)$/ })).toHaveValue(/tricloud\/web:v1\.2\.0$/);
  await page.getByRole('button', { name: btn('创建', 'Create') }).click();

  // The detail opens on the pods and watches the rollout until it settles.
  await expect(page).toHaveURL(/\/tencent\/services\/tencent-demo\/gz\/[^/]+\/default\/e2e-web\?tab=instances/);
  await expect(page.getByTestId('tsvc-rollout')).toBeVisible();
  const pods = tableRows(page, /^(实例|Pods)$/);
  await expect(pods).toHaveCount(2, { timeout: 60_000 });

  // Scale to 3.
  await page.getByRole('button', { name: /扩缩容|Scale/ }).first().click();
  const scale = page.getByRole('dialog');
  await scale.getByLabel(/实例数（scaleTo）|Replicas \(scaleTo\)/).fill('3');
  await scale.getByRole('button', { name: /^(扩缩容|Scale)$/ }).click();
  await expect(page.getByTestId('tsvc-answer')).toContainText('ModifyServiceReplicas');
  await expect(pods).toHaveCount(3, { timeout: 60_000 });
  await rolloutSettled(page, 3);

  // Modify: the whole definition prefilled; change the strategy and add a variable.
  await page.getByRole('button', { name: /^edit\s*(修\s?改|Modify)$/i }).click();
  await expect(page).toHaveURL(/\/e2e-web\/edit$/);
  await expect(page.getByRole('textbox', { name: /^(镜像|Image)$/ })).toHaveValue(/tricloud\/web:v1\.2\.0$/);
  await page.getByRole('combobox', { name: /^(更新策略|Update strategy)$/ }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Recreate' }).click();
  await page.getByRole('button', { name: /添加变量|Add variable/ }).click();
  await page.getByPlaceholder(/^(名称|Name)$/).fill('1BAD');
  await page.getByRole('button', { name: /应用修改|Apply changes/ }).click();
  await expect(page.getByText(/仅字母、数字和下划线|Letters, digits and _/)).toBeVisible();
  await page.getByPlaceholder(/^(名称|Name)$/).fill('MODE');
  await page.getByPlaceholder(/^(值|Value)$/).fill('e2e');
  await page.getByRole('button', { name: /应用修改|Apply changes/ }).click();
  await expect(page).toHaveURL(/\/e2e-web\?tab=overview/);
  await expect(page.getByTestId('tsvc-overview')).toContainText('Recreate');
  await rolloutSettled(page, 3);
  await page.getByRole('tab', { name: /环境变量|Environment/ }).click();
  await expect(page.getByRole('table')).toContainText('MODE');

  // Change the image (typed); the rollout replaces the pods.
  await page.getByRole('button', { name: /更新镜像|Change image/ }).click();
  const imageDialog = page.getByRole('dialog');
  await imageDialog.getByRole('textbox').fill('ccr.ccs.tencentyun.com/tricloud/web:v1.3.0');
  await imageDialog.getByRole('button', { name: /更新镜像|Change image/ }).click();
  await expect(page.getByTestId('tsvc-answer')).toContainText('ModifyClusterServiceImage');
  await expect(page.getByTestId('tsvc-rollout')).toContainText(/正在发布|Rollout in progress/);
  await rolloutSettled(page, 3);
  await page.getByRole('tab', { name: /概览|Overview/ }).click();
  await expect(page).toHaveURL(/tab=overview/);
  await expect(page.getByTestId('tsvc-images')).toContainText('tricloud/web:v1.3.0');

  // History names the previous configuration; roll back to it.
  await page.getByRole('tab', { name: /历史版本|History/ }).click();
  await expect(page.getByRole('table')).toContainText('web:v1.2.0');
  await page.getByRole('button', { name: /回滚到此版本|Roll back to this/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: btn('回滚', 'Roll back') }).click();
  await expect(page.getByTestId('tsvc-answer')).toContainText('RollBackClusterService');
  await rolloutSettled(page, 3);
  await page.getByRole('tab', { name: /概览|Overview/ }).click();
  await expect(page.getByTestId('tsvc-images')).toContainText('tricloud/web:v1.2.0');

  // Redeploy.
  await page.getByRole('button', { name: /重新部署|Redeploy/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /重新部署|Redeploy/ }).click();
  await expect(page.getByTestId('tsvc-answer')).toContainText('RedeployClusterService');
  await rolloutSettled(page, 3);

  // Pause and resume updates.
  await page.getByRole('button', { name: /暂停更新|Pause/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /暂停更新|Pause/ }).click();
  await expect(page.getByTestId('tsvc-answer')).toContainText('PauseClusterService');
  await expect(page.getByTestId('tsvc-status')).toContainText('Paused');
  await page.getByRole('button', { name: /继续更新|Resume/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /继续更新|Resume/ }).click();
  await expect(page.getByTestId('tsvc-answer')).toContainText('ResumeClusterService');
  await expect(page.getByTestId('tsvc-status')).toContainText('Normal');

  // Labels (the provider answers with all labels) and description, from the overview.
  await page.getByTestId('tsvc-edit-labels').click();
  const labels = page.getByRole('dialog');
  await labels.getByRole('textbox').fill('Bad Key=x');
  await labels.getByRole('button', { name: btn('保存', 'Save') }).click();
  await expect(labels.getByText(/不是合法的标签键|Not a valid label key/)).toBeVisible();
  await labels.getByRole('textbox').fill('team=web');
  await labels.getByRole('button', { name: btn('保存', 'Save') }).click();
  await expect(page.getByTestId('tsvc-answer')).toContainText('team');
  await expect(page.getByTestId('tsvc-labels')).toContainText('team=web');
  await page.getByTestId('tsvc-edit-description').click();
  await page.getByRole('dialog').getByRole('textbox').fill('journey service');
  await page.getByRole('dialog').getByRole('button', { name: btn('保存', 'Save') }).click();
  await expect(page.getByTestId('tsvc-description')).toHaveText('journey service');

  // Delete with the typed name; back on the list, it is gone.
  // The button's name starts with its icon's label ("delete").
  await page.getByRole('button', { name: /^delete\s*(删\s?除|Delete)$/i }).click();
  const confirm = page.getByRole('dialog').filter({ has: page.getByRole('textbox') }).last();
  await confirm.getByRole('textbox').fill('e2e-web');
  await confirm.getByRole('button', { name: btn('删除', 'Delete') }).click();
  await expect(page).toHaveURL(/\/tencent\/services\?/);
  await expect(list.filter({ hasText: 'nginx-web' })).toBeVisible();
  await expect(list.filter({ hasText: 'e2e-web' })).toHaveCount(0);
});

// Screenshots for review (TSVC_SHOTS=1): list, detail tabs, a rollout and the forms, in zh-CN and en, dark once.
test('Tencent services screenshots', async ({ page }) => {
  test.skip(!process.env.TSVC_SHOTS, 'set TSVC_SHOTS=1 to take screenshots');
  test.setTimeout(300_000);
  const dir = process.env.TSVC_SHOTS_DIR ?? '/tmp/B';
  await login(page, '/tencent/services');
  await page.request.post('/api/demo/emulators/tencent/reset');
  await page.goto('/tencent/services?account=tencent-demo&region=gz');
  const rows = tableRows(page, /腾讯云服务|Tencent services/);
  await expect(rows.first()).toBeVisible();
  await page.screenshot({ path: `${dir}/list-zh.png` });
  await rows.filter({ hasText: 'nginx-web' }).getByRole('link').click();
  await expect(page.getByTestId('tsvc-overview')).toBeVisible();
  const base = page.url().replace(/\?.*$/, '');
  await page.evaluate(() => localStorage.setItem('tricloud.lang', 'en'));
  for (const tab of ['overview', 'instances', 'events', 'config', 'health', 'history']) {
    await page.goto(`${base}?tab=${tab}`);
    await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${dir}/detail-${tab}-en.png` });
  }
  // A rollout in progress.
  await page.goto(`${base}?tab=instances`);
  await page.getByRole('button', { name: /Scale/ }).first().click();
  await page.getByRole('dialog').getByLabel('Replicas (scaleTo)').fill('4');
  await page.getByRole('dialog').getByRole('button', { name: 'Scale' }).click();
  await expect(page.getByTestId('tsvc-rollout')).toContainText('Rollout in progress');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${dir}/rollout-en.png` });
  await page.goto(`${base}/edit`);
  await expect(page.getByRole('button', { name: 'Apply changes' })).toBeVisible();
  await page.screenshot({ path: `${dir}/edit-en.png`, fullPage: true });
  await page.goto('/tencent/services/new?account=tencent-demo&region=gz');
  await expect(page.getByRole('button', { name: 'Create', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${dir}/create-invalid-en.png`, fullPage: true });
  await page.evaluate(() => localStorage.setItem('tricloud.theme', 'dark'));
  await page.goto(`${base}?tab=config`);
  await expect(page.getByTestId('tsvc-config')).toContainText('kind: Deployment');
  await page.screenshot({ path: `${dir}/config-dark-en.png` });
});
