import type { Page } from '@playwright/test';
import { expect, login, tableRows, test } from './fixtures';

// antd spaces two-character Chinese button labels ("删 除"), so names allow a space.
const DELETE = /^(删\s?除|Delete)$/;
const PEM_CERT = '-----BEGIN CERTIFICATE-----\nMIIDBjCCAe2gAwIBAgIJAKe2e\n-----END CERTIFICATE-----';
const PEM_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpQIBAAKCAQEAe2e\n-----END RSA PRIVATE KEY-----';

test.beforeEach(async ({ page }) => {
  await login(page);
  await page.request.post('/api/demo/emulators/netease/reset');
  await page.request.put('/api/demo/emulators/netease/faults', { data: { failNext: 0, errorRate: 0, latencyMs: 0, throttlePerSecond: 0 } });
});

async function confirmByName(page: Page, name: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: DELETE }).click();
  await expect(dialog).toBeHidden();
}

/** Opens an antd Select by its label and picks the option holding `text`. */
async function pick(page: Page, scope: ReturnType<Page['getByRole']>, label: RegExp, text: string) {
  // The chosen option shows with its label as title.
  const select = scope.locator(`[title*="${text}"]`);
  await expect(async () => {
    await scope.getByLabel(label).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click({ timeout: 2000 });
    await expect(select.first()).toBeVisible({ timeout: 1000 });
  }).toPass();
}

test('certificate, load balancer until WORKING, https listener with the certificate, then delete all', async ({ page }) => {
  // 6.10: upload a certificate; the private key is never shown again.
  await page.goto('/netease/certificates');
  const certs = tableRows(page, /SSL 证书|SSL certificates/);
  await expect(certs.filter({ hasText: 'shop-example-com' })).toHaveCount(1);
  await page.getByRole('button', { name: /上传证书|Upload certificate/ }).click();
  const upload = page.getByRole('dialog');
  await upload.getByLabel(/^(名称|Name)$/).fill('e2e-cert');
  await upload.getByRole('textbox', { name: /证书公钥|Certificate \(PEM\)/ }).fill('not a certificate');
  await upload.getByRole('textbox', { name: /^(私钥（PEM）|Private key \(PEM\))$/ }).fill(PEM_KEY);
  await upload.getByRole('button', { name: /上传证书|Upload certificate/ }).click();
  // Refused beside the field; nothing sent.
  await expect(upload.locator('.ant-form-item-explain-error')).toContainText(/BEGIN CERTIFICATE/);
  await upload.getByRole('textbox', { name: /证书公钥|Certificate \(PEM\)/ }).fill(PEM_CERT);
  await upload.getByRole('button', { name: /上传证书|Upload certificate/ }).click();
  await expect(upload).toBeHidden();
  await expect(certs.filter({ hasText: 'e2e-cert' })).toHaveCount(1);
  await expect(page.getByText('MIIEpQIBAAKCAQEAe2e')).toHaveCount(0);

  // 6.1: create a load balancer, then wait on its page until WORKING.
  await page.goto('/netease/load-balancers');
  const lbs = tableRows(page, /负载均衡|Load balancers/);
  await expect(lbs.first()).toBeVisible();
  await page.getByRole('button', { name: /创建负载均衡|Create load balancer/ }).click();
  const create = page.getByRole('dialog');
  await pick(page, create, /空间（namespace）|Space \(namespace\)/, 'production-tricloud');
  await create.getByLabel(/^(名称|Name)$/).fill('e2e-lb');
  await create.getByLabel(/带宽限制|Bandwidth limit/).fill('101');
  await create.getByRole('button', { name: /创建负载均衡|Create load balancer/ }).click();
  await expect(create.locator('.ant-form-item-explain-error')).toContainText(/1 到 100|1 to 100/);
  await create.getByLabel(/带宽限制|Bandwidth limit/).fill('10');
  await create.getByRole('button', { name: /创建负载均衡|Create load balancer/ }).click();
  await expect(page).toHaveURL(/\/netease\/load-balancers\/[^/]+\/production-tricloud\/e2e-lb\?created=1$/);
  // CREATING for a few seconds (the emulator's 5 s), then WORKING: all three steps done.
  const progress = page.getByTestId('lb-progress');
  await expect(progress).toBeVisible();
  await expect(progress.locator('.ant-steps-item-finish')).toHaveCount(3, { timeout: 30_000 });
  await expect(progress).toContainText(/WORKING/);

  // 6.6: an https listener on 443 forwarding to order-api with the new certificate.
  await page.getByRole('button', { name: /添加监听|Add listener/ }).click();
  const add = page.getByRole('dialog');
  await add.getByLabel(/^(名称|Name)$/).fill('e2e-https');
  await add.getByText('HTTPS', { exact: true }).click();
  await expect(add.getByLabel(/^(监听端口|Listen port)$/)).toHaveValue('443');
  await pick(page, add, /^(服务|Service) 1$/, 'order-api');
  await expect(add.getByLabel(/^(服务端口|Service port) 1$/)).toHaveValue('8080');
  await add.getByLabel(/^(路径|Path) 1$/).fill('/e2e');
  // No certificate yet: refused beside the rule.
  await add.getByRole('button', { name: /添加监听|Add listener/ }).click();
  await expect(add.locator('.ant-form-item-explain-error')).toContainText(/证书|certificate/);
  await pick(page, add, /^(证书|Certificate) 1$/, 'e2e-cert');
  await add.getByRole('button', { name: /添加监听|Add listener/ }).click();
  await expect(add).toBeHidden();
  const listeners = page.getByRole('region', { name: /^(监听|Listeners)$/ });
  await expect(listeners.locator('.ant-table-row').filter({ hasText: 'e2e-https' })).toContainText('443');
  await expect(listeners).toContainText('order-api:8080');
  await expect(listeners).toContainText('e2e-cert');

  // 6.9: delete the listener, then 6.5 the load balancer (typed names).
  await page.getByRole('button', { name: /^(删除|Delete) e2e-https$/ }).click();
  await confirmByName(page, 'e2e-https');
  await expect(listeners.locator('.ant-table-row').filter({ hasText: 'e2e-https' })).toHaveCount(0);
  await page.getByRole('button', { name: /^(删除|Delete) e2e-lb$/ }).click();
  await confirmByName(page, 'e2e-lb');
  await expect(page).toHaveURL(/\/netease\/load-balancers$/);
  await expect(lbs.first()).toBeVisible();
  await expect(lbs.filter({ hasText: 'e2e-lb' })).toHaveCount(0);

  // 6.13: the certificate is free again: delete it.
  await page.goto('/netease/certificates');
  await page.getByRole('button', { name: /^(删除|Delete) e2e-cert$/ }).click();
  await confirmByName(page, 'e2e-cert');
  await expect(certs.filter({ hasText: 'e2e-cert' })).toHaveCount(0);
  await expect(page.getByTestId('provider-error')).toHaveCount(0);
});
