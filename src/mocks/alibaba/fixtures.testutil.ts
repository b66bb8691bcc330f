import { seedWorld } from './store/seed';
import { DEMO_CREDENTIALS } from '../demo-credentials';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/**
 * Valid parameters for every operation against the seeded demo world, so one table-driven test
 * can call each of them. IDs are read from the seed (deterministic), not typed in.
 */
export function demoParams(now: number): Record<string, Record<string, unknown>> {
  const w = seedWorld(DEMO_CREDENTIALS.alibaba.accessKeyId, now);
  const app = w.apps[0];
  const env = w.envs.find((e) => e.AppId === app.AppId && e.kind === 'online')!;
  const testEnv = w.envs.find((e) => e.AppId === app.AppId && e.kind === 'test')!;
  const config = w.configs.find((c) => c.Id === env.AppSchemaId)!;
  const freeConfig = w.configs.find((c) => c.AppId === app.AppId && c.Id !== env.AppSchemaId && c.Id !== testEnv.AppSchemaId);
  const cluster = w.clusters[0];
  const order = w.orders.find((o) => o.EnvId === env.EnvId)!;
  const pod = order.pods[0];
  const ap = w.slbAPs[0];
  const service = w.services[0];
  const pvEnv = w.envs[7];
  const pvc = w.pvcs[0];
  const freePv = w.pvs.find((v) => v.Status === 'Available')!;
  const label = w.labels.find((l) => l.LabelValue === 'job')!;
  const boundLabel = w.bindings.find((b) => b.LabelValue === 'web')!;
  const freeNode = w.ecs.find((e) => !e.clusterId)!;
  const member = w.ecs.find((e) => e.clusterId === cluster.InstanceId)!;
  const unlabelled = w.ecs.filter((e) => e.clusterId === cluster.InstanceId)[2];
  const emptyCluster = w.clusters[2];
  const rds = w.rds[0];
  const roles = [{ RoleName: 'Owner', UserId: '12345', UserType: 'TAOBAO' }];
  return {
    CreateApp: { BizCode: 'JST', Language: 'Java', OperatingSystem: 'Linux', ServiceType: 'StoreApplication', Title: 'new-app', UserRoles: roles, StateType: 1 },
    UpdateApp: { AppId: app.AppId, UserRoles: roles, Description: '更新' },
    ListApp: { PageNumber: 1, PageSize: 20 },
    DescribeAppDetail: { AppId: app.AppId },
    DeleteAppDetail: { AppId: app.AppId, Force: true },
    CreateEnvironment: { AppId: app.AppId, AppSchemaId: config.Id, EnvName: '预发环境', EnvType: 0, Region: 'cn-zhangjiakou', Replicas: 2 },
    UpdateEnvironment: { AppId: app.AppId, AppEnvId: env.EnvId, Replicas: 3 },
    ListAppEnvironment: { AppId: app.AppId, PageNumber: 1, PageSize: 10 },
    DeleteAppEnvironment: { AppId: app.AppId, EnvId: env.EnvId, Force: true },
    DescribeAppEnvironmentDetail: { AppId: app.AppId, EnvId: env.EnvId },
    CreateDeployConfig: { AppId: app.AppId, EnvType: 'online', Name: 'cfg-2', Deployment: b64('kind: Deployment\n'), ConfigMapList: [b64('kind: ConfigMap\n')] },
    ListDeployConfig: { AppId: app.AppId },
    DeleteDeployConfig: { SchemaId: freeConfig?.Id ?? -1 },
    UpdateDeployConfig: { AppId: app.AppId, Id: config.Id, CodePath: '/app' },
    ListAppInstance: { AppId: app.AppId, EnvId: env.EnvId, PageNumber: 1, PageSize: 10 },
    CreatePersistentVolumeClaim: { AppId: app.AppId, EnvId: env.EnvId, AccessModes: 'ReadWriteMany', Capacity: '100Gi', Name: 'data', StorageClass: 'shared' },
    DeletePersistentVolumeClaim: { AppId: pvEnv.AppId, EnvId: pvEnv.EnvId, PersistentVolumeClaimName: pvc.Name },
    ListPersistentVolumeClaim: { AppId: pvEnv.AppId, EnvId: pvEnv.EnvId, PageNumber: 1, PageSize: 10 },
    ListUsers: { PageNumber: 1, PageSize: 10 },
    CreateSlbAP: { EnvId: env.EnvId, Name: 'https', SlbId: 'lb-k2jl80ttj26mzfjnw2cc2', ListenerPort: 443, RealServerPort: 8080, Protocol: 'HTTPS', SslCertId: 'ssl-xxx', StickySession: 1, CookieTimeout: 600 },
    ModifySlbAP: { SlbAPId: ap.SlbAPId, Name: 'renamed' },
    DeleteSlbAP: { SlbAPId: ap.SlbAPId },
    DescribeSlbAPDetail: { SlbAPId: ap.SlbAPId },
    ListSlbAPs: { AppId: ap.AppId, PageNumber: 1, PageSize: 10 },
    ModifyService: { ServiceId: service.ServiceId, Name: 'svc2' },
    DeleteService: { ServiceId: service.ServiceId },
    ListServices: { AppId: service.AppId, PageNumber: 1, PageSize: 10 },
    DescribeServiceDetail: { ServiceId: service.ServiceId },
    CreateService: { EnvId: env.EnvId, Name: 'np', ServiceType: 'NodePort', K8sServiceId: 'np-svc', PortMappings: [{ Name: 'http', Protocol: 'TCP', Port: 80, TargetPort: '8080' }] },
    DeployApp: { EnvId: env.EnvId, Name: 'v2', TotalPartitions: 2, DeployPacketUrl: 'https://oss.example/app.tgz', PauseType: 'first' },
    ListDeployOrders: { AppId: app.AppId, PageNumber: 1, PageSize: 20 },
    ScaleApp: { EnvId: env.EnvId, Replicas: 6 },
    DescribeDeployOrderDetail: { DeployOrderId: order.DeployOrderId },
    ResumeDeploy: { DeployOrderId: -1 },
    CloseDeployOrder: { DeployOrderId: -1 },
    ListPods: { DeployOrderId: order.DeployOrderId, PageNumber: 1, PageSize: 10 },
    DescribePodLog: { DeployOrderId: order.DeployOrderId, AppInstId: pod.AppInstanceId },
    DescribePodEvents: { DeployOrderId: order.DeployOrderId, AppInstId: pod.AppInstanceId },
    CreatePersistentVolume: { ClusterInstanceId: cluster.InstanceId, Name: 'new-pv', Capacity: '50Gi', AccessModes: 'ReadWriteOnce', MountTargetDomain: 'x.cn-zhangjiakou.nas.aliyuncs.com', NFSVersion: '4.0', ReclaimPolicy: 'Retain', StorageClass: 'fast' },
    ListPersistentVolume: { ClusterInstanceId: cluster.InstanceId, PageNumber: 1, PageSize: 20 },
    DeletePersistentVolume: { ClusterInstanceId: cluster.InstanceId, PersistentVolumeName: freePv.Name },
    CreateNodeLabel: { ClusterId: cluster.InstanceId, LabelKey: 'label.jst.com/zone', LabelValue: 'a' },
    ListNodeLabels: { ClusterId: cluster.InstanceId, PageNumber: 1, PageSize: 5 },
    DeleteNodeLabel: { ClusterId: cluster.InstanceId, LabelKey: label.LabelKey, LabelValue: label.LabelValue, Force: true },
    BindNodeLabel: { ClusterId: cluster.InstanceId, InstanceId: unlabelled.InstanceId, LabelKey: 'label.jst.com/type', LabelValue: 'web' },
    UnbindNodeLabel: { ClusterId: cluster.InstanceId, InstanceId: boundLabel.InstanceId, LabelKey: boundLabel.LabelKey, LabelValue: boundLabel.LabelValue },
    ListNodeLabelBindings: { ClusterId: cluster.InstanceId, PageNumber: 1, PageSize: 5 },
    CreateAppResourceAlloc: { AppId: app.AppId, AppEnvId: -1, ClusterId: cluster.InstanceId },
    ListAppResourceAllocs: { PageNumber: 1, PageSize: 5 },
    DeleteAppResourceAlloc: { AppEnvId: testEnv.EnvId },
    DescribeAppResourceAlloc: { AppEnvId: env.EnvId },
    ListCluster: { PageNum: 1, PageSize: 20 },
    DeleteCluster: { ClusterInstanceId: emptyCluster.InstanceId },
    ListClusterNode: { ClusterInstanceId: cluster.InstanceId, PageNum: 1, PageSize: 20 },
    QueryClusterDetail: { ClusterInstanceId: cluster.InstanceId },
    AddClusterNode: { ClusterInstanceId: cluster.InstanceId, EcsInstanceIdList: [freeNode.InstanceId] },
    RemoveClusterNode: { ClusterInstanceId: cluster.InstanceId, EcsInstanceIdList: [member.InstanceId] },
    CreateCluster: { BusinessCode: 'JST', ClusterEnvType: 'TEST', ClusterTitle: '测试集群', ClusterType: 'Standard', RegionId: 'cn-zhangjiakou', VpcId: w.vpcs[0].VpcId, Vswitchids: [w.vpcs[0].vswitches[0]], Password: 'Abssshh123!', PodCIDR: '172.24.0.0/16', ServiceCIDR: '172.25.0.0/20' },
    ListAvailableClusterNode: { ClusterInstanceId: cluster.InstanceId, PageNum: 1, PageSize: 20 },
    DescribeDatabases: { InstanceId: rds.DBInstanceId },
    DeleteRdsAccount: { DbInstanceId: rds.DBInstanceId, AccountName: 'test1' },
    DescribeRdsAccounts: { DbInstanceId: rds.DBInstanceId },
    GrantDbToAccount: { DbInstanceId: rds.DBInstanceId, AccountName: 'test1', DbName: 'orders', AccountPrivilege: 'DMLOnly' },
    CreateDb: { DbInstanceId: rds.DBInstanceId, DbName: 'rds_mysql', CharacterSetName: 'utf8mb4', DbDescription: '测试用数据库' },
    DeleteDatabase: { DBInstanceId: rds.DBInstanceId, DBName: 'test_pop' },
    GetRdsBackUp: { DbInstanceId: rds.DBInstanceId, PageNumber: 1, PageSize: 30 },
  };
}

/** Operations whose fixture needs a step first (an order to pause, an environment without allocation). */
export const NEEDS_SETUP = new Set(['ResumeDeploy', 'CloseDeployOrder', 'CreateAppResourceAlloc', 'DeleteDeployConfig']);
