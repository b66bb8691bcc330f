import { describe, expect, it } from 'vitest';
import { clustersEn, clustersZh, businessLabel, clustersTranslator } from './messages';
import { alibabaClustersNavItems } from './routes';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Alibaba clusters dictionary', () => {
  it('has the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(clustersZh).sort()).toEqual(Object.keys(clustersEn).sort());
    for (const [key, en] of Object.entries(clustersEn)) {
      const zh = clustersZh[key as keyof typeof clustersEn];
      expect(placeholders(zh), key).toEqual(placeholders(en));
      expect(zh.trim(), key).not.toBe('');
    }
  });
  it('names business codes, and shows unknown ones as sent', () => {
    expect(businessLabel(clustersTranslator('zh-CN'), 'JST')).toBe('聚石塔');
    expect(businessLabel(clustersTranslator('en'), 'OTHER')).toBe('OTHER');
    expect(alibabaClustersNavItems[0]).toEqual({ path: '/alibaba/clusters/new', labelZh: '创建集群', labelEn: 'Create cluster' });
  });
});
