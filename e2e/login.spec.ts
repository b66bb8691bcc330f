import { expect, login, test } from './fixtures';

test('an unknown password is refused beside the form, the demo user gets in and back to the asked page', async ({ page }) => {
  await page.goto('/repositories');
  await expect(page).toHaveURL(/\/login\?next=%2Frepositories/);
  await expect(page.getByTestId('demo-hint')).toContainText('demo');

  await page.getByLabel(/用户名|User name/i).fill('demo');
  await page.getByLabel(/密码|Password/i).fill('wrong');
  await page.getByRole('button', { name: /登录|Log in/i }).click();
  await expect(page.getByTestId('provider-error')).toContainText('InvalidCredentials');
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel(/密码|Password/i).fill('demo');
  await page.getByRole('button', { name: /登录|Log in/i }).click();
  await expect(page).toHaveURL(/\/repositories$/);
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('logging out ends the session; the API then sends the user back to the login page', async ({ page }) => {
  await login(page);
  await page.getByRole('button', { name: /退出登录|Log out/ }).click();
  await expect(page).toHaveURL(/\/login/);
  expect((await page.request.get('/api/accounts')).status()).toBe(401);
  await page.goto('/clusters?region=gz');
  await expect(page).toHaveURL(/\/login\?next=%2Fclusters%3Fregion%3Dgz/);
});
