import { expect, login, tableRows, test } from './fixtures';

// Screenshots for a person to look at, not assertions of pixels: only with NETEASE_SCREENS=1.
test.skip(!process.env.NETEASE_SCREENS, 'screenshots on request only (NETEASE_SCREENS=1)');

const PAGES = [
  { path: '/netease/ssh-keys', table: /SSH 密钥|SSH keys/ },
  { path: '/netease/volumes', table: /云硬盘|Cloud volumes/ },
  { path: '/netease/ips', table: /公网 IP|Public IPs/ },
];

for (const lang of ['zh-CN', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`NetEase pages in ${lang}, ${theme}`, async ({ page }) => {
      await login(page);
      await page.evaluate(([l, th]) => {
        localStorage.setItem('tricloud.lang', l);
        localStorage.setItem('tricloud.theme', th);
      }, [lang, theme]);
      for (const { path, table } of PAGES) {
        await page.goto(path);
        await expect(tableRows(page, table).first()).toBeVisible();
        const name = path.split('/').pop();
        await page.screenshot({ path: `/tmp/netease-${name}-${lang}-${theme}.png` });
      }
      // One form and one detail, too.
      await page.goto('/netease/volumes');
      await page.getByRole('button', { name: /创建云硬盘|Create volume/ }).click();
      await page.getByRole('dialog').getByLabel(/^(容量（GB）|Size \(GB\))$/).fill('15');
      await page.getByRole('dialog').getByRole('button', { name: /创建云硬盘|Create volume/ }).click();
      await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
      await page.screenshot({ path: `/tmp/netease-volume-form-${lang}-${theme}.png` });
      await page.goto('/netease/ips');
      await tableRows(page, /公网 IP|Public IPs/).first().click();
      await expect(page.getByTestId('ip-cost')).toContainText(/\d/);
      await page.screenshot({ path: `/tmp/netease-ip-detail-${lang}-${theme}.png` });
    });
  }
}
