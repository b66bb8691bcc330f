import { DEMO_CREDENTIALS } from '../src/mocks/demo-credentials';
import { seedWorld } from '../src/mocks/alibaba/store/seed';
import { expect, login, test } from './fixtures';

// Looks, not behaviour: screenshots of the Alibaba pages for review. Only on request:
// ALIBABA_SCREENS=/tmp/dir E2E_DEV=1 E2E_PORT=4175 npx playwright test e2e/alibaba-screens.spec.ts
const dir = process.env.ALIBABA_SCREENS;
test.skip(!dir, 'set ALIBABA_SCREENS to a directory to take the screenshots');

const mysql = seedWorld(DEMO_CREDENTIALS.alibaba.accessKeyId, Date.now()).rds.find((i) => i.Engine === 'MySQL')!.DBInstanceId;
const shots = [
  { name: 'storage', path: '/alibaba/storage', ready: 'report-nas-pv' },
  { name: 'rds-databases', path: `/alibaba/rds?instance=${mysql}`, ready: 'sys_info' },
  { name: 'rds-accounts', path: `/alibaba/rds?instance=${mysql}&tab=accounts`, ready: 'test2' },
  { name: 'rds-backups', path: `/alibaba/rds?instance=${mysql}&tab=backups`, ready: 'Physical' },
  { name: 'users', path: '/alibaba/users', ready: '张三' },
];

test('Alibaba pages in light and dark, zh-CN and English', async ({ page }) => {
  await login(page, '/alibaba/storage');
  for (const lang of ['zh-CN', 'en']) {
    for (const theme of ['light', 'dark']) {
      await page.evaluate(([l, t]) => {
        localStorage.setItem('tricloud.lang', l);
        localStorage.setItem('tricloud.theme', t);
      }, [lang, theme]);
      for (const shot of shots) {
        await page.goto(shot.path);
        await expect(page.getByText(shot.ready, { exact: true }).first()).toBeVisible();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${dir}/alibaba-${shot.name}-${lang}-${theme}.png` });
      }
    }
  }
});
