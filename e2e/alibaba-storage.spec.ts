import type { Locator, Page } from '@playwright/test';
import { DEMO_CREDENTIALS } from '../src/mocks/demo-credentials';
import { seedWorld } from '../src/mocks/alibaba/store/seed';
import { alibabaDictionaries, type AlibabaMessageKey } from '../src/features/alibaba/messages';
import { expect, login, test } from './fixtures';

/** A text of the Alibaba pages in either language (the browser's locale picks one). */
const label = (key: AlibabaMessageKey) => new RegExp(`^(${[alibabaDictionaries['zh-CN'][key], alibabaDictionaries.en[key]].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
/** Buttons carry their icon's name too ("plus 创建存储卷"): match the label anywhere. */
const button = (key: AlibabaMessageKey) => new RegExp(label(key).source.replace(/^\^|\$$/g, ''));
const region = (page: Page, key: AlibabaMessageKey) => page.getByRole('region', { name: label(key) });
const row = (table: Locator, name: string) => table.locator('.ant-table-row').filter({ has: table.page().getByText(name, { exact: true }) });
const dialog = (page: Page) => page.getByRole('dialog');

/** The demo world's MySQL instance: the document has no call that lists RDS instances, the seed is fixed. */
const mysql = seedWorld(DEMO_CREDENTIALS.alibaba.accessKeyId, Date.now()).rds.find((i) => i.Engine === 'MySQL')!.DBInstanceId;

async function confirmDelete(page: Page, name: string) {
  const confirm = dialog(page);
  await confirm.getByRole('textbox').fill(name);
  await confirm.getByRole('button', { name: /删除|Delete/ }).click();
  await expect(confirm).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  await login(page, '/alibaba/storage');
  await page.request.post('/api/demo/emulators/alibaba/reset');
  await page.reload();
});

test('an Alibaba PV and a PVC that binds to it; delete refused while bound', async ({ page }) => {
  const volumes = region(page, 'storage.volumes');
  const claims = region(page, 'storage.claims');
  await expect(row(volumes, 'report-nas-pv')).toBeVisible();

  await page.getByRole('button', { name: button('storage.createVolume') }).click();
  let form = dialog(page);
  await form.getByLabel(label('common.name')).fill('e2e-pv');
  await form.getByLabel(label('storage.capacity')).fill('50Gi');
  await form.getByLabel(label('storage.storageClass')).fill('e2e');
  await form.getByLabel(label('storage.mountTarget')).fill('0a1b2c3d4e-abc12.cn-zhangjiakou.nas.aliyuncs.com');
  await form.getByRole('button', { name: button('storage.createVolume') }).click();
  await expect(form).toBeHidden();
  await expect(row(volumes, 'e2e-pv')).toContainText(/可用|Available/);

  await page.getByRole('button', { name: button('storage.createClaim') }).click();
  form = dialog(page);
  await form.getByLabel(label('common.name')).fill('e2e-data');
  await form.getByLabel(label('storage.capacity')).fill('20Gi');
  await form.getByLabel(label('storage.storageClass')).fill('e2e');
  await form.getByRole('button', { name: button('storage.createClaim') }).click();
  await expect(form).toBeHidden();

  // Bound both ways: the claim names the volume, the volume names the claim.
  await expect(row(claims, 'e2e-data').getByTestId('claim-volume')).toHaveText('e2e-pv');
  await expect(row(volumes, 'e2e-pv').getByTestId('volume-claim')).toHaveText('e2e-data');
  await expect(row(volumes, 'e2e-pv').getByRole('button', { name: /删除存储卷|Delete volume/ })).toBeDisabled();

  await row(claims, 'e2e-data').getByRole('button', { name: /删除声明|Delete claim/ }).click();
  await confirmDelete(page, 'e2e-data');
  await expect(row(claims, 'e2e-data')).toHaveCount(0);
  const deleteVolume = row(volumes, 'e2e-pv').getByRole('button', { name: /删除存储卷|Delete volume/ });
  await expect(deleteVolume).toBeEnabled();
  await deleteVolume.click();
  await confirmDelete(page, 'e2e-pv');
  await expect(row(volumes, 'e2e-pv')).toHaveCount(0);
});

test('a database, granted to an account, and the instance’s backups', async ({ page }) => {
  await page.goto(`/alibaba/rds?instance=${mysql}`);
  const databases = region(page, 'rds.databases');
  await expect(row(databases, 'sys_info')).toBeVisible();

  await page.getByRole('button', { name: button('rds.createDb') }).click();
  const form = dialog(page);
  await form.getByLabel(label('rds.dbName')).fill('e2e_db');
  await form.getByLabel(label('rds.description')).fill('端到端测试');
  await form.getByRole('button', { name: button('rds.createDb') }).click();
  await expect(form).toBeHidden();
  // Creating, then Running (the page polls while a database changes).
  await expect(row(databases, 'e2e_db')).toContainText(/运行中|Running/);

  await page.getByRole('tab', { name: label('rds.accounts') }).click();
  const accounts = region(page, 'rds.accounts');
  await row(accounts, 'test1').getByRole('button', { name: /授权数据库|Grant database/ }).click();
  const grant = dialog(page);
  await grant.getByLabel(label('rds.dbName')).click();
  await page.locator('.ant-select-item-option').filter({ hasText: /^e2e_db$/ }).click();
  await grant.getByLabel(label('rds.privilege')).click();
  await page.locator('.ant-select-item-option').filter({ hasText: /^ReadWrite/ }).click();
  await grant.getByRole('button', { name: button('rds.grant') }).click();
  await expect(grant).toBeHidden();
  await expect(page.getByTestId('privileges-test1')).toContainText('e2e_db: ReadWrite');

  await page.getByRole('tab', { name: label('rds.backups') }).click();
  await expect(page.getByTestId('backup-sizes')).toContainText(/全量备份（4 个）|Full backups \(4\)/);
  await expect(page.getByTestId('backup-sizes')).toContainText(/增量备份（1 个）|Incremental backups \(1\)/);
  await expect(region(page, 'rds.backups').locator('.ant-table-row')).toHaveCount(5);

  await page.getByRole('tab', { name: label('rds.databases') }).click();
  await row(region(page, 'rds.databases'), 'e2e_db').getByRole('button', { name: /删除|Delete/ }).click();
  await confirmDelete(page, 'e2e_db');
  await expect(row(region(page, 'rds.databases'), 'e2e_db')).toHaveCount(0);
});
