import { expect, login, resetEmulators, tableRows, test } from './fixtures';

const CLUSTERS = /集群|Clusters/;

test.beforeEach(async ({ page }) => {
  await login(page);
  await resetEmulators(page);
  await expect(tableRows(page, CLUSTERS).first()).toBeVisible();
});
test.afterEach(async ({ page }) => resetEmulators(page));

test('a failing Tencent call shows the provider, its code and message; Alibaba keeps working', async ({ page }) => {
  const fault = await page.request.put('/api/demo/emulators/tencent/faults', { data: { failNext: 1 } });
  expect(fault.ok()).toBe(true);
  await page.reload();

  const alert = page.getByTestId('provider-error');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('腾讯云');
  await expect(alert.getByTestId('error-code')).toHaveText(/\S+/);
  await expect(alert.getByTestId('error-message')).toHaveText(/\S+/);
  // The legacy v2 envelope ({code, message, codeDesc}) carries no RequestId: the proxy's id is the one to quote.
  await expect(alert.getByTestId('error-proxy-request-id')).toHaveText(/\S{8,}/);
  await expect(tableRows(page, CLUSTERS).filter({ hasText: '阿里云' }).first()).toBeVisible();
});

test('a failing Alibaba call shows its code and RequestId; Tencent keeps working', async ({ page }) => {
  const fault = await page.request.put('/api/demo/emulators/alibaba/faults', { data: { failNext: 1 } });
  expect(fault.ok()).toBe(true);
  await page.reload();

  const alert = page.getByTestId('provider-error');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('阿里云');
  await expect(alert.getByTestId('error-code')).toHaveText(/\S+/);
  await expect(alert.getByTestId('error-request-id')).toHaveText(/\S{8,}/);
  await expect(alert.getByTestId('error-proxy-request-id')).toHaveText(/\S{8,}/);
  await expect(tableRows(page, CLUSTERS).filter({ hasText: '腾讯云' }).first()).toBeVisible();
  // The copy button puts the RequestId on the clipboard for the support ticket.
  await expect(alert.getByRole('button', { name: /复制详情|Copy details/ })).toBeVisible();
});
