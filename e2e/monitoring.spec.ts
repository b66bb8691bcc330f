import type { Page } from '@playwright/test';
import { expect, login, resetEmulators, test } from './fixtures';

const shot = (name: string) => (process.env.MONITORING_SHOTS ? `${process.env.MONITORING_SHOTS}/${name}.png` : undefined);

async function choose(page: Page, name: RegExp, option?: RegExp | string, nth = 0) {
  await page.getByRole('main').getByRole('combobox', { name }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  const items = dropdown.locator('.ant-select-item-option');
  await (option ? items.filter({ hasText: option }).first() : items.nth(nth)).click();
  await expect(dropdown).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  await login(page, '/monitoring');
  await resetEmulators(page);
});

test('a service’s charts: change the range, hide a series, jump to the logs of a point in time', async ({ page }) => {
  await page.goto('/monitoring?provider=tencent');
  await choose(page, /^(集群|Cluster)$/, /prod-web/);
  await choose(page, /^(服务|Service)$/, /nginx-web/);
  await expect(page).toHaveURL(/service=nginx-web/);
  // The service's own metrics, then one series per pod.
  const podChart = page.getByTestId('chart-pod_in_bandwidth');
  await expect(podChart.locator('canvas')).toBeVisible();
  await expect(page.getByTestId('chart-service_cpu_used').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('period')).toContainText(/61/);
  // Capacity beside the charts.
  await expect(page.getByRole('region', { name: /容量|Capacity/ }).getByRole('meter').first()).toBeVisible();
  if (shot('monitoring-service')) {
    // English and the dark theme, to check by eye (the CI browser lacks CJK fonts).
    await page.getByText('English', { exact: true }).click();
    await expect(page.getByTestId('chart-pod_in_bandwidth').locator('.u-legend')).toBeVisible();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: shot('monitoring-service') });
    await page.getByRole('switch').click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: shot('monitoring-service-dark') });
    await page.getByRole('switch').click();
  }

  // Range: a preset goes into the URL and changes the period (one day → 5 minutes, 289 points).
  await choose(page, /^(时间范围|Time range)$/, /1 天|last day/i);
  await expect(page).toHaveURL(/range=1d/);
  await expect(page.getByTestId('period')).toContainText(/289/);

  // Legend: a click hides the series (uPlot marks it "u-off").
  const legendItem = podChart.locator('.u-legend .u-series').nth(1);
  await legendItem.click();
  await expect(legendItem).toHaveClass(/u-off/);

  // A click on the plot opens the logs of that minute.
  const over = podChart.locator('.u-over');
  const box = (await over.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page).toHaveURL(/\/logs\?.*provider=tencent.*service=nginx-web.*at=\d+/);
  await expect(page.locator('.lv-root')).toBeVisible();
});

test('Alibaba and NetEase show capacity bars', async ({ page }) => {
  await page.goto('/monitoring?provider=alibaba');
  await expect(page.getByRole('meter').first()).toBeVisible();
  if (shot('monitoring-alibaba')) await page.screenshot({ path: shot('monitoring-alibaba'), fullPage: true });
  await page.goto('/monitoring?provider=netease');
  await expect(page.getByRole('meter').first()).toBeVisible();
  if (shot('monitoring-netease')) await page.screenshot({ path: shot('monitoring-netease'), fullPage: true });
});
