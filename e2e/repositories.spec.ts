import { expect, login, tableRows, test } from './fixtures';

test('NetEase repositories with their tags and a pull command', async ({ page }) => {
  await login(page, '/repositories');
  const rows = tableRows(page, /镜像仓库|Repositories/);
  await expect(rows.first()).toBeVisible();
  await expect(rows.first()).toContainText('网易云');
  await rows.first().click();
  await expect(page).toHaveURL(/open=/);
  const tags = page.getByTestId('tags-table');
  await expect(tags.locator('.ant-table-row').first()).toBeVisible();
  await expect(tags.getByTestId('pull-command').first()).toContainText(/pull /);
  // The expanded row is part of the link.
  await page.reload();
  await expect(page.getByTestId('tags-table').locator('.ant-table-row').first()).toBeVisible();
});
