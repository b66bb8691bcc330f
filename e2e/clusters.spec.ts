import { cell, expect, login, resetEmulators, tableRows, test } from './fixtures';

const CLUSTERS = /集群|Clusters/;
const NAME_COLUMN = 3;

test.beforeEach(async ({ page }) => {
  await login(page);
  await resetEmulators(page);
  await page.reload();
});

test('Tencent and Alibaba clusters side by side in one table', async ({ page }) => {
  const rows = tableRows(page, CLUSTERS);
  await expect(rows.first()).toBeVisible();
  // Sorting by provider one way and the other brings each cloud to the top of the same table.
  const header = page.getByRole('columnheader', { name: /云厂商/ });
  await header.click();
  await expect(page).toHaveURL(/sort=provider/);
  await expect(rows.first()).toContainText('阿里云');
  await header.click();
  await expect(page).toHaveURL(/sort=-provider/);
  await expect(rows.first()).toContainText('腾讯云');
  // Nothing filtered out: every row of both clouds is in this one table.
  await expect(page.getByTestId('row-count')).toHaveText(/^(\d+) \/ 共 \1 条$/);
  await expect(page.getByTestId('provider-error')).toHaveCount(0);
});

test('a filter lives in the URL and survives a reload', async ({ page }) => {
  const rows = tableRows(page, CLUSTERS);
  await expect(rows.first()).toBeVisible();
  // Column filter: provider = Alibaba.
  await page.getByRole('columnheader', { name: /云厂商/ }).getByRole('button').click();
  await page.getByRole('menuitem', { name: '阿里云' }).click();
  await page.getByRole('button', { name: /OK|确定/ }).click();
  await expect(page).toHaveURL(/f\.provider=alibaba/);
  await expect(rows.filter({ hasText: '腾讯云' })).toHaveCount(0);
  await expect(rows.first()).toContainText('阿里云');

  // Search too, then reload: both come back from the URL.
  const name = (await cell(rows.first(), NAME_COLUMN).innerText()).trim();
  await page.getByRole('textbox', { name: /搜索|Search/ }).fill(name);
  await expect(page).toHaveURL(/[?&]q=/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: /搜索|Search/ })).toHaveValue(name);
  await expect(rows.first()).toContainText(name);
  await expect(rows.filter({ hasText: '腾讯云' })).toHaveCount(0);
});

test('a cluster row opens its provider’s cluster page; the tab lives in the URL', async ({ page }) => {
  const row = tableRows(page, CLUSTERS).filter({ hasText: '腾讯云' }).filter({ hasText: '运行中' }).first();
  const name = (await cell(row, NAME_COLUMN).innerText()).trim();
  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/tencent\/clusters\/tencent-demo\/[^/]+\/[^/?]+/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await page.getByRole('tab', { name: '节点' }).click();
  await expect(page).toHaveURL(/tab=nodes/);
  const nodes = tableRows(page, '节点');
  await expect(nodes.first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tab', { name: '节点', selected: true })).toBeVisible();
  await expect(nodes.first()).toBeVisible();

  // An Alibaba row opens Alibaba's cluster page, a NetEase space its space.
  await page.goto('/clusters?f.provider=alibaba');
  await tableRows(page, CLUSTERS).first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/alibaba\/clusters\/alibaba-demo\/c[0-9a-f]{32}/);
  await page.goto('/clusters?f.provider=netease');
  await tableRows(page, CLUSTERS).first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/netease\/spaces\?open=netease-demo/);
});

test('the account switcher narrows the table to one account, kept in the URL', async ({ page }) => {
  const rows = tableRows(page, CLUSTERS);
  await expect(rows.first()).toBeVisible();
  await page.getByTestId('account-switcher').click();
  await page.locator('.ant-select-item-option.account-option-alibaba').first().click();
  await expect(page).toHaveURL(/account=alibaba/);
  await expect(rows.first()).toContainText('阿里云');
  await expect(rows.filter({ hasText: '腾讯云' })).toHaveCount(0);
  await page.reload();
  await expect(rows.first()).toContainText('阿里云');
});
