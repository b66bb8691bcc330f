import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddClusterInstances } from '../../../providers/tencent/operations/generated/node';
import { stubDemoProxy } from '../../shared/demoProxy.testutil';

afterEach(() => vi.unstubAllGlobals());

async function call<R>(operation: string, params: Record<string, unknown>): Promise<R> {
  const r = await fetch('/api/accounts/tencent-demo/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ operation, region: 'gz', params }) });
  return ((await r.json()) as { data: R }).data;
}

describe('a new empty cluster, through the proxy and the emulator', () => {
  it('reports its system in the spelling AddClusterInstances accepts, whatever case CreateEmptyCluster was sent', async () => {
    await stubDemoProxy();
    // CreateEmptyCluster's table prints the systems capitalised.
    const { clusterId } = await call<{ clusterId: string }>('CreateEmptyCluster', { clusterName: 'os-check', clusterCIDR: '10.77.0.0/16', osName: 'Ubuntu16.04.1 LTSx86_64', vpcId: 'vpc-os0check' });
    const { clusters } = await call<{ clusters: { os: string; status: string }[] }>('DescribeCluster', { clusterIds: [clusterId] });
    expect(clusters[0].status).toBe('Creating');
    expect(AddClusterInstances.params.shape.osName.safeParse(clusters[0].os).success).toBe(true);
  });
});
