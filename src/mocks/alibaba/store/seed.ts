import { hashString, pick, seededRandom } from '../../core/random';
import { createOrder, advanceOrders, BATCH_MS } from './deploy-engine';
import { clusterInstanceId, ecsId, ipIn, podSuffix, rdsId } from './ids';
import { isoSeconds, spaced } from './time';
import type { App, Cluster, Ecs, Environment, RdsInstance, World } from './types';

const REGION = 'cn-zhangjiakou';
const DAY = 86_400_000;


function deploymentYaml(name: string, replicas: number, selector?: Record<string, string>): string {
  const sel = selector ? `      nodeSelector:\n${Object.entries(selector).map(([k, v]) => `        ${k}: "${v}"`).join('\n')}\n` : '';
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${replicas}\n  template:\n    spec:\n${sel}      containers:\n      - name: main\n        image: registry-vpc.cn-zhangjiakou.aliyuncs.com/jst/${name}:1.0.0\n        resources:\n          requests:\n            cpu: "1"\n            memory: 2Gi\n`;
}

/**
 * One account's demo world: the same for a given AccessKeyId on every start (seeded PRNG), with
 * times relative to `now` so a demo looks recent. Region cn-zhangjiakou, as in every example.
 */
export function seedWorld(accessKeyId: string, now: number): World {
  const rand = seededRandom(hashString(`alibaba:${accessKeyId}`));
  const world: World = {
    users: [
      { UserId: '12345', UserType: 'TAOBAO', RealName: '张三' },
      { UserId: '56789', UserType: 'TAOBAO', RealName: '李四' },
      { UserId: 'abcdkfafsf', UserType: 'DING_TALK', RealName: '王五' },
      { UserId: '20001', UserType: 'DING_TALK', RealName: '赵六' },
      { UserId: '20002', UserType: 'TAOBAO', RealName: '孙七' },
      { UserId: '20003', UserType: 'DING_TALK', RealName: '周八' },
    ],
    apps: [],
    configs: [],
    envs: [],
    pvcs: [],
    slbs: [],
    slbAPs: [],
    services: [],
    orders: [],
    pvs: [],
    labels: [],
    bindings: [],
    allocs: [],
    clusters: [],
    ecs: [],
    vpcs: [{ VpcId: 'vpc-8vbm6coyrh92bbjj1ej0n', cidr: '192.168.0.0/16', vswitches: ['vsw-8vbq2k29mzi65lo7c6lzs', 'vsw-8vb18s66ry10ch52hw3u4'] }],
    rds: [],
    seq: { AppId: 8362, EnvId: 2778, SchemaId: 560, DeployOrderId: 12029, SlbAPId: 120, ServiceId: 300, PvcId: 40, PvId: 60, LabelId: 11, BindingId: 21, AllocId: 6, ClusterId: 138 },
    rand,
  };
  const vpc = world.vpcs[0];

  // ECS instances: 10 in three clusters, 4 free in the VPC for AddClusterNode.
  for (let i = 0; i < 14; i++) {
    const windows = i === 13;
    world.ecs.push({
      InstanceId: ecsId(rand),
      InstanceName: `worker-k8s-for-cs-${i < 10 ? 'node' : 'spare'}-${i + 1}`,
      VpcId: vpc.VpcId,
      RegionId: REGION,
      EcsZone: `${REGION}-${pick(rand, ['a', 'b', 'c'])}`,
      EcsCpu: i % 3 === 0 ? 8 : 4,
      EcsMemory: i % 3 === 0 ? 16384 : 8192,
      EcsOsType: windows ? 'windows' : 'linux',
      OSName: windows ? 'Windows Server 2019' : 'CentOS 7.6 64位',
      InstanceType: i % 3 === 0 ? 'ecs.c6.2xlarge' : 'ecs.c6.xlarge',
      EcsPrivateIp: ipIn(rand, `192.168.${48 + (i % 2)}`),
      EcsPublicIp: ipIn(rand, '39.99.251'),
      EcsEip: '',
      EcsExpiredTime: '2099-12-31',
      EcsLocalStorageCapacity: 40,
      BusinessCode: 'JST',
    });
  }
  const clusterSpecs: [string, string, Cluster['envType'], number[]][] = [
    ['正式环境集群', 'JST', 'PRO', [0, 1, 2, 3]],
    ['测试环境集群', 'JST', 'TEST', [4, 5, 6]],
    ['新零售测试集群', 'NEW_RETAIL', 'TEST', [7, 8, 9]],
  ];
  for (const [title, biz, envType, members] of clusterSpecs) {
    const cluster: Cluster = {
      Id: world.seq.ClusterId++,
      InstanceId: clusterInstanceId(rand),
      ClusterTitle: title,
      BusinessCode: biz,
      envType,
      ClusterType: 'Standard',
      KeyPair: '',
      Password: 'Taeroott1234!',
      NetPlug: 'terway',
      PodCIDR: '172.22.0.0/16',
      ServiceCIDR: '172.23.0.0/20',
      RegionId: REGION,
      RegionName: REGION,
      VpcId: vpc.VpcId,
      VswitchIds: [...vpc.vswitches],
      createdAt: now - 90 * DAY,
      readyAt: now - 90 * DAY,
    };
    world.clusters.push(cluster);
    for (const m of members) {
      world.ecs[m].clusterId = cluster.InstanceId;
      world.ecs[m].BusinessCode = biz;
    }
  }
  const [prod, test] = world.clusters;
  const nodesOf = (c: Cluster) => world.ecs.filter((e: Ecs) => e.clusterId === c.InstanceId);
  // Node labels: web nodes in production (used by the blog's nodeSelector), a gpu label unbound.
  world.labels.push({ Id: world.seq.LabelId++, ClusterId: prod.InstanceId, LabelKey: 'label.jst.com/type', LabelValue: 'web' });
  world.labels.push({ Id: world.seq.LabelId++, ClusterId: prod.InstanceId, LabelKey: 'label.jst.com/type', LabelValue: 'job' });
  world.labels.push({ Id: world.seq.LabelId++, ClusterId: test.InstanceId, LabelKey: 'label.jst.com/gpu', LabelValue: 'none' });
  for (const node of nodesOf(prod).slice(0, 2)) {
    world.bindings.push({ Id: world.seq.BindingId++, ClusterId: prod.InstanceId, InstanceId: node.InstanceId, InstanceType: 'ECS', LabelKey: 'label.jst.com/type', LabelValue: 'web' });
  }
  world.bindings.push({ Id: world.seq.BindingId++, ClusterId: prod.InstanceId, InstanceId: nodesOf(prod)[3].InstanceId, InstanceType: 'ECS', LabelKey: 'label.jst.com/type', LabelValue: 'job' });

  world.slbs.push(
    { SlbId: 'lb-k2jl80ttj26mzfjnw2cc2', SlbIp: '39.98.25.10', NetworkMode: 'internet' },
    { SlbId: 'lb-8vbtx1h2c3d4e5f6g7h8i', SlbIp: '192.168.50.20', NetworkMode: 'intranet' },
    { SlbId: 'lb-8vbq9w8e7r6t5y4u3i2o1', SlbIp: '39.98.25.11', NetworkMode: 'internet' },
  );

  const appSpecs: [string, string, string, App['AppStateType'], Record<string, string> | undefined][] = [
    ['jst-blog', '技术博客', 'Java', 'stateless', { 'label.jst.com/type': 'web' }],
    ['order-sync', '订单同步', 'Java', 'stateless', undefined],
    ['erp-gateway', 'ERP网关', 'PHP', 'stateless', undefined],
    ['report-db', '报表服务', 'Python', 'stateful', undefined],
  ];
  for (const [title, bizTitle, language, state, selector] of appSpecs) {
    const app: App = {
      AppId: world.seq.AppId++,
      Title: title,
      Description: `${bizTitle}应用`,
      Language: language,
      OperatingSystem: 'Linux',
      BizName: 'JST',
      ServiceType: 'StoreApplication',
      DeployType: 'ContainerDeployment',
      BizTitle: bizTitle,
      AppStateType: state,
      Namespace: title,
      UserRoles: [
        { RoleName: 'Owner', UserId: '12345', UserType: 'TAOBAO' },
        { RoleName: 'Dev', UserId: 'abcdkfafsf', UserType: 'DING_TALK' },
      ],
    };
    world.apps.push(app);
    for (const kind of ['test', 'online'] as const) {
      const replicas = kind === 'online' ? 4 : 2;
      const yaml = deploymentYaml(title, replicas, kind === 'online' ? selector : undefined);
      const config = {
        Id: world.seq.SchemaId++,
        AppId: app.AppId,
        Name: `${title}-${kind}`,
        EnvType: kind,
        CodePath: '/home/admin/app',
        Deployment: state === 'stateless' ? yaml : '',
        StatefulSet: state === 'stateful' ? yaml.replace('kind: Deployment', 'kind: StatefulSet') : '',
        ConfigMap: '',
        ConfigMapList: [`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${title}-config\ndata:\n  LOG_LEVEL: info\n`],
      };
      world.configs.push(config);
      const env: Environment = {
        EnvId: world.seq.EnvId++,
        AppId: app.AppId,
        EnvName: kind === 'online' ? '正式环境' : '测试环境',
        kind,
        AppSchemaId: config.Id,
        Region: REGION,
        Replicas: replicas,
        namespace: app.Namespace,
        instances: [],
      };
      world.envs.push(env);
      world.allocs.push({ Id: world.seq.AllocId++, AppId: app.AppId, AppEnvId: env.EnvId, ClusterId: (kind === 'online' ? prod : test).InstanceId, ResourceDef: '{"cpu":"1","memory":"2Gi"}' });
      // Instances that were there before the history below.
      for (let i = 0; i < replicas; i++) {
        const node = nodesOf(kind === 'online' ? prod : test)[i % 2];
        env.instances.push({ AppInstanceId: `${app.Namespace}-${podSuffix(rand)}`, CreateTime: isoSeconds(now - 30 * DAY), Spec: '1vcpu 2GB', RestartCount: i % 3, HostIp: node.EcsPrivateIp, PodIp: ipIn(rand, '172.20.5'), Health: 'RUNNING' });
      }
    }
  }
  // History: one finished deploy per environment, a little in the past. The first one is 20
  // minutes old, so its pods still have events (k8s drops them after an hour) for the demo.
  world.envs.forEach((env, i) => {
    const start = i === 0 ? now - 20 * 60_000 : now - (i + 1) * 3 * 3_600_000;
    createOrder(world, env, { category: 'deploy', name: `发布-${env.EnvName}-v1.0.${i}`, description: '例行发布', totalPartitions: 2, pauseType: 'none', targetReplicas: env.Replicas, user: { id: '12345', nick: '张三' } }, start);
    advanceOrders(world, start + 10 * BATCH_MS);
  });

  const blogOnline = world.envs[1];
  world.slbAPs.push(
    { SlbAPId: world.seq.SlbAPId++, AppId: blogOnline.AppId, EnvId: blogOnline.EnvId, Name: 'blog-http', SlbId: 'lb-k2jl80ttj26mzfjnw2cc2', SlbIp: '39.98.25.10', NetworkMode: 'internet', ListenerPort: 80, RealServerPort: 8080, Protocol: 'HTTP', StickySession: 0, CookieTimeout: 86400 },
    { SlbAPId: world.seq.SlbAPId++, AppId: blogOnline.AppId, EnvId: blogOnline.EnvId, Name: 'blog-tcp', SlbId: 'lb-8vbtx1h2c3d4e5f6g7h8i', SlbIp: '192.168.50.20', NetworkMode: 'intranet', ListenerPort: 8080, RealServerPort: 8080, Protocol: 'TCP', EstablishedTimeout: 900 },
  );
  for (const env of world.envs.slice(0, 3)) {
    world.services.push({ ServiceId: world.seq.ServiceId++, AppId: env.AppId, EnvId: env.EnvId, Name: `${env.namespace}-svc`, K8sServiceId: `${env.namespace}-service`, ServiceType: 'ClusterIP', Headless: false, PortMappings: [{ Name: 'http', Protocol: 'TCP', Port: 80, TargetPort: '8080' }] });
  }

  // NAS volumes: one bound to the report database's claim, one free.
  const reportOnline = world.envs[7];
  world.pvs.push(
    { Id: world.seq.PvId++, ClusterInstanceId: prod.InstanceId, Name: 'report-nas-pv', Capacity: '500Gi', AccessModes: 'ReadWriteMany', ReclaimPolicy: 'Retain', Status: 'Bound', PvcName: 'report-data', MountDir: '/report', MountTargetDomain: '0a1b2c3d4e-abc12.cn-zhangjiakou.nas.aliyuncs.com', NFSVersion: '4.0', StorageClass: 'nas', Reason: '', CreateTime: spaced(now - 60 * DAY) },
    { Id: world.seq.PvId++, ClusterInstanceId: prod.InstanceId, Name: 'shared-nas-pv', Capacity: '200Gi', AccessModes: 'ReadWriteMany', ReclaimPolicy: 'Delete', Status: 'Available', PvcName: '', MountDir: '/shared', MountTargetDomain: '0a1b2c3d4e-abc12.cn-zhangjiakou.nas.aliyuncs.com', NFSVersion: '3', StorageClass: 'shared', Reason: '', CreateTime: spaced(now - 20 * DAY) },
  );
  world.pvcs.push({ Id: world.seq.PvcId++, AppId: reportOnline.AppId, EnvId: reportOnline.EnvId, Name: 'report-data', Capacity: '300Gi', AccessModes: 'ReadWriteMany', StorageClass: 'nas', Status: 'Bound', VolumeName: 'report-nas-pv', CreateTime: spaced(now - 59 * DAY) });

  world.rds.push(seedRds(rand, 'MySQL', now), seedRds(rand, 'SQLServer', now));
  return world;
}

function seedRds(rand: () => number, engine: RdsInstance['Engine'], now: number): RdsInstance {
  const mysql = engine === 'MySQL';
  const id = rdsId(rand);
  const dbs = mysql ? ['sys_info', 'test_pop', 'orders'] : ['erp'];
  return {
    DBInstanceId: id,
    Engine: engine,
    role: 'Primary',
    status: 'Running',
    databases: dbs.map((name) => ({ DBName: name, DBDescription: '', CharacterSetName: mysql ? 'utf8' : 'Chinese_PRC_CI_AS', status: 'Running' as const })),
    accounts: [
      { AccountName: 'test1', AccountDescription: '只读账号', AccountType: 'Normal', AccountStatus: 'Available', privileges: { [dbs[0]]: 'ReadOnly' } },
      { AccountName: 'test2', AccountDescription: '读写账号', AccountType: 'Normal', AccountStatus: 'Available', privileges: Object.fromEntries(dbs.map((d) => [d, 'ReadWrite'])) },
    ],
    backups: Array.from({ length: 5 }, (_, i) => {
      const start = now - (i + 1) * DAY;
      return {
        BackupId: String(403943940 - i * 1360267),
        BackupStatus: 'Success' as const,
        BackupStartTime: spaced(start),
        BackupEndTime: spaced(start + 95_000),
        BackupType: (i === 2 ? 'IncrementalBackup' : 'FullBackup') as 'FullBackup' | 'IncrementalBackup',
        BackupMode: (i === 4 ? 'Manual' : 'Automated') as 'Manual' | 'Automated',
        BackupMethod: 'Physical' as const,
        BackupLocation: 'OSS',
        BackupScale: 'DBInstance',
        BackupDBNames: dbs.join(','),
        BackupSize: 1_875_968 - i * 4096,
        HostInstanceID: '8317197',
        StoreStatus: 'Disabled' as const,
        MetaStatus: '',
      };
    }),
  };
}
