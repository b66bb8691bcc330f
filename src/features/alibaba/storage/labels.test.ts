import { describe, expect, it } from 'vitest';
import { alibabaTranslator } from '../messages';
import { environmentLabel, pickEnvironment } from './labels';

const envs = [
  { AppId: 1, EnvId: 10, AppTitle: 'shop', EnvName: 'shop-test', EnvType: 1, ClusterId: 'c-test' },
  { AppId: 1, EnvId: 11, AppTitle: 'shop', EnvName: 'shop-online', EnvType: 2, ClusterId: 'c-prod' },
];

describe('environment choice', () => {
  it('labels with ListAppEnvironment’s own coding (1 test, 2 production)', () => {
    expect(environmentLabel(alibabaTranslator('en'), envs[1])).toBe('shop · shop-online (production)');
    expect(environmentLabel(alibabaTranslator('zh-CN'), envs[0])).toBe('shop · shop-test (测试)');
  });
  it('prefers the URL’s environment, then one on the chosen cluster', () => {
    expect(pickEnvironment(envs, '1-10', 'c-prod')?.EnvId).toBe(10);
    expect(pickEnvironment(envs, '', 'c-prod')?.EnvId).toBe(11);
    expect(pickEnvironment(envs, 'gone', undefined)?.EnvId).toBe(10);
    expect(pickEnvironment([], '', 'c')).toBeUndefined();
  });
});
