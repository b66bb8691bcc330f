import type { Page } from '@playwright/test';
import { logDictionaries, type LogMessageKey } from '../src/features/tencent-logging/messages';
import { expect, login, tableRows, test } from './fixtures';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A text of the log collector pages in either language. */
const label = (key: LogMessageKey) => new RegExp(`^(${[logDictionaries['zh-CN'][key], logDictionaries.en[key]].map(esc).join('|')})$`);
const anywhere = (key: LogMessageKey) => new RegExp(label(key).source.replace(/^\^|\$$/g, ''));
const drawer = (page: Page) => page.getByRole('dialog').last();

test.beforeEach(async ({ page }) => {
  await login(page, '/tencent/log-collectors');
  await page.request.post('/api/demo/emulators/tencent/reset');
  await page.reload();
});

test('Tencent log collectors: pick a cluster, create (name checked first), edit, delete', async ({ page }) => {
  // Pick account · region · cluster.
  await tableRows(page, label('picker.table')).filter({ hasText: 'prod-web' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/tencent\/log-collectors\/tencent-demo\/gz\/cls-/);
  await expect(page.getByTestId('daemon')).toContainText(anywhere('daemon.enabled'));
  const rules = tableRows(page, label('page.rules'));
  await expect(rules.filter({ hasText: 'app-logs' })).toBeVisible();

  // Create: the name is checked with CheckIfLogCollectorName before anything else.
  await page.getByRole('button', { name: anywhere('action.create') }).click();
  await expect(page).toHaveURL(/create=1/);
  const form = drawer(page);
  await form.getByLabel(label('field.name')).fill('app-logs');
  await form.getByLabel(label('field.name')).blur();
  await expect(form.getByText(label('rule.taken'))).toBeVisible();
  await form.getByLabel(label('field.name')).fill('e2e-host');
  await form.getByText(label('input.host-log')).click();
  await form.getByLabel(label('field.path')).fill('var/log/app.log');
  await form.getByText(label('output.cls')).click();
  await page.getByTestId('collector-save').click();
  await expect(form.getByText(label('rule.absolute'))).toBeVisible();
  await expect(form.getByText(label('rule.required')).first()).toBeVisible();
  await form.getByLabel(label('field.path')).fill('/var/log/app/*.log');
  await form.getByRole('button', { name: anywhere('form.addLabel') }).click();
  await form.getByLabel(label('field.labelKey')).fill('team');
  await form.getByLabel(label('field.labelValue')).fill('ops');
  await form.getByLabel(label('field.logsetId')).fill('ls-e2e');
  await form.getByLabel(label('field.topicId')).fill('tp-e2e');
  await page.getByTestId('collector-save').click();
  // Saved: the rule opens in its view (GetLogCollector).
  await expect(page).toHaveURL(/view=e2e-host/);
  await expect(page.getByTestId('collector-view')).toContainText('/var/log/app/*.log');
  await expect(page.getByTestId('collector-view')).toContainText('ls-e2e / tp-e2e');
  await page.keyboard.press('Escape');
  const row = rules.filter({ hasText: 'e2e-host' });
  await expect(row).toContainText('CLS');

  // Edit: send it to Kafka instead; the port range is enforced beside the field.
  await row.getByRole('button', { name: anywhere('action.edit') }).click();
  await expect(page).toHaveURL(/edit=e2e-host/);
  const edit = drawer(page);
  await expect(edit.getByLabel(label('field.path'))).toHaveValue('/var/log/app/*.log');
  await edit.getByText(label('output.kafka')).click();
  await edit.getByLabel(label('field.host')).fill('10.0.0.9');
  await edit.getByLabel(label('field.port')).fill('70000');
  await edit.getByLabel(label('field.topic')).fill('hostlogs');
  await page.getByTestId('collector-save').click();
  await expect(edit.getByText(label('rule.port'))).toBeVisible();
  await edit.getByLabel(label('field.port')).fill('9092');
  await page.getByTestId('collector-save').click();
  await expect(page).toHaveURL(/view=e2e-host/);
  // The saved rule opens in its view drawer; close it before going on (Esc once it has focus).
  await expect(drawer(page)).toBeVisible();
  await expect(async () => {
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/view=/, { timeout: 2_000 });
  }).toPass();
  await expect(row).toContainText('10.0.0.9:9092 → hostlogs');

  // Delete, typed.
  await row.getByRole('button', { name: anywhere('action.delete') }).click();
  const typed = page.getByPlaceholder(/e2e-host/);
  const confirm = page.getByRole('dialog').filter({ has: typed });
  await typed.fill('e2e-host');
  await confirm.getByRole('button', { name: /删除|Delete/ }).click();
  await expect(row).toHaveCount(0);
  await expect(rules.filter({ hasText: 'app-logs' })).toBeVisible();
});

// Pictures for a person to look at, not assertions of pixels: run with SHOTS=1.
test.describe('screenshots', () => {
  test.skip(!process.env.SHOTS, 'screenshots only on request (SHOTS=1)');
  for (const [theme, lang] of [['light', 'zh-CN'], ['light', 'en'], ['dark', 'zh-CN']] as const)
    test(`log collector pages screenshots, ${theme}, ${lang}`, async ({ page }) => {
      await page.addInitScript(([th, l]) => (localStorage.setItem('tricloud.theme', th), localStorage.setItem('tricloud.lang', l)), [theme, lang] as const);
      await page.reload();
      await expect(tableRows(page, label('picker.table')).first()).toBeVisible();
      await page.screenshot({ path: `/tmp/D-shot-logs-picker-${theme}-${lang}.png` });
      await tableRows(page, label('picker.table')).filter({ hasText: 'prod-web' }).getByRole('link').click();
      await expect(tableRows(page, label('page.rules')).first()).toBeVisible();
      await page.screenshot({ path: `/tmp/D-shot-logs-list-${theme}-${lang}.png` });
      await page.getByRole('button', { name: anywhere('action.create') }).click();
      await drawer(page).getByText(label('input.host-log')).click();
      await page.getByTestId('collector-save').click();
      await page.screenshot({ path: `/tmp/D-shot-logs-create-${theme}-${lang}.png` });
      await page.keyboard.press('Escape');
      await tableRows(page, label('page.rules')).filter({ hasText: 'app-logs' }).getByRole('button', { name: anywhere('action.edit') }).click();
      await expect(drawer(page).getByLabel(label('field.host'))).toHaveValue(/\d/);
      await page.screenshot({ path: `/tmp/D-shot-logs-edit-${theme}-${lang}.png` });
    });
});
