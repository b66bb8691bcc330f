import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, login, tableRows, test } from './fixtures';

// antd spaces two-character Chinese button labels ("删 除"), so names allow a space.
const DELETE = /^(删\s?除|Delete)$/;

test.beforeEach(async ({ page }) => {
  await login(page);
  // The NetEase emulator back to its seed: each journey starts from the same world.
  await page.request.post('/api/demo/emulators/netease/reset');
  await page.request.put('/api/demo/emulators/netease/faults', { data: { failNext: 0, errorRate: 0, latencyMs: 0, throttlePerSecond: 0 } });
});

async function confirmByName(page: Page, name: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: DELETE }).click();
  await expect(dialog).toBeHidden();
}

test('create, resize and delete a NetEase cloud volume', async ({ page }) => {
  await page.goto('/netease/volumes');
  const rows = tableRows(page, /云硬盘|Cloud volumes/);
  await expect(rows.filter({ hasText: 'mysql-data' })).toContainText('/var/lib/mysql/');

  await page.getByRole('button', { name: /创建云硬盘|Create volume/ }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(/^(名称|Name)$/).fill('e2e-disk');
  await form.getByLabel(/^(容量（GB）|Size \(GB\))$/).fill('25');
  await form.getByRole('button', { name: /创建云硬盘|Create volume/ }).click();
  // 25 is not a multiple of 10: refused beside the field, nothing sent.
  await expect(form.locator('.ant-form-item-explain-error')).toContainText(/10 的倍数|multiple of 10/);
  await form.getByLabel(/^(容量（GB）|Size \(GB\))$/).fill('20');
  await form.getByRole('button', { name: /创建云硬盘|Create volume/ }).click();
  await expect(form).toBeHidden();
  const row = rows.filter({ hasText: 'e2e-disk' });
  await expect(row).toContainText('20');

  await page.getByRole('button', { name: /^(扩容|Resize) e2e-disk$/ }).click();
  const resize = page.getByRole('dialog');
  await resize.getByLabel(/新容量|New size/).fill('60');
  await resize.getByRole('button', { name: /^(扩\s?容|Resize)$/ }).click();
  await expect(resize).toBeHidden();
  await expect(row.locator('.ant-table-cell').nth(1)).toHaveText('60');

  await page.getByRole('button', { name: /^(删除|Delete) e2e-disk$/ }).click();
  await confirmByName(page, 'e2e-disk');
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('provider-error')).toHaveCount(0);
});

test('allocate a public IP within the quota and release it', async ({ page }) => {
  await page.goto('/netease/ips');
  await expect(page.getByTestId('quota-netease-demo')).toBeVisible();
  await page.getByRole('button', { name: /申请 IP|Allocate IPs/ }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(/^nce/).fill('1');
  await form.getByLabel(/^nlb/).fill('0');
  const answer = page.waitForResponse((r) => r.url().endsWith('/call') && (r.request().postData() ?? '').includes('"createIps"'));
  await form.getByRole('button', { name: /申请 IP|Allocate IPs/ }).click();
  const body = (await (await answer).json()) as { ips: { ip: string; status: string }[] };
  expect(body.ips).toHaveLength(1);
  const ip = body.ips[0].ip;
  const rows = tableRows(page, /公网 IP|Public IPs/);
  await expect(rows.filter({ hasText: ip })).toHaveCount(1);

  // A bound IP's release button is disabled; a free one can go.
  await page.getByRole('button', { name: new RegExp(`^(释放|Release) ${ip.replace(/\./g, '\\.')}$`) }).click();
  await confirmByName(page, ip);
  await expect(rows.filter({ hasText: ip })).toHaveCount(0);
});

test('create an SSH key and download its private key', async ({ page }) => {
  await page.goto('/netease/ssh-keys');
  await page.getByRole('button', { name: /创建密钥|Create key/ }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(/^(名称|Name)$/).fill('e2e-key');
  await form.getByRole('button', { name: /创建密钥|Create key/ }).click();
  await expect(page.getByTestId('private-key')).toContainText('-----BEGIN RSA PRIVATE KEY-----');
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: /下载私钥|Download private key/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('e2e-key.pem');
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toMatch(/^-----BEGIN RSA PRIVATE KEY-----[\s\S]+-----END RSA PRIVATE KEY-----/);
  await page.getByRole('dialog').getByRole('button', { name: /^(关\s?闭|Close)$/ }).last().click();
  await expect(tableRows(page, /SSH 密钥|SSH keys/).filter({ hasText: 'e2e-key' })).toHaveCount(1);

  // Again from the list (4.3 answers at any time).
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: /^(下载私钥|Download private key) e2e-key$/ }).click();
  expect(await (await again).path()).toBeTruthy();
});
