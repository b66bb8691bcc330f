import { expect, login, tableRows, test } from './fixtures';

// Pictures for a person to look at, not assertions of pixels: run with SHOTS=1.
test.skip(!process.env.SHOTS, 'screenshots only on request (SHOTS=1)');

const pages = [
  ['repositories', '/tencent/registry/repositories', /镜像仓库|Registry repositories/],
  ['detail-tags', '/tencent/registry/repositories/tencent-demo/tricloud/web?tab=tags', /镜像版本|Tags/],
  ['detail-triggers', '/tencent/registry/repositories/tencent-demo/tricloud/web?tab=triggers', /^(触发器|Triggers)$/],
  ['namespaces', '/tencent/registry/namespaces', /镜像命名空间|Registry namespaces/],
  ['favorites', '/tencent/registry/favorites', /镜像收藏|Registry favourites/],
  ['search', '/tencent/registry/search', /公共镜像|Public images/],
] as const;

for (const theme of ['light', 'dark'] as const)
  for (const lang of ['zh-CN', 'en'] as const)
    test(`registry pages, ${theme}, ${lang}`, async ({ page }) => {
      await page.addInitScript(([th, l]) => (localStorage.setItem('tricloud.theme', th), localStorage.setItem('tricloud.lang', l)), [theme, lang] as const);
      await login(page, '/tencent/registry/repositories');
      for (const [name, path, table] of pages) {
        await page.goto(path);
        await expect(tableRows(page, table).first()).toBeVisible();
        await page.screenshot({ path: `/tmp/tencent-registry-${name}-${theme}-${lang}.png` });
      }
      await page.goto('/tencent/registry/account');
      await expect(page.getByRole('table')).toContainText(/namespace|命名空间/i);
      await page.screenshot({ path: `/tmp/tencent-registry-account-${theme}-${lang}.png` });
      await page.goto('/tencent/registry/repositories/tencent-demo/tricloud/web?tab=retention');
      await expect(page.getByTestId('retention-current')).toBeVisible();
      await page.screenshot({ path: `/tmp/tencent-registry-detail-retention-${theme}-${lang}.png` });
    });
