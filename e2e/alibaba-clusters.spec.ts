import type { Locator, Page } from '@playwright/test';
import { DEMO_CREDENTIALS } from '../src/mocks/demo-credentials';
import { seedWorld } from '../src/mocks/alibaba/store/seed';
import { clustersDictionaries, type ClustersMessageKey } from '../src/features/alibaba-clusters/messages';
import { expect, login, test } from './fixtures';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A text of the cluster pages in either language (the browser's locale picks one). */
const label = (key: ClustersMessageKey) => new RegExp(`^(${[clustersDictionaries['zh-CN'][key], clustersDictionaries.en[key]].map(esc).join('|')})$`);
const anywhere = (key: ClustersMessageKey) => new RegExp(label(key).source.replace(/^\^|\$$/g, ''));
const region = (page: Page, key: ClustersMessageKey) => page.getByRole('region', { name: label(key) });
const row = (table: Locator, text: string) => table.locator('.ant-table-row').filter({ hasText: text });
const dialog = (page: Page) => page.getByRole('dialog');

/** The demo world is seeded from a fixed seed: its production cluster and VPC. */
const world = seedWorld(DEMO_CREDENTIALS.alibaba.accessKeyId, Date.now());
const prod = world.clusters[0];
const vpc = world.vpcs[0];

async function confirmTyped(page: Page, name: string) {
  const confirm = dialog(page);
  await confirm.getByRole('textbox').fill(name);
  await confirm.getByRole('button', { name: /删除|Delete|确认|Confirm/ }).click();
  await expect(confirm).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  await login(page, '/alibaba/clusters/new');
  await page.request.post('/api/demo/emulators/alibaba/reset');
  await page.reload();
});

test('create an Alibaba cluster with the document’s rules, then delete it', async ({ page }) => {
  await page.getByRole('button', { name: anywhere('create.submit') }).click();
  // Required fields are refused beside the field, before any call.
  await expect(page.getByText(label('rule.required')).first()).toBeVisible();

  await page.getByLabel(label('field.ClusterTitle')).fill('e2e-cluster');
  await page.getByLabel(label('field.VpcId')).fill(vpc.VpcId);
  await page.getByLabel(label('field.Vswitchids')).fill(vpc.vswitches[0]);
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: label('field.KeyPair') }).fill('ops-key');
  await page.getByLabel(label('field.PodCIDR')).fill('172.22.0.0/33');
  await page.getByLabel(label('field.ServiceCIDR')).fill('172.22.16.0/20');
  await page.getByRole('button', { name: anywhere('create.submit') }).click();
  await expect(page.getByText(label('rule.cidr'))).toBeVisible();
  await page.getByLabel(label('field.PodCIDR')).fill('172.22.0.0/16');
  await page.getByRole('button', { name: anywhere('create.submit') }).click();
  await expect(page.getByText(label('rule.cidrOverlap'))).toBeVisible();
  await page.getByLabel(label('field.ServiceCIDR')).fill('172.21.0.0/20');
  await page.getByRole('button', { name: anywhere('create.submit') }).click();

  await expect(page).toHaveURL(/\/alibaba\/clusters\/alibaba-demo\/[^/]+$/);
  await expect(page.getByTestId('cluster-title')).toHaveText('e2e-cluster');
  await expect(page.getByTestId('cluster-status')).toHaveText(label('status.creating'));
  await expect(page.getByTestId('bar-cpu-request')).toBeVisible();

  await page.getByRole('button', { name: anywhere('detail.delete') }).click();
  await confirmTyped(page, 'e2e-cluster');
  await expect(page).toHaveURL(/\/clusters$/);
});

test('a cluster’s nodes, node labels and bindings', async ({ page }) => {
  await page.goto(`/alibaba/clusters/alibaba-demo/${prod.InstanceId}`);
  await expect(page.getByTestId('cluster-title')).toHaveText(prod.ClusterTitle);
  await expect(page.getByTestId('bar-mem-request')).toBeVisible();

  // Nodes: add one of the eligible instances, then remove it again (typed).
  await page.getByRole('tab', { name: label('tab.nodes') }).click();
  await expect(page).toHaveURL(/tab=nodes/);
  const nodes = region(page, 'tab.nodes');
  const before = world.ecs.filter((e) => e.clusterId === prod.InstanceId).length;
  await expect(nodes.locator('.ant-table-row')).toHaveCount(before);
  await page.getByRole('button', { name: anywhere('node.add') }).click();
  const available = dialog(page).getByTestId('available-nodes');
  const free = world.ecs.find((e) => e.clusterId === undefined && e.VpcId === prod.VpcId)!;
  await row(available, free.InstanceId).click();
  await dialog(page).getByRole('button', { name: /添加 1 个|Add 1/ }).click();
  await expect(nodes.locator('.ant-table-row')).toHaveCount(before + 1);
  await row(nodes, free.InstanceId).getByRole('button', { name: anywhere('node.remove') }).click();
  await confirmTyped(page, free.InstanceId);
  await expect(nodes.locator('.ant-table-row')).toHaveCount(before);

  // Labels: the key rule is shown beside the field, then the label is created.
  await page.getByRole('tab', { name: label('tab.labels') }).click();
  const labels = region(page, 'tab.labels');
  await expect(row(labels, 'label.jst.com/type').first()).toBeVisible();
  await page.getByRole('button', { name: anywhere('label.create') }).click();
  await dialog(page).getByLabel(label('label.key')).fill('zone');
  await dialog(page).getByLabel(label('label.value')).fill('e2e');
  await dialog(page).getByRole('button', { name: anywhere('label.create') }).click();
  await expect(dialog(page).getByText(label('rule.label.prefix'))).toBeVisible();
  await dialog(page).getByLabel(label('label.key')).fill('label.jst.com/zone');
  await dialog(page).getByRole('button', { name: anywhere('label.create') }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(row(labels, 'label.jst.com/zone')).toBeVisible();

  // Bindings: bind it to a node, then unbind.
  await page.getByRole('tab', { name: label('tab.bindings') }).click();
  const bindings = region(page, 'tab.bindings');
  await expect(bindings.locator('.ant-table-row').first()).toBeVisible();
  await page.getByRole('button', { name: anywhere('binding.bind') }).click();
  const node = world.ecs.find((e) => e.clusterId === prod.InstanceId)!;
  await dialog(page).getByLabel(label('binding.nodes')).click();
  await page.locator('.ant-select-item-option').filter({ hasText: node.InstanceId }).click();
  await page.keyboard.press('Escape');
  await dialog(page).getByLabel(label('label.key')).fill('label.jst.com/zone');
  await dialog(page).getByLabel(label('label.value')).fill('e2e');
  await page.keyboard.press('Tab');
  await dialog(page).getByRole('button', { name: anywhere('binding.bind') }).click();
  await expect(dialog(page)).toBeHidden();
  const bound = row(bindings, 'label.jst.com/zone');
  await expect(bound).toContainText(node.InstanceId);
  await bound.getByRole('button', { name: anywhere('binding.unbind') }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: anywhere('binding.unbind') }).click();
  await expect(bound).toHaveCount(0);

  // Delete the label (typed).
  await page.getByRole('tab', { name: label('tab.labels') }).click();
  await row(labels, 'label.jst.com/zone').getByRole('button', { name: anywhere('label.delete') }).click();
  await confirmTyped(page, 'label.jst.com/zone=e2e');
  await expect(row(labels, 'label.jst.com/zone')).toHaveCount(0);
});

// Pictures for a person to look at, not assertions of pixels: run with SHOTS=1.
test.describe('screenshots', () => {
  test.skip(!process.env.SHOTS, 'screenshots only on request (SHOTS=1)');
  for (const [theme, lang] of [['light', 'zh-CN'], ['light', 'en'], ['dark', 'zh-CN']] as const)
    test(`cluster pages screenshots, ${theme}, ${lang}`, async ({ page }) => {
      await page.addInitScript(([th, l]) => (localStorage.setItem('tricloud.theme', th), localStorage.setItem('tricloud.lang', l)), [theme, lang] as const);
      await page.reload();
      for (const tab of ['overview', 'nodes', 'labels', 'bindings']) {
        await page.goto(`/alibaba/clusters/alibaba-demo/${prod.InstanceId}?tab=${tab}`);
        await expect(page.getByTestId('cluster-title')).toHaveText(prod.ClusterTitle);
        await page.waitForTimeout(1500);
        await page.screenshot({ path: `/tmp/D-shot-alibaba-${tab}-${theme}-${lang}.png` });
      }
      await page.goto('/alibaba/clusters/new');
      await page.getByRole('button', { name: anywhere('create.submit') }).click();
      await page.screenshot({ path: `/tmp/D-shot-alibaba-create-${theme}-${lang}.png`, fullPage: true });
    });
});
