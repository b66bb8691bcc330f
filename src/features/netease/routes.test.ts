import { describe, expect, it } from 'vitest';
import { neteaseEn, neteaseZh } from './messages';
import { neteaseNavItems, neteaseRoutes } from './routes';

describe('NetEase routes', () => {
  it('offers the three pages under netease/, each with a nav entry in both languages', () => {
    expect(neteaseRoutes.map((r) => r.path)).toEqual(['netease/ssh-keys', 'netease/volumes', 'netease/ips']);
    expect(neteaseNavItems.map((n) => n.path)).toEqual(neteaseRoutes.map((r) => `/${r.path}`));
    const keys = ['nav.sshKeys', 'nav.volumes', 'nav.ips'] as const;
    expect(neteaseNavItems.map((n) => n.labelEn)).toEqual(keys.map((k) => neteaseEn[k]));
    expect(neteaseNavItems.map((n) => n.labelZh)).toEqual(keys.map((k) => neteaseZh[k]));
  });
});
