import type { Page } from '@playwright/test';
import { expect, login, tableRows, test } from './fixtures';

// The journey runs in English (the page's words are checked in both languages by the unit tests).
test.beforeEach(async ({ page }) => {
  await login(page);
  await page.request.post('/api/demo/emulators/netease/reset');
  await page.request.put('/api/demo/emulators/netease/faults', { data: { failNext: 0, errorRate: 0, latencyMs: 0, throttlePerSecond: 0 } });
  await page.evaluate(() => localStorage.setItem('tricloud.lang', 'en'));
});

const SPACES = 'Spaces';

/** Clicks the label of a radio (antd hides the input itself). */
const pickRadio = (page: Page, name: string) => page.locator('label', { has: page.getByRole('radio', { name, exact: true }) }).click();

/** Picks an option of the antd select labelled `label` (typing filters it first). */
async function choose(page: Page, label: string | RegExp, option: string, search?: string) {
  await page.getByLabel(label, { exact: typeof label === 'string' }).click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

async function waitForRollout(page: Page, settled: string) {
  const rollout = page.getByTestId('rollout');
  await expect(rollout).toContainText(`Rolled out — ${settled}`, { timeout: 60_000 });
}

async function createService(page: Page, space: string, name: string, kind: 'Stateless' | 'Stateful', image: { repo: string; tag: string }, extra?: () => Promise<void>) {
  await page.goto('/netease/spaces');
  await tableRows(page, SPACES).filter({ hasText: space }).getByRole('button', { name: `Create a service in ${space}` }).click();
  await expect(page).toHaveURL(/\/netease\/services\/new\?account=.+&space=\d+/);
  await expect(page.getByLabel('Space', { exact: true })).toBeVisible();
  await expect(page.getByText(`${space} (${space}-`)).toBeVisible();
  await page.getByLabel('Service name').fill(name);
  await pickRadio(page, kind);
  if (extra) await extra();
  await choose(page, 'container001 Repository', image.repo, image.repo.split('/')[1]);
  await choose(page, 'container001 Tag', image.tag);
  await page.getByRole('button', { name: 'Create service' }).click();
  await expect(page).toHaveURL(/\/netease\/services\/netease-demo\/\d+\/\d+$/);
  await expect(page.getByTestId('provider-answer')).toContainText('createService');
  await expect(page.getByTestId('provider-answer-body')).toContainText('service_id');
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Opens an action's dialog from the detail page's toolbar (a click during a re-render can be lost: retried until the dialog shows). */
async function openAction(page: Page, name: string) {
  await expect(async () => {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  return page.getByRole('dialog');
}

async function confirmByName(page: Page, name: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
}

test.describe.configure({ timeout: 300_000 });

test('space → service: create, scale, change image, roll out, restart, delete keeping the IP, delete the space', async ({ page }) => {
  // A space, with the document's name rule beside the field.
  await page.goto('/netease/spaces');
  await expect(tableRows(page, SPACES).filter({ hasText: 'production' })).toBeVisible();
  await page.getByRole('button', { name: 'Create space' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Name').fill('E2E_space');
  await form.getByRole('button', { name: 'Create space' }).click();
  await expect(form.locator('.ant-form-item-explain-error')).toContainText('lowercase letters');
  await form.getByLabel('Name').fill('e2e-space');
  await form.getByRole('button', { name: 'Create space' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('provider-answer-body')).toContainText('namespace_Id');
  const spaceRow = tableRows(page, SPACES).filter({ hasText: 'e2e-space-' });
  await expect(spaceRow).toContainText('Yes');

  // A stateless service: scale it, change its image and watch each rollout.
  await createService(page, 'e2e-space', 'e2e-web', 'Stateless', { repo: 'public/nginx', tag: '1.11.5' });
  await waitForRollout(page, 'create_succ');
  await (await openAction(page, 'Scale')).getByLabel('New replicas').fill('3');
  await page.getByRole('dialog').getByRole('button', { name: 'Scale' }).click();
  await expect(page.getByTestId('rollout')).toContainText('Rolling out — scaling');
  await waitForRollout(page, 'elastic_scale_succ');
  await expect(page.getByTestId('service-replicas')).toHaveText('3');

  await openAction(page, 'Change image');
  await choose(page, 'Image of container001', 'hub.c.163.com/public/nginx:latest');
  await page.getByRole('dialog').getByLabel(/min_ready_seconds/).fill('1');
  await page.getByRole('dialog').getByRole('button', { name: 'Change image' }).click();
  await expect(page.getByTestId('rollout')).toContainText('Rolling out — updating');
  await waitForRollout(page, 'update_succ');
  await page.getByRole('tab', { name: 'Containers' }).click();
  await expect(page).toHaveURL(/tab=containers/);
  await expect(page.getByTestId('container-image')).toHaveText('hub.c.163.com/public/nginx:latest');
  await expect(page.getByTestId('container')).toHaveCount(1);
  await expect(page.getByTestId('container').locator('.ant-table-row')).toHaveCount(3);
  // Restarting is for stateful services: the button says so.
  await expect(page.getByRole('button', { name: 'Restart', exact: true })).toBeDisabled();

  // A stateful service with a public IP: restart it, then delete it keeping the IP.
  await createService(page, 'e2e-space', 'e2e-db', 'Stateful', { repo: 'public/redis', tag: '3.2' }, async () => {
    await page.getByRole('switch', { name: 'Use the public network' }).click();
    await pickRadio(page, 'No data disk');
  });
  await waitForRollout(page, 'create_succ');
  const ip = (await page.getByTestId('service-public-ip').textContent())?.trim() ?? '';
  expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  await (await openAction(page, 'Restart')).getByRole('button', { name: 'Restart' }).click();
  await expect(page.getByTestId('rollout')).toContainText('Rolling out — restarting');
  await waitForRollout(page, 'restart_succ');
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByTestId('history-change').filter({ hasText: 'restartService' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('menuitem', { name: /keep the public IP/ }).click();
  await confirmByName(page, 'e2e-db');
  await expect(page).toHaveURL(/\/netease\/spaces\?open=/);
  // free_ip=false: the address stays with the account.
  await page.goto('/netease/ips');
  await expect(tableRows(page, /Public IPs|公网 IP/).filter({ hasText: ip })).toHaveCount(1);
  await page.goto('/netease/spaces');

  // The stateless one goes too; then the space can go.
  await spaceRow.getByText('e2e-space', { exact: true }).click();
  await page.getByRole('link', { name: 'e2e-web' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('menuitem', { name: /release the public IP/ }).click();
  await confirmByName(page, 'e2e-web');
  await expect(spaceRow).toContainText('Yes');
  await spaceRow.getByRole('button', { name: 'Delete e2e-space' }).click();
  await confirmByName(page, 'e2e-space');
  await expect(tableRows(page, SPACES).filter({ hasText: 'e2e-space-' })).toHaveCount(0);
});
