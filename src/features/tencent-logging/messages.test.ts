import { describe, expect, it } from 'vitest';
import { logEn, logTranslator, logZh } from './messages';
import { tencentLoggingNavItems, tencentLoggingRoutes } from './routes';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('log collector dictionary and routes', () => {
  it('has the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(logZh).sort()).toEqual(Object.keys(logEn).sort());
    for (const [key, en] of Object.entries(logEn)) {
      const zh = logZh[key as keyof typeof logEn];
      expect(placeholders(zh), key).toEqual(placeholders(en));
      expect(zh.trim(), key).not.toBe('');
    }
    expect(logTranslator('zh-CN')('daemon.scheduled', { current: 2, desired: 3 })).toBe('3 个节点中 2 个已运行 Agent');
  });
  it('registers links.tencentLogCollectors’ path and a picker page in the nav', () => {
    expect(tencentLoggingRoutes.map((r) => r.path)).toEqual(['tencent/log-collectors', 'tencent/log-collectors/:accountId/:region/:clusterId']);
    expect(tencentLoggingNavItems[0].path).toBe('/tencent/log-collectors');
  });
});
