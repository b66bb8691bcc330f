import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../demo-credentials';
import { seedWorld } from './seed';

const strip = (w: ReturnType<typeof seedWorld>) => ({ ...w, random: undefined });

describe('seedWorld', () => {
  it('is deterministic: the same key gives the same world', () => {
    expect(strip(seedWorld('tricloud', DEMO_CREDENTIALS.netease.appKey))).toEqual(strip(seedWorld('tricloud', DEMO_CREDENTIALS.netease.appKey)));
  });

  it('gives another account other ids and fingerprints', () => {
    const a = seedWorld('tricloud', DEMO_CREDENTIALS.netease.appKey);
    const b = seedWorld('other', '1'.repeat(32));
    expect(a.repos[0].repo_id).not.toBe(b.repos[0].repo_id);
    expect(a.secretKeys[0].fingerprint).not.toBe(b.secretKeys[0].fingerprint);
    expect(b.namespaces.map((n) => n.namespace)).toContain('production-other');
  });

  it('holds what the pages need: repositories with built and failed tags, a default space, both service kinds, an LB with listeners, mounted and free volumes, IPs in several states', () => {
    const w = seedWorld('tricloud', DEMO_CREDENTIALS.netease.appKey);
    expect(w.repos.length).toBeGreaterThanOrEqual(5);
    const statuses = new Set(w.repos.flatMap((r) => r.tags.map((t) => t.status)));
    expect(statuses).toEqual(new Set([2, 3]));
    expect(w.namespaces.filter((n) => n.isDefault)).toHaveLength(1);
    expect(new Set(w.services.map((s) => s.stateful))).toEqual(new Set([0, 1]));
    expect(w.loadBalancers[0].listeners.map((l) => l.protocol)).toEqual(['http', 'https']);
    expect(w.volumes.some((v) => v.mount) && w.volumes.some((v) => !v.mount)).toBe(true);
    expect(new Set(w.ips.map((i) => i.status))).toEqual(new Set(['available', 'binded', 'disabled']));
    expect(w.secretKeys.length).toBeGreaterThanOrEqual(2);
    expect(w.certificates).toHaveLength(1);
  });
});

describe('seedWorld with many IPs (benchmarks)', () => {
  it('adds that many free IPs after the usual ones, the same on every run', () => {
    const base = seedWorld('demo', 'seed-key').ips.length;
    const a = seedWorld('demo', 'seed-key', { ips: 300 });
    expect(a.ips).toHaveLength(base + 300);
    expect(a.ips.slice(base).every((i) => i.status === 'available')).toBe(true);
    expect(a.ips.map((i) => i.ip)).toEqual(seedWorld('demo', 'seed-key', { ips: 300 }).ips.map((i) => i.ip));
  });
});
