import { describe, expect, it } from 'vitest';
import { DURATIONS, quickenClusterTasks } from './clock';

describe('quickenClusterTasks (demo knob for the journeys)', () => {
  it('shortens cluster-level tasks only, service rollouts keep their pace', () => {
    const before = { ...DURATIONS };
    quickenClusterTasks(4);
    try {
      expect(DURATIONS.clusterCreate).toBe(before.clusterCreate / 4);
      expect(DURATIONS.nodeAdd).toBe(before.nodeAdd / 4);
      expect(DURATIONS.serviceUpdate).toBe(before.serviceUpdate);
      expect(DURATIONS.serviceCreate).toBe(before.serviceCreate);
    } finally {
      Object.assign(DURATIONS, before);
    }
  });
});
