import { describe, expect, it } from 'vitest';
import { providerRegistry } from '../proxy/providers';
import type { OperationDef, ProviderId } from '../providers/core/types';
import { CAPABILITIES, isOffered, KINDS, offers, providersOffering } from './capabilities';

const operations = (p: ProviderId) => Object.values(providerRegistry[p].operations as Record<string, OperationDef>);

describe('capability table', () => {
  it('names only catalog groups and operations that exist', () => {
    for (const byProvider of Object.values(KINDS)) {
      for (const [provider, cell] of Object.entries(byProvider) as Array<[ProviderId, (typeof byProvider)[ProviderId]]>) {
        if (!isOffered(cell)) continue;
        const groups = new Set(operations(provider).map((o) => o.group));
        const names = new Set(operations(provider).map((o) => o.name));
        for (const g of cell.groups) expect(groups, `${provider} group ${g}`).toContain(g);
        for (const n of cell.operations ?? []) expect(names, `${provider} operation ${n}`).toContain(n);
      }
    }
  });

  it('gives every operation of the three documents a kind (NetEase’s token stays with the proxy)', () => {
    for (const provider of ['tencent', 'alibaba', 'netease'] as const) {
      const placed = new Set<string>();
      for (const byProvider of Object.values(KINDS)) {
        const cell = byProvider[provider];
        if (!isOffered(cell)) continue;
        for (const op of operations(provider)) if (cell.groups.includes(op.group) || cell.operations?.includes(op.name)) placed.add(op.name);
      }
      const homeless = operations(provider).filter((o) => !placed.has(o.name) && o.name !== 'createToken').map((o) => o.name);
      expect(homeless, provider).toEqual([]);
    }
  });

  it('says why a provider lacks a page: NetEase has no logs, Alibaba no registry', () => {
    expect(KINDS.logs.netease).toEqual({ absent: 'noLogApi' });
    expect(KINDS.repositories.alibaba).toEqual({ absent: 'noRegistry' });
    expect(offers('netease', 'logs')).toBe(false);
    expect(providersOffering('repositories')).toEqual(['tencent', 'netease']);
  });

  it('keeps the neutral pages consistent with the kinds table', () => {
    for (const [provider, resources] of Object.entries(CAPABILITIES) as Array<[ProviderId, readonly string[]]>) {
      for (const r of ['clusters', 'services', 'repositories', 'ingresses', 'logs', 'monitoring'] as const) {
        const cell = KINDS[r][provider];
        // NetEase's spaces stand in for clusters on the capability page but are not neutral clusters.
        if (r === 'clusters' && provider === 'netease') continue;
        expect(resources.includes(r), `${provider} ${r}`).toBe(isOffered(cell));
      }
    }
  });
});
