import { describe, expect, it } from 'vitest';
import { alibabaOperations } from '../../providers/alibaba/operations';
import { alignToSchema } from '../../providers/alibaba/schema-align';
import { fromXml } from '../../providers/alibaba/xml';
import { demoParams } from './fixtures.testutil';
import { createAlibabaEmulator } from './index';
import { BATCH_MS } from './store/deploy-engine';
import { signedRequest, T0 } from './testing';

type Body = Record<string, unknown>;

/** A fresh emulator on a movable clock, with a helper that calls one operation. */
function setup() {
  let now = T0;
  const emulator = createAlibabaEmulator({ now: () => now });
  const call = async (action: string, params: Record<string, unknown>, format: 'JSON' | 'XML' = 'JSON') => {
    const response = await emulator.handle(await signedRequest({ action, params, now, format }));
    return { status: response.status, text: await response.text() };
  };
  const json = async (action: string, params: Record<string, unknown>) => JSON.parse((await call(action, params)).text) as Body;
  return { emulator, call, json, advance: (ms: number) => (now += ms) };
}

/** Steps some operations need first: an order to pause or close, an environment without allocation, a config nobody uses. */
async function prepare(action: string, params: Record<string, unknown>, env: ReturnType<typeof setup>): Promise<Record<string, unknown>> {
  if (action === 'ResumeDeploy' || action === 'CloseDeployOrder') {
    const deploy = demoParams(T0).DeployApp;
    const answer = await env.json('DeployApp', deploy);
    env.advance(BATCH_MS);
    return { DeployOrderId: (answer.Result as Body).DeployOrderId };
  }
  if (action === 'CreateAppResourceAlloc') {
    const created = await env.json('CreateEnvironment', demoParams(T0).CreateEnvironment);
    return { ...params, AppEnvId: (created.Result as Body).AppEnvId };
  }
  if (action === 'DeleteDeployConfig') {
    const created = await env.json('CreateDeployConfig', demoParams(T0).CreateDeployConfig);
    return { SchemaId: (created.Result as Body).SchemaId };
  }
  return params;
}

const cases = Object.entries(demoParams(T0));

describe('the emulator answers every operation in its schema', () => {
  it('has a fixture for every operation', () => {
    expect(cases.map(([name]) => name).sort()).toEqual(Object.keys(alibabaOperations).sort());
  });

  it.each(cases)('%s (JSON)', async (action, fixture) => {
    const env = setup();
    const params = await prepare(action, fixture, env);
    const { status, text } = await env.call(action, params);
    const body = JSON.parse(text) as Body;
    expect(status, text).toBe(200);
    expect(body.Code, text).toBe(0);
    expect(typeof body.RequestId).toBe('string');
    const op = alibabaOperations[action];
    if (op.topLevelSuccess) expect(body.Success).toBe(true);
    const parsed = op.response.safeParse(body);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it.each(cases)('%s (XML)', async (action, fixture) => {
    const env = setup();
    const params = await prepare(action, fixture, env);
    const { status, text } = await env.call(action, params, 'XML');
    expect(status, text).toBe(200);
    const { root, value } = fromXml(text);
    expect(root).toBe(`${action}Response`);
    const schema = alibabaOperations[action].response;
    const parsed = schema.safeParse(alignToSchema(value, schema));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
    expect((value as Body).Code).toBe('0');
  });
});
