import { expect, login, tableRows, test } from './fixtures';

test('one table of Tencent and NetEase repositories: tags with a pull command, and each row opens its own page', async ({ page }) => {
  await login(page, '/repositories');
  const rows = tableRows(page, /镜像仓库|Repositories/);
  const netease = rows.filter({ hasText: /网易云|NetEase/ });
  const tencent = rows.filter({ hasText: /腾讯云|Tencent/ });
  await expect(netease.first()).toBeVisible();
  await expect(tencent.first()).toBeVisible();
  // Alibaba has no registry: the page says so and links to the capability table.
  await expect(page.getByTestId('no-registry-alibaba').getByRole('link')).toHaveAttribute('href', '/capabilities');

  // The expand icon shows the tags inline, and the expanded row is part of the link.
  await netease.first().locator('.ant-table-row-expand-icon').click();
  await expect(page).toHaveURL(/open=netease/);
  const tags = page.getByTestId('tags-table');
  await expect(tags.locator('.ant-table-row').first()).toBeVisible();
  await expect(tags.getByTestId('pull-command').first()).toContainText(/pull /);
  await page.reload();
  await expect(page.getByTestId('tags-table').locator('.ant-table-row').first()).toBeVisible();

  // A Tencent row: its latest tag comes from GetTagList, its tags pull from the ccr server.
  await expect(tencent.first().getByTestId('latest-tag')).toBeVisible();
  await tencent.first().locator('.ant-table-row-expand-icon').click();
  await expect(page).toHaveURL(/open=tencent/);
  await expect(page.getByTestId('tags-table').getByTestId('pull-command').filter({ hasText: 'ccr.' }).first()).toBeVisible();

  // Opening a Tencent row goes to the registry's repository page; a NetEase row to its repository page.
  const tencentName = tencent.first().getByRole('link');
  const href = await tencentName.getAttribute('href');
  expect(href).toMatch(/^\/tencent\/registry\/repositories\//);
  await expect(netease.first().getByRole('link')).toHaveAttribute('href', /^\/netease\/repositories\//);
  await tencentName.click();
  await expect(page).toHaveURL(new RegExp(href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

// Pictures for a person to look at, not assertions of pixels: run with SHOTS=1.
test.describe('screenshots', () => {
  test.skip(!process.env.SHOTS, 'screenshots only on request (SHOTS=1)');
  for (const [theme, lang] of [['light', 'zh-CN'], ['light', 'en'], ['dark', 'zh-CN']] as const)
    test(`repositories screenshots, ${theme}, ${lang}`, async ({ page }) => {
      await page.addInitScript(([th, l]) => (localStorage.setItem('tricloud.theme', th), localStorage.setItem('tricloud.lang', l)), [theme, lang] as const);
      await login(page, '/repositories');
      const rows = tableRows(page, /镜像仓库|Repositories/);
      await expect(rows.filter({ hasText: /腾讯云|Tencent/ }).first().getByTestId('latest-tag')).toBeVisible();
      await rows.filter({ hasText: /腾讯云|Tencent/ }).first().locator('.ant-table-row-expand-icon').click();
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `/tmp/D-shot-repos-${theme}-${lang}.png` });
    });
});
