import { expect, login, resetEmulators, tableRows, test } from './fixtures';

const SERVICES = /服务|Services/;

test.beforeEach(async ({ page }) => {
  await login(page, '/services');
  await resetEmulators(page);
  await page.reload();
});

test('services of all three clouds in one table', async ({ page }) => {
  const rows = tableRows(page, SERVICES);
  await expect(rows.filter({ hasText: '腾讯云' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: '阿里云' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: '网易云' }).first()).toBeVisible();
  await expect(page.getByTestId('provider-error')).toHaveCount(0);
});

test('filter services by provider and status; the filter survives a reload', async ({ page }) => {
  const rows = tableRows(page, SERVICES);
  await expect(rows.filter({ hasText: '网易云' }).first()).toBeVisible();

  await page.getByRole('columnheader', { name: /云厂商/ }).getByRole('button').click();
  await page.getByRole('menuitem', { name: '网易云' }).click();
  await page.getByRole('button', { name: /OK|确定/ }).click();
  await expect(page).toHaveURL(/f\.provider=netease/);
  // antd animates the first filter menu away; opening the next one before it is gone would show two OK buttons.
  await expect(page.getByRole('button', { name: /OK|确定/ })).toHaveCount(0);

  await page.getByRole('columnheader', { name: /状态/ }).getByRole('button').click();
  await page.getByRole('menuitem', { name: '运行中' }).click();
  await page.getByRole('button', { name: /OK|确定/ }).click();
  await expect(page).toHaveURL(/f\.status=running/);

  const check = async () => {
    await expect(rows.first()).toContainText('网易云');
    await expect(rows.filter({ hasText: '腾讯云' })).toHaveCount(0);
    await expect(rows.filter({ hasText: '阿里云' })).toHaveCount(0);
    await expect(rows.filter({ hasText: /creating|updating|scaling|restarting/ })).toHaveCount(0);
  };
  await check();
  // Clicks in the filter menus did not sort; the name header does, descending on the second click.
  expect(page.url()).not.toContain('sort=');
  const nameHeader = page.getByRole('columnheader', { name: /名称/ });
  await nameHeader.click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=name/);
  await nameHeader.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-name/);
  const names = async () => (await rows.locator('.ant-table-cell:nth-child(4)').allTextContents()).map((n) => n.trim());
  await expect
    .poll(async () => {
      const shown = await names();
      return shown.length > 1 && shown.join() === [...shown].sort().reverse().join();
    })
    .toBe(true);
  await page.reload();
  await expect(page).toHaveURL(/f\.provider=netease.*f\.status=running|f\.status=running.*f\.provider=netease/);
  await expect(page.getByRole('columnheader', { name: /名称/ })).toHaveAttribute('aria-sort', 'descending');
  await check();
});

// Screenshots for a human look (light/dark, zh-CN/English): SHOTS=1 to run.
for (const theme of ['light', 'dark'] as const)
  for (const lang of ['zh-CN', 'en'] as const)
    test(`services page screenshot, ${theme}, ${lang}`, async ({ page }) => {
      test.skip(!process.env.SHOTS, 'screenshots only on demand');
      await page.addInitScript(([th, l]) => (localStorage.setItem('tricloud.theme', th), localStorage.setItem('tricloud.lang', l)), [theme, lang] as const);
      await page.reload();
      await expect(tableRows(page, SERVICES).filter({ hasText: /NetEase|网易云/ }).first()).toBeVisible();
      await page.screenshot({ path: `/tmp/pw-services/services-${theme}-${lang}.png` });
    });
