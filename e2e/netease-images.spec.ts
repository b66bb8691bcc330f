import { expect, login, tableRows, test } from './fixtures';

const DELETE = /^(删\s?除|Delete)$/;

test.beforeEach(async ({ page }) => {
  await login(page);
  await page.request.post('/api/demo/emulators/netease/reset');
  await page.request.put('/api/demo/emulators/netease/faults', { data: { failNext: 0, errorRate: 0, latencyMs: 0, throttlePerSecond: 0 } });
});

test('build an image from a Dockerfile, watch it finish, delete the tag', async ({ page }) => {
  // The Image builds page: account and repository pickers, the Dockerfile from a file.
  await page.goto('/netease/image-builds');
  await page.getByRole('combobox', { name: /^(镜像仓库|Repository)$/ }).fill('web-frontend');
  await page.getByRole('textbox', { name: /^(版本（tag）|Tag)$/ }).fill('.bad');
  // A file over 1 MB is refused before it is read or sent.
  await page.locator('input[type=file]').setInputFiles({ name: 'Dockerfile', mimeType: 'text/plain', buffer: Buffer.alloc(1024 * 1024 + 1, 'a') });
  await expect(page.getByText(/1 MB/).first()).toBeVisible();
  await expect(page.locator('.ant-form-item-explain-error')).toContainText(/1 MB|1\.0 MB/);
  await page.getByRole('button', { name: /^(构\s?建|Build)$/ }).click();
  await expect(page.locator('.ant-form-item-explain-error').filter({ hasText: /128/ })).toBeVisible();

  await page.getByRole('textbox', { name: /^(版本（tag）|Tag)$/ }).fill('e2e-1');
  await page.locator('input[type=file]').setInputFiles({ name: 'Dockerfile', mimeType: 'text/plain', buffer: Buffer.from('FROM hub.c.163.com/public/nginx:1.11.5\nCOPY dist/ /usr/share/nginx/html/\n') });
  await expect(page.getByText(/Dockerfile$/).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Dockerfile' })).toHaveValue(/^FROM hub\.c\.163\.com/);
  await page.getByRole('button', { name: /^(构\s?建|Build)$/ }).click();

  // Progress until the build ends: 0 initialising → 1 building → 2 built.
  await expect(page).toHaveURL(/repo=web-frontend&tag=e2e-1/);
  const progress = page.getByTestId('build-progress');
  await expect(progress).toContainText('web-frontend:e2e-1');
  await expect(page.getByTestId('build-status')).toContainText(/构建成功（2）|Built \(2\)/, { timeout: 60_000 });

  // The repository page: the new tag first, with its pull command; delete it (typed).
  await progress.getByRole('link', { name: /打开镜像仓库|Open repository/ }).click();
  await expect(page).toHaveURL(/\/netease\/repositories\/[^/]+\/\d+$/);
  const tags = tableRows(page, /^(镜像版本|Tags)$/);
  await expect(tags.first()).toContainText('e2e-1');
  await expect(tags.first()).toContainText(/docker pull hub\.c\.163\.com\/[^/]+\/web-frontend:e2e-1/);
  await page.getByRole('button', { name: /^(删除|Delete) e2e-1$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('e2e-1');
  await dialog.getByRole('button', { name: DELETE }).click();
  await expect(dialog).toBeHidden();
  await expect(tags.filter({ hasText: 'e2e-1' })).toHaveCount(0);
  await expect(tags.first()).toBeVisible();
  await expect(page.getByTestId('provider-error')).toHaveCount(0);
});
