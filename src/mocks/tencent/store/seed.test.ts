import { describe, expect, it } from 'vitest';
import { clusterStatus } from './clock';
import { seedWorld } from './seed';

const T = Date.UTC(2026, 0, 10);
const snapshot = (key: string) => {
  const w = seedWorld(key, T);
  return [...w.clusters.values()].map((c) => ({ id: c.clusterId, name: c.clusterName, region: c.region, status: clusterStatus(c, T), nodes: [...c.nodes.keys()], services: [...c.services.keys()] }));
};

describe('seeded demo world', () => {
  it('is the same for the same account and clock, different for another account', () => {
    expect(snapshot('demo')).toEqual(snapshot('demo'));
    expect(snapshot('AKIDother').map((c) => c.id)).not.toEqual(snapshot('demo').map((c) => c.id));
  });

  it('has clusters across gz and sh, Running, Abnormal and Creating, with 2–6 nodes each', () => {
    const clusters = snapshot('demo');
    expect(new Set(clusters.map((c) => c.region))).toEqual(new Set(['gz', 'sh']));
    expect(clusters.map((c) => c.status).sort()).toEqual(['Abnormal', 'Creating', 'Running', 'Running']);
    for (const c of clusters) expect(c.nodes.length).toBeGreaterThanOrEqual(2);
    for (const c of clusters) expect(c.nodes.length).toBeLessThanOrEqual(6);
  });

  it('has registry namespaces, repositories with tags newest first, and a trigger', () => {
    const w = seedWorld('demo', T);
    expect([...w.registry.namespaces.keys()]).toEqual(['tricloud', 'demo-apps']);
    const web = w.registry.repositories.get('tricloud/web')!;
    const pushed = web.tags.map((t) => t.pushedAt);
    expect(pushed).toEqual([...pushed].sort((a, b) => b - a));
    expect(w.registry.triggers.size).toBe(1);
    expect(seedWorld('other', T, { registry: false }).registry.repositories.size).toBe(0);
  });
});

describe('seedWorld with extra services (benchmarks)', () => {
  it('adds that many services to the first cluster, the same names on every run', () => {
    const now = Date.UTC(2026, 0, 10);
    const a = seedWorld('demo', now, { large: { services: 250 } });
    const b = seedWorld('demo', now, { large: { services: 250 } });
    const prod = [...a.clusters.values()][0];
    expect(prod.services.size).toBe(253);
    expect(prod.services.get('team-3/svc-00123')?.spec.containers[0].image).toBe('nginx:1.25');
    expect([...prod.services.keys()]).toEqual([...[...b.clusters.values()][0].services.keys()]);
  });
});

describe('seedWorld with many ingresses and repositories (benchmarks)', () => {
  it('adds them with deterministic names; the registry quota still holds for new ones', () => {
    const now = Date.UTC(2026, 0, 10);
    const w = seedWorld('demo', now, { large: { ingresses: 120, repositories: 150 } });
    const prod = [...w.clusters.values()][0];
    expect(prod.ingresses.size).toBe(121);
    expect(prod.ingresses.get('default/ing-00001')?.rules[0].serviceName).toBe('nginx-web');
    expect(w.registry.repositories.size).toBe(154);
    expect(w.registry.repositories.get('bench/repo-00149')?.tags).toHaveLength(1);
    expect(seedWorld('other', now, { registry: false, large: { repositories: 5 } }).registry.repositories.size).toBe(0);
  });
});
