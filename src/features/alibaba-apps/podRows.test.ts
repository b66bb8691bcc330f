import { describe, expect, it } from 'vitest';
import { podRows } from './podRows';

const step = (code: string, status: string) => [{ StepCode: code, StepName: code === 'DeleteAppInstance' ? '删除应用' : '启动应用', Status: status }];

describe('podRows: instances joined with the latest order’s pods', () => {
  it('a running instance touched by a finished order is running, with restarts and node', () => {
    const rows = podRows(
      [{ AppInstanceId: 'p1', RestartCount: 2, CreateTime: '2026-01-01T00:00:00Z', HostIp: '192.168.0.1', PodIp: '172.20.3.1', Health: 'RUNNING' }],
      [{ AppInstanceId: 'p1', HostName: 'node-1', Status: 3, Result: 1, DeployPartitionNum: 1, DeploySteps: step('StartAppInstance', 'SUCCESS'), StartTime: '2026-01-01T00:00:00Z' }],
    );
    expect(rows).toEqual([
      { name: 'p1', status: 'running', node: 'node-1', hostIp: '192.168.0.1', podIp: '172.20.3.1', restarts: 2, since: '2026-01-01T00:00:00Z', batch: 1, step: '启动应用', stepStatus: 'SUCCESS', health: 'RUNNING' },
    ]);
  });
  it('adds the order’s pods that do not run (deploying, waiting for resume, failed) and hides finished deletions', () => {
    const rows = podRows(
      [{ AppInstanceId: 'old', RestartCount: 0 }],
      [
        { AppInstanceId: 'new1', Status: 1, Result: 0, DeployPartitionNum: 1, StartTime: '2026-01-01T00:00:00Z', DeploySteps: step('StartAppInstance', 'PROCESSING') },
        { AppInstanceId: 'new2', Status: 1, Result: 0, DeployPartitionNum: 2, StartTime: '' },
        { AppInstanceId: 'bad', Status: 3, Result: 2, DeployPartitionNum: 1, StartTime: '2026-01-01T00:00:00Z' },
        { AppInstanceId: 'gone', Status: 3, Result: 1, DeployPartitionNum: 1, StartTime: '2026-01-01T00:00:00Z', DeploySteps: step('DeleteAppInstance', 'SUCCESS') },
      ],
      true,
    );
    expect(rows.map((r) => [r.name, r.status])).toEqual([
      ['old', 'running'],
      ['new1', 'deploying'],
      ['new2', 'paused'],
      ['bad', 'failed'],
    ]);
  });
});
