import { describe, expect, it } from 'vitest';
import { neteaseOps } from '../../../providers/netease/operations';
import { blockedReason, detailPortMaps, detailPublicNet, detailSpec, evenWeights, isTransitional, issuePaths, sameRepositoryImages, spaceDeleteBlock, splitImagePath } from './rules';

describe('status and actions', () => {
  it('treats the in-progress words as a rollout and *_succ as settled', () => {
    for (const s of ['creating', 'updating', 'scaling', 'restarting', 'hard_rebooting']) expect(isTransitional(s), s).toBe(true);
    for (const s of ['create_succ', 'update_succ', 'elastic_scale_succ', 'restart_succ', 'create_fail', undefined]) expect(isTransitional(s), String(s)).toBe(false);
  });
  it('allows each action only on the kind of service the document names, and not while another runs', () => {
    const stateless = { stateful: 0, status: 'create_succ' };
    const stateful = { stateful: 1, status: 'restart_succ' };
    expect(['scale', 'image', 'spec', 'stateless', 'ports', 'delete'].map((a) => blockedReason(a as never, stateless))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(['stateful', 'restart', 'restartContainer'].map((a) => blockedReason(a as never, stateless))).toEqual(['statefulOnly', 'statefulOnly', 'statefulOnly']);
    expect(['scale', 'image', 'spec', 'stateless'].map((a) => blockedReason(a as never, stateful))).toEqual(['statelessOnly', 'statelessOnly', 'statelessOnly', 'statelessOnly']);
    expect(blockedReason('restart', stateful)).toBeUndefined();
    expect(blockedReason('ports', { stateful: 0, status: 'scaling' })).toBe('busy');
    expect(blockedReason('delete', { stateful: 0, status: 'scaling' })).toBeUndefined();
  });
  it('says why a space cannot be deleted', () => {
    expect(spaceDeleteBlock({ deletable: true, display_name: 'a' }, 0)).toBeUndefined();
    expect(spaceDeleteBlock({ deletable: false, display_name: 'a' }, 2)).toBe('hasServices');
    expect(spaceDeleteBlock({ deletable: false, display_name: 'default' }, 0)).toBe('notDeletable');
  });
});

describe('9.7 JSON-string fields', () => {
  it('reads the camelCase port maps, the public network and the spec of the document’s example', () => {
    expect(detailPortMaps('[{"destPort":80,"protocol":"TCP","sourcePort":8080}]')).toEqual([{ protocol: 'TCP', dest_port: 80, source_port: 8080 }]);
    expect(detailPublicNet('{"bandwidth":20,"type":"flow","used":true}')).toEqual({ used: true, type: 'flow', bandwidth: 20 });
    expect(detailSpec('{"cpu":1000,"diskType":"SSD","id":1,"memory":671088640,"name":"微小型","price":0.049,"storage":20}')).toMatchObject({ id: 1, cpu: 1000, memory: 671088640 });
    expect(detailPortMaps('not json')).toEqual([]);
    expect(detailPublicNet(undefined)).toEqual({ used: false, type: 'flow', bandwidth: 0 });
  });
});

describe('weights and images', () => {
  it('splits 100 so the shares sum to 100', () => {
    expect(evenWeights(1)).toEqual([100]);
    expect(evenWeights(2)).toEqual([50, 50]);
    expect(evenWeights(3)).toEqual([34, 33, 33]);
    for (const n of [1, 2, 3, 6, 7]) expect(evenWeights(n).reduce((a, b) => a + b, 0)).toBe(100);
  });
  it('offers tags of the same repository only (9.12)', () => {
    expect(splitImagePath('hub.c.163.com/public/ubuntu:14.04')).toEqual({ repository: 'hub.c.163.com/public/ubuntu', tag: '14.04' });
    const images = [{ image_path: 'hub.c.163.com/public/ubuntu:14.04' }, { image_path: 'hub.c.163.com/public/ubuntu:16.04' }, { image_path: 'hub.c.163.com/public/centos:6.5' }, { image_path: 'hub.c.163.com/admin/ubuntu:v1' }];
    expect(sameRepositoryImages('hub.c.163.com/public/ubuntu:14.04', images)).toEqual(['hub.c.163.com/public/ubuntu:14.04', 'hub.c.163.com/public/ubuntu:16.04']);
  });
  it('points each refused value at its field', () => {
    const paths = issuePaths(neteaseOps.updateServiceImage.params, { id: 1, container_images: [{ container_id: 2, image_path: 'ubuntu' }], min_ready_seconds: 601 });
    expect([...paths.keys()].sort()).toEqual(['container_images.0.image_path', 'min_ready_seconds']);
    expect([...issuePaths(neteaseOps.scaleService.params, { id: 1, new_replicas: 6 }).keys()]).toEqual(['new_replicas']);
    expect(issuePaths(neteaseOps.scaleService.params, { id: 1, new_replicas: 5 }).size).toBe(0);
  });
});
