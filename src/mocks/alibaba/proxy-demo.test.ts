import { describe, expect, it } from 'vitest';
import { unwrapAlibaba } from '../../providers/alibaba/client';
import { alibabaOperations } from '../../providers/alibaba/operations';
import { toRawAnswer } from '../../providers/core/transport';
import { createProxyHandler } from '../../proxy/handler';
import { demoRuntime } from '../../proxy/runtime';
import { demoParams, NEEDS_SETUP } from './fixtures.testutil';
import { T0 } from './testing';

/**
 * Every operation through the console's real path in demo mode: session → proxy allow-list →
 * forwarder (signature v1) → in-process emulator → unwrap. Each case gets a fresh demo runtime,
 * so deletes and creates do not disturb each other.
 */
async function demoCaller() {
  const handle = createProxyHandler({ ...(await demoRuntime()), audit: () => undefined });
  const login = await handle(new Request('http://console.test/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo' }) }));
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  return async (operation: string, params: Record<string, unknown>) => {
    const response = await handle(
      new Request('http://console.test/api/accounts/alibaba-demo/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', cookie },
        body: JSON.stringify({ operation, region: 'cn-zhangjiakou', params }),
      }),
    );
    return unwrapAlibaba(await toRawAnswer(response), operation) as Record<string, unknown>;
  };
}

const fixtures = demoParams(T0);

describe('every operation answers through the proxy in demo mode', () => {
  it.each(Object.keys(alibabaOperations).filter((name) => !NEEDS_SETUP.has(name)))('%s', async (operation) => {
    const call = await demoCaller();
    const body = await call(operation, fixtures[operation]);
    expect(body.Code === 0 || body.Code === '0').toBe(true);
    expect(alibabaOperations[operation].response.safeParse(body).success).toBe(true);
  });

  it('CloseDeployOrder closes an order DeployApp opened, and ResumeDeploy refuses a running one', async () => {
    const call = await demoCaller();
    const deployed = await call('DeployApp', fixtures.DeployApp);
    const id = (deployed.Result as Record<string, unknown>).DeployOrderId;
    await expect(call('ResumeDeploy', { DeployOrderId: id })).rejects.toMatchObject({ provider: 'alibaba', code: '400' });
    await call('CloseDeployOrder', { DeployOrderId: id });
    const detail = await call('DescribeDeployOrderDetail', { DeployOrderId: id });
    expect(detail.Result).toMatchObject({ Status: 3, Result: 4 });
  });

  it('CreateAppResourceAlloc allocates a new environment; DeleteDeployConfig deletes an unused configuration', async () => {
    const call = await demoCaller();
    const env = await call('CreateEnvironment', fixtures.CreateEnvironment);
    const envId = (env.Result as Record<string, unknown>).AppEnvId;
    await call('CreateAppResourceAlloc', { ...fixtures.CreateAppResourceAlloc, AppEnvId: envId });
    const config = await call('CreateDeployConfig', fixtures.CreateDeployConfig);
    await call('DeleteDeployConfig', { SchemaId: (config.Result as Record<string, unknown>).SchemaId });
  });
});
