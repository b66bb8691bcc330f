import { describe, expect, it } from 'vitest';
import { alibabaOperations } from '../../providers/alibaba/operations';
import {
  age,
  appProblems,
  batchesOf,
  createEnvType,
  deployConfigProblems,
  deployConfigYamlParams,
  deployProblems,
  elapsed,
  envProblems,
  fromBase64,
  kindOfListedEnv,
  listEnvType,
  orderStateKey,
  orderTone,
  partitionsAdvice,
  scaleProblem,
  splitYamlDocuments,
  toBase64,
  yamlProblem,
} from './rules';

const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: shop\n';
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop-config\ndata:\n  A: "1"\n';

describe('environment type codings (three in one document)', () => {
  it('CreateEnvironment 0/1, the lists 1/2', () => {
    expect(createEnvType('test')).toBe(0);
    expect(createEnvType('online')).toBe(1);
    expect(kindOfListedEnv(1)).toBe('test');
    expect(kindOfListedEnv('2')).toBe('online');
    expect(listEnvType('online')).toBe(2);
    // The create coding passes the operation's own schema, the list coding would not.
    expect(alibabaOperations.CreateEnvironment.params.safeParse({ AppId: 1, AppSchemaId: 2, EnvName: 'e', EnvType: createEnvType('online'), Region: 'cn-zhangjiakou', Replicas: 1 }).success).toBe(true);
    expect(alibabaOperations.CreateEnvironment.params.safeParse({ AppId: 1, AppSchemaId: 2, EnvName: 'e', EnvType: listEnvType('online'), Region: 'cn-zhangjiakou', Replicas: 1 }).success).toBe(false);
  });
});

describe('deploy configuration YAML', () => {
  it('Base64 round-trips UTF-8', () => {
    const text = 'data:\n  GREETING: 你好\n';
    expect(fromBase64(toBase64(text))).toBe(text);
    expect(toBase64('kind: ConfigMap')).toBe('a2luZDogQ29uZmlnTWFw');
  });
  it('checks tabs, apiVersion and kind against the field', () => {
    expect(yamlProblem('', 'Deployment')).toBeUndefined();
    expect(yamlProblem(deployment, 'Deployment')).toBeUndefined();
    expect(yamlProblem(deployment, 'StatefulSet')).toBe('rule.yamlKindStatefulSet');
    expect(yamlProblem(deployment.replace('  name', '\tname'), 'Deployment')).toBe('rule.yamlTabs');
    expect(yamlProblem('kind: Deployment\n', 'Deployment')).toBe('rule.yamlApiVersion');
    expect(yamlProblem('apiVersion: v1\n', 'ConfigMap')).toBe('rule.yamlKind');
    expect(yamlProblem('{"kind":"Deployment"}', 'Deployment')).toBe('rule.yamlNotObject');
  });
  it('a stateless app takes a Deployment, a stateful one a StatefulSet, ConfigMaps are ConfigMaps', () => {
    expect(deployConfigProblems({ Name: 'c', EnvType: 'test', Workload: deployment }, false, false)).toEqual({});
    expect(deployConfigProblems({ Name: 'c', EnvType: 'test', Workload: deployment }, true, false)).toEqual({ Workload: 'rule.yamlKindStatefulSet' });
    expect(deployConfigProblems({ Workload: deployment, ConfigMaps: `${configMap}---\n${deployment}` }, false, false)).toEqual({ Name: 'rule.required', EnvType: 'rule.required', ConfigMaps: 'rule.yamlKindConfigMap' });
    // Editing: name and type are not updatable, so not asked for.
    expect(deployConfigProblems({}, false, true)).toEqual({});
  });
  it('sends the workload under its kind and each ConfigMap Base64-encoded', () => {
    const p = deployConfigYamlParams({ Workload: deployment, ConfigMaps: `${configMap}---\n${configMap.replace('shop-config', 'other')}` }, false);
    expect(Object.keys(p).sort()).toEqual(['ConfigMapList', 'Deployment']);
    expect(fromBase64(p.Deployment!)).toContain('kind: Deployment');
    expect(p.ConfigMapList).toHaveLength(2);
    expect(fromBase64(p.ConfigMapList![1])).toContain('name: other');
    expect(deployConfigYamlParams({ Workload: deployment.replace('Deployment', 'StatefulSet') }, true).StatefulSet).toBeTruthy();
    expect(splitYamlDocuments('\n---\n')).toEqual([]);
  });
});

describe('form rules', () => {
  it('app: unique title, k8s namespace', () => {
    expect(appProblems({ Title: 'shop', Namespace: 'shop-ns' }, ['blog'])).toEqual({});
    expect(appProblems({ Title: ' blog ', Namespace: 'Bad_NS' }, ['blog'])).toEqual({ Title: 'rule.titleTaken', Namespace: 'rule.namespace' });
    expect(appProblems({ Namespace: 'a'.repeat(64) }, [])).toEqual({ Title: 'rule.required', Namespace: 'rule.namespace' });
  });
  it('environment: every create field required, replicas ≥ 0, unique names', () => {
    expect(envProblems({}, [], false)).toEqual({ EnvName: 'rule.required', kind: 'rule.required', AppSchemaId: 'rule.required', Region: 'rule.required', Replicas: 'rule.required' });
    expect(envProblems({ EnvName: 'prod', kind: 'online', AppSchemaId: 1, Region: 'cn-zhangjiakou', Replicas: -1 }, ['prod'], false)).toEqual({ EnvName: 'rule.envNameTaken', Replicas: 'rule.replicas' });
    expect(envProblems({ Replicas: 3 }, [], true)).toEqual({});
  });
  it('deploy: name, batches ≥ 1, HTTP(S) package, a package when the config has a code path', () => {
    expect(deployProblems({ Name: 'v1', TotalPartitions: 2 }, false)).toEqual({});
    expect(deployProblems({ TotalPartitions: 0, DeployPacketUrl: 'ftp://x/y.jar' }, false)).toEqual({ Name: 'rule.required', TotalPartitions: 'rule.partitions', DeployPacketUrl: 'rule.packetUrl' });
    expect(deployProblems({ Name: 'v1', TotalPartitions: 2 }, true)).toEqual({ DeployPacketUrl: 'rule.packetNeeded' });
    expect(deployProblems({ Name: 'v1', TotalPartitions: 2, DeployPacketId: 123 }, true)).toEqual({});
    expect(partitionsAdvice(1)).toBe('deploy.oneBatchAdvice');
    expect(partitionsAdvice(2)).toBeUndefined();
  });
  it('scale: a whole number ≥ 0 other than the current count', () => {
    expect(scaleProblem(null, 2)).toBe('rule.required');
    expect(scaleProblem(-1, 2)).toBe('rule.replicas');
    expect(scaleProblem(2, 2)).toBe('rule.scaleSame');
    expect(scaleProblem(0, 2)).toBeUndefined();
  });
});

describe('deploy orders', () => {
  it('tones and words by status, then result', () => {
    expect([orderTone(1, 0), orderTone(2, 0), orderTone(3, 1), orderTone(3, 2), orderTone(3, 4)]).toEqual(['processing', 'warning', 'success', 'error', 'error']);
    expect([orderStateKey(1, 0), orderStateKey(2, 0), orderStateKey(3, 1), orderStateKey(3, 4)]).toEqual(['order.status.1', 'order.status.2', 'order.result.1', 'order.result.4']);
  });
  it('batches: running, paused after the first, done, and derived without DeployPartitionList', () => {
    const pods = [
      { AppInstanceId: 'a', DeployPartitionNum: 1, Status: 3, Result: 1 },
      { AppInstanceId: 'b', DeployPartitionNum: 2, Status: 1, Result: 0 },
    ];
    expect(batchesOf({ TotalPartitions: 2, CurrentPartitionNum: 1, Status: 2 }, pods).map((b) => b.state)).toEqual(['done', 'paused']);
    expect(batchesOf({ TotalPartitions: 2, CurrentPartitionNum: 2, Status: 1 }, pods).map((b) => b.state)).toEqual(['done', 'running']);
    expect(batchesOf({ TotalPartitions: 3, CurrentPartitionNum: 1, Status: 1 }, [{ AppInstanceId: 'a', DeployPartitionNum: 1, Status: 1, Result: 0 }]).map((b) => b.state)).toEqual(['running', 'waiting', 'waiting']);
    const listed = batchesOf({ TotalPartitions: 2, CurrentPartitionNum: 2, Status: 3, Result: 4, DeployPartitionList: [{ PartitionNum: 1, Status: 3, AppInstanceIdList: ['a'] }, { PartitionNum: 2, Status: 3, AppInstanceIdList: ['b'] }] }, [
      { AppInstanceId: 'a', DeployPartitionNum: 1, Status: 3, Result: 1 },
      { AppInstanceId: 'b', DeployPartitionNum: 2, Status: 3, Result: 4 },
    ]);
    expect(listed).toEqual([
      { num: 1, state: 'done', pods: ['a'] },
      { num: 2, state: 'failed', pods: ['b'] },
    ]);
  });
  it('age and elapsed the kubectl way', () => {
    const now = Date.parse('2026-01-02T00:00:00Z');
    expect(age('2026-01-01T23:59:30Z', now)).toBe('30s');
    expect(age('2026-01-01 23:00:00', now + new Date().getTimezoneOffset() * 60_000)).toBe('60m');
    expect(age('2025-12-29T00:00:00Z', now)).toBe('4d');
    expect(age('', now)).toBe('');
    expect(elapsed(65)).toBe('1m 05s');
    expect(elapsed('9')).toBe('9s');
  });
});
