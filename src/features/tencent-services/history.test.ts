import { describe, expect, it } from 'vitest';
import { pushRevision, snapshot, type Revision } from './history';

describe('revision history', () => {
  it('snapshots images, replicas and strategy; newest first, at most 20', () => {
    const rev = snapshot({ containers: [{ containerName: 'web', image: 'web:v1' }], desiredReplicas: 2, strategy: 'RollingUpdate' }, 'ModifyClusterServiceImage', 5);
    expect(rev).toEqual({ at: 5, change: 'ModifyClusterServiceImage', images: ['web: web:v1'], replicas: 2, strategy: 'RollingUpdate' });
    let list: Revision[] = [];
    for (let i = 0; i < 25; i++) list = pushRevision(list, { ...rev, at: i });
    expect(list).toHaveLength(20);
    expect(list[0].at).toBe(24);
  });
});
