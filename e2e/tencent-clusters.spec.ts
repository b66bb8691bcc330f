import type { Page } from '@playwright/test';
import { expect, login, tableRows, test } from './fixtures';

/**
 * Tencent cluster journey against the demo emulator in real time: create a cluster (CheckClusterCIDR
 * beside the field, then CreateCluster) and watch the task and the status reach Running, add an
 * existing CVM, dry-run a drain and cordon a node, create and delete a namespace and a scaling
 * group, then delete the cluster. The emulator's cluster takes 90 s to come up, hence the budget.
 */
test.describe.configure({ timeout: 480_000 });
test.use({ actionTimeout: 30_000 });

const RUNNING = /Running/;

/** Confirms a typed-name deletion in the open DangerConfirm dialog. */
async function confirmDelete(page: Page, name: string) {
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('textbox') }).last();
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: /^(删除|Delete)$/ }).click();
  await expect(dialog).toBeHidden();
}

test('Tencent cluster: create and watch it run, add an existing node, drain dry run, cordon, namespace, scaling group, delete', async ({ page }) => {
  await login(page, '/tencent/clusters/new?account=tencent-demo&region=gz');
  await page.request.post('/api/demo/emulators/tencent/reset');
  await page.reload();

  // Create, with nodes. The CIDR check answers beside the field before anything is created.
  await page.getByLabel(/集群名称|Cluster name/).fill('e2e-cluster');
  await page.getByLabel(/私有网络|VPC \(vpcId\)/).fill('vpc-prod0gz1');
  await page.getByLabel(/容器网络 CIDR|Container CIDR/).fill('172.16.0.0/16');
  // prod-web uses that range in the same VPC: the service refuses (-10013).
  await expect(page.getByTestId('cidr-check')).toHaveAttribute('data-state', 'refused');
  await expect(page.getByTestId('cidr-check')).toContainText(/ConflictWithOtherClusterCIDR|冲突/);
  await page.getByLabel(/容器网络 CIDR|Container CIDR/).fill('10.30.0.0/16');
  await expect(page.getByTestId('cidr-check')).toHaveAttribute('data-state', 'ok');
  await page.getByLabel(/^(子网（subnetId）|Subnet \(subnetId\))/).fill('subnet-e2e0gz1');
  await page.getByRole('button', { name: /校验 CIDR 并创建|Check CIDR and create/ }).click();

  // The new cluster's page follows the task (DescribeClusterTaskResult) and the status.
  await expect(page).toHaveURL(/\/tencent\/clusters\/tencent-demo\/gz\/cls-/);
  await expect(page.getByTestId('cluster-name')).toHaveText('e2e-cluster');
  await expect(page.getByTestId('cluster-status')).toContainText(/Creating|创建/);
  await expect(page.getByTestId('task').first()).toHaveAttribute('data-status', 'running');
  await expect(page.getByTestId('cluster-status')).toContainText(RUNNING, { timeout: 150_000 });
  await expect(page.getByTestId('task').first()).toHaveAttribute('data-status', 'succ', { timeout: 30_000 });

  // Add an existing CVM: the eligible list first, then the call.
  await page.getByRole('tab', { name: /^(节点|Nodes)$/ }).click();
  const nodes = tableRows(page, /^(节点|Nodes)$/);
  await expect(nodes).toHaveCount(1);
  await page.getByRole('button', { name: /添加节点|Add nodes/ }).click();
  const add = page.getByRole('dialog');
  const cvm = add.locator('.ant-table-row').filter({ hasText: '演示主机A' });
  await cvm.locator('input[type=checkbox]').check();
  await add.getByRole('button', { name: /添加所选|Add selected/ }).click();
  await expect(add).toBeHidden();
  await expect(nodes).toHaveCount(2);
  await expect(nodes.filter({ hasText: '172.31.' }).first()).toBeVisible();

  // Drain: the dry run lists the pods first; then cordon instead.
  const first = nodes.first();
  await first.getByRole('button', { name: /^(驱逐|Drain) / }).click();
  const drain = page.getByRole('dialog');
  await expect(drain.getByTestId('drain-summary')).toContainText(/0/);
  await drain.getByRole('button', { name: /^(取消|Cancel)$/ }).click();
  await expect(drain).toBeHidden();
  await first.getByRole('button', { name: /^(封锁（不可调度）|Cordon \(unschedulable\)) / }).click();
  await expect(first).toContainText(/已封锁|Cordoned/);

  // Namespace: create, then delete with the typed name.
  await page.getByRole('tab', { name: /^(命名空间|Namespaces)$/ }).click();
  const namespaces = tableRows(page, /^(命名空间|Namespaces)$/);
  await expect(namespaces.filter({ hasText: 'default' })).toBeVisible();
  await page.getByRole('button', { name: /创建命名空间|Create namespace/ }).click();
  const nsForm = page.getByRole('dialog');
  await nsForm.getByLabel(/^(名称|Name)$/).fill('e2e-ns');
  await nsForm.getByLabel(/^(描述|Description)$/).fill('journey');
  await nsForm.getByRole('button', { name: /^(创建|Create)$/ }).click();
  await expect(namespaces.filter({ hasText: 'e2e-ns' })).toBeVisible();
  await namespaces.filter({ hasText: 'e2e-ns' }).getByRole('button', { name: /^(删除|Delete) / }).click();
  await confirmDelete(page, 'e2e-ns');
  await expect(namespaces.filter({ hasText: 'e2e-ns' })).toHaveCount(0);

  // Scaling group: clone from a node, then delete it.
  await page.getByRole('tab', { name: /^(伸缩组|Scaling groups)$/ }).click();
  await page.getByRole('button', { name: /创建伸缩组|Create scaling group/ }).click();
  const asgForm = page.getByRole('dialog');
  await asgForm.getByLabel(/复制节点的配置|Clone the configuration/).click();
  await page.locator('.ant-select-item-option').first().click();
  await asgForm.getByLabel(/伸缩组名称|Group name/).fill('e2e-asg');
  await asgForm.getByRole('button', { name: /^(创建|Create)$/ }).click();
  await expect(asgForm).toBeHidden();
  const groups = tableRows(page, /^(伸缩组|Scaling groups)$/);
  await expect(groups.filter({ hasText: 'e2e-asg' })).toBeVisible();
  await groups.filter({ hasText: 'e2e-asg' }).getByRole('button', { name: /^(删除|Delete) / }).click();
  await confirmDelete(page, 'e2e-asg');
  await expect(groups.filter({ hasText: 'e2e-asg' })).toHaveCount(0);

  // Delete the cluster once it is Running again (adding the node scaled it).
  await expect(page.getByTestId('cluster-status')).toContainText(RUNNING, { timeout: 120_000 });
  await page.getByTestId('cluster-delete').click();
  await page.getByRole('menuitem', { name: /默认|Default/ }).click();
  await confirmDelete(page, 'e2e-cluster');
  await expect(page.getByTestId('cluster-status')).toContainText(/Deleting|删除/);
  await expect(page.getByTestId('cluster-gone')).toBeVisible({ timeout: 90_000 });
});
