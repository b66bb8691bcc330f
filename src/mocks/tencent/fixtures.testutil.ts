import { harness } from './testing';

type H = ReturnType<typeof harness>;

/** Ids of the seeded demo world, looked up through the API itself. */
export async function demoIds(h: H) {
  const clusters = (await h.ok('DescribeCluster', { limit: 100 })).clusters as Array<{ clusterId: string; clusterName: string }>;
  const prod = clusters.find((c) => c.clusterName === 'prod-web')!.clusterId;
  const staging = clusters.find((c) => c.clusterName === 'staging')!.clusterId;
  const nodes = (await h.ok('DescribeClusterInstances', { clusterId: prod })).nodes as Array<{ instanceId: string; lanIp: string }>;
  const pods = (await h.ok('DescribeServiceInstance', { clusterId: prod, serviceName: 'nginx-web' })).instances as Array<{ name: string; containers: Array<{ containerId: string }> }>;
  const cvms = (await h.ok('DescribeExistedCvmForAddClusterInstances', { clusterId: prod })).deviceList as Array<{ instanceId: string; usable: boolean }>;
  const asg = (await h.ok('DescribeClusterAsg', { clusterId: prod })).asgInfo[0].autoScalingGroupId as string;
  return { prod, staging, nodes, pods, freeCvm: cvms.find((v) => v.usable)!.instanceId, asg };
}

export const serviceParams = (clusterId: string, serviceName: string, extra: Record<string, unknown> = {}) => ({
  clusterId,
  serviceName,
  replicas: 2,
  accessType: 'LoadBalancer',
  portMappings: [{ lbPort: 80, containerPort: 80, protocol: 'TCP' }],
  containers: [
    {
      containerName: 'web',
      image: 'nginx:1.15',
      cpu: 200,
      cpuLimits: 500,
      memory: 128,
      envs: [{ name: 'MODE', value: 'demo' }],
      healthCheck: [{ type: 'liveCheck', healthNum: 1, unhealthNum: 3, intervalTime: 10, timeOut: 2, delayTime: 5, checkMethod: 'methodHttp', port: 80, path: '/healthz', protocol: 'HTTP' }],
    },
  ],
  ...extra,
});

/**
 * One valid call per operation against the seeded world, in an order that keeps each one valid
 * (creates before reads, deletes last). The contract test runs them all.
 */
export type Results = Record<string, any>;
export type SampleParams = Record<string, unknown> | ((results: Results) => Record<string, unknown>);

export function sampleCalls(ids: Awaited<ReturnType<typeof demoIds>>, now: number): Array<[string, SampleParams, string?, ('demo' | 'fresh')?]> {
  const { prod, staging, nodes, pods, freeCvm, asg } = ids;
  const hour = (offsetMin: number) => new Date(now + 8 * 3600_000 + offsetMin * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  return [
    ['CheckClusterCIDR', { vpcId: 'vpc-new', clusterCIDR: '192.168.0.0/16' }],
    ['CreateEmptyCluster', { clusterName: 'empty-one', clusterCIDR: '10.20.0.0/16', osName: 'CentOS7.2x86_64' }, 'bj'],
    ['DescribeCluster', { orderField: 'clusterName', orderType: 'asc' }],
    ['DescribeClusterInstances', { clusterId: prod }],
    ['DescribeClusterRequestLimitInfo', { clusterId: prod }],
    ['DescribeClusterSecurityInfo', { clusterId: prod }],
    ['ModifyClusterAttributes', { clusterId: prod, clusterName: 'prod-web', clusterDesc: 'renamed' }],
    ['ModifyProjectId', { clusterId: prod, projectId: 1002 }],
    ['ModifyClusterNodeLabel', { clusterId: prod, instanceId: nodes[0].instanceId, labels: [{ key: 'role', value: 'edge' }] }],
    ['DrainClusterNode', { ClusterId: prod, InstanceId: nodes[0].instanceId }],
    ['ModifyClusterNodeSchedulable', { clusterId: prod, instanceIds: [nodes[0].instanceId], unschedulable: 0 }],
    ['OperateClusterVip', { clusterId: prod, operation: 'Create' }],
    ['AddHubInfo', { clusterId: prod, domain: 'hub.example.com', username: 'bot', password: 'pw', namespaces: ['default'] }],
    ['DescribeHubInfo', { clusterId: prod }],
    ['DescribeExistedCvmForAddClusterInstances', { clusterId: prod }],
    ['AddClusterInstancesFromExistedCvm', { clusterId: prod, instanceIds: [freeCvm] }],
    ['AddClusterInstances', { clusterId: prod, zoneId: 'ap-guangzhou-3', cpu: 2, mem: 4, bandwidthType: 'PayByTraffic', bandwidth: 1, subnetId: 'subnet-a', isVpcGateway: 0, storageSize: 0, rootSize: 50, goodsNum: 1, osName: 'ubuntu16.04.1 LTSx86_64' }],
    ['DescribeClusterTaskResult', (r) => ({ requestId: r.AddClusterInstances.requestId })],
    ['CreateClusterAsg', { clusterId: prod, instanceId: nodes[1].instanceId, minSize: 0, maxSize: 3, label: { tier: 'batch' } }],
    ['enableClusterAsg', { clusterId: prod, autoScalingGroupIds: [asg] }],
    ['DescribeClusterAsg', { clusterId: prod }],
    ['ModifyClusterAsgScaleDown', { clusterId: prod, scaleDownEnabled: 1, expander: 'most-pods', scaleDownDelay: 15 }],
    ['ModifyClusterAsgRange', { clusterId: prod, autoScalingGroupId: asg, minSize: 1, maxSize: 4 }],
    ['ModifyClusterAsgLabel', { clusterId: prod, autoScalingGroupId: asg, label: { team: 'a' } }],
    ['ResetClusterAsgLabel', { clusterId: prod, autoScalingGroupId: asg, label: { team: 'b', env: 'prod' } }],
    ['DeleteClusterAsgLabel', { clusterId: prod, autoScalingGroupId: asg, labelKeys: ['env'] }],
    ['DisableClusterAsg', { clusterId: prod, autoScalingGroupIds: [asg] }],
    ['CreateClusterNamespace', { clusterId: prod, name: 'team-a', description: 'team a' }],
    ['ModifyNamespaceDescription', { clusterId: prod, name: 'team-a', description: 'team a apps' }],
    ['DescribeClusterNameSpaces', { clusterId: prod }],
    ['CreateClusterService', serviceParams(prod, 'shop', { namespace: 'team-a' })],
    ['DescribeClusterService', { clusterId: prod, allnamespace: 1 }],
    ['DescribeClusterServiceInfo', { clusterId: prod, serviceName: 'shop', namespace: 'team-a' }],
    ['DescribeServiceEvent', { clusterId: prod, serviceName: 'shop', namespace: 'team-a' }],
    ['DescribeClusterServiceText', { clusterId: prod, serviceName: 'shop', namespace: 'team-a' }],
    ['ModifyClusterService', { ...serviceParams(prod, 'shop', { namespace: 'team-a' }), strategy: 'RollingUpdate', replicas: 3 }],
    ['ModifyServiceDescription', { clusterId: prod, serviceName: 'shop', namespace: 'team-a', description: 'shop front' }],
    ['ModifyClusterServiceImage', { clusterId: prod, serviceName: 'shop', namespace: 'team-a', image: 'nginx:1.16' }],
    ['ModifyServiceLabels', { clusterId: prod, serviceName: 'shop', namespace: 'team-a', labels: { 'qcloud-app': 'shop', owner: 'ops' } }],
    ['PauseClusterService', { clusterId: prod, serviceName: 'shop', namespace: 'team-a' }],
    ['ResumeClusterService', { clusterId: prod, serviceName: 'shop', namespace: 'team-a' }],
    ['RollBackClusterService', { clusterId: prod, serviceName: 'shop', namespace: 'team-a' }],
    ['RedeployClusterService', { clusterId: prod, serviceName: 'shop', namespace: 'team-a' }],
    ['ModifyServiceReplicas', { clusterId: prod, serviceName: 'nginx-web', scaleTo: 3 }],
    ['DescribeServiceInstance', { clusterId: prod, serviceName: 'nginx-web' }],
    ['DescribeInstanceLog', { clusterId: prod, serviceName: 'nginx-web', tail: 5 }],
    ['DeleteInstances', { clusterId: prod, instances: [pods[0].name, 'no-such-pod'] }],
    ['CreateIngress', { clusterId: prod, ingressName: 'shop-entry', namespace: 'team-a', rules: [{ url: '/', domain: 'shop.example.com', protocol: 'http', serviceName: 'shop', servicePort: 80, LoadBalancePort: 80 }] }],
    ['DescribeIngress', { clusterId: prod, allnamespace: 1 }],
    ['ModifyIngress', { clusterId: prod, ingressName: 'shop-entry', namespace: 'team-a', rules: [{ url: '~* /api', domain: 'shop.example.com', protocol: 'http', serviceName: 'shop', servicePort: 80, LoadBalancePort: 80 }] }],
    ['DeleteIngress', { clusterId: prod, ingressName: 'shop-entry', namespace: 'team-a' }],
    ['GetLogDaemonStatus', { clusterId: prod }],
    ['CheckIfLogCollectorName', { clusterId: prod, name: 'shop-logs' }],
    ['CreateLogCollector', { clusterId: prod, name: 'shop-logs', inputType: 'host-log', outputType: 'ckafka', inputOption: { path: '/var/log/shop/*.log', labels: { app: 'shop' } }, outputOption: { instanceId: 'ckafka-1', topicId: 'topic-1', host: '10.0.0.5', port: 9092, topic: 'shop' } }],
    ['ListLogCollector', { clusterId: prod }],
    ['UpdateLogCollector', { clusterId: prod, name: 'shop-logs', description: 'to cls', inputType: 'container-log', outputType: 'cls', inputOption: { allNamespaces: false, namespaces: [{ namespace: 'team-a', allContainers: true }] }, outputOption: { logsetId: 'ls-1', topicId: 't-1' } }],
    ['GetLogCollector', { clusterId: prod, name: 'shop-logs' }],
    ['DeleteLogCollector', { clusterId: prod, name: 'shop-logs' }],
    ['GetMonitorData', { namespace: 'qce/cvm', metricName: 'dc_cpu_usage', dimensions: [{ name: 'docker_clusterid', value: prod }], period: 300, startTime: hour(-60), endTime: hour(0) }],
    ['DeleteClusterService', { clusterId: prod, serviceName: 'shop', namespace: 'team-a' }],
    ['DeleteClusterNamespace', { clusterId: prod, names: ['team-a'] }],
    ['DeleteClusterAsg', { clusterId: prod, autoScalingGroupIds: [asg] }],
    ['DeleteClusterInstances', { clusterId: prod, instanceIds: [nodes[3].instanceId], nodeDeleteMode: 'RemoveOnly' }],
    ['DeleteCluster', { clusterId: staging }],
    // registry
    ['RegisterRepositoryAccountNew', { password: 'Passw0rd!' }, 'gz', 'fresh'],
    ['GetLimit', {}],
    ['CreateCCRNamespace', { namespace: 'team-a' }],
    ['NamespacelsExists', { namespace: 'team-a' }],
    ['GetNamespaceInfo', { namespace: 'team' }],
    ['CreateRepository', { reponame: 'team-a/shop', public: 0, description: 'shop images' }],
    ['RepositoryisExists', { reponame: 'team-a/shop' }],
    ['GetRepositoryInfo', { reponame: 'team-a/shop' }],
    ['UpdateRepositoryDesc', { reponame: 'team-a/shop', description: 'shop front images' }],
    ['UpdateRepositoryPublic', { reponame: 'team-a/shop', public: 1 }],
    ['GetRepositoryList', { orderby: 'pullCount' }],
    ['SearchUserRepository', { namespace: 'team-a' }],
    ['DuplicateImage', { src_image: 'tricloud/web:v1.3.0', dest_image: 'team-a/shop:v1' }],
    ['GetTagList', { reponame: 'team-a/shop' }],
    ['SetAutoDelStrategy', { reponame: 'team-a/shop', type: 'keep_last_nums', val: 5 }],
    ['GetAutoDelStrategy', { reponame: 'team-a/shop' }],
    ['CloseAutoDelStrategy', { reponame: 'team-a/shop' }],
    ['AddUpdateServiceTrigger', { triggerName: 'shop-trigger', reponame: 'team-a/shop', invokeMethod: 'taglist', invokeExpr: 'v2;v3', serviceName: 'nginx-web', clusterId: prod, namespace: 'default', containerName: 'web', clusterRegion: 1 }],
    ['ListTrigger', { reponame: 'team-a/shop' }],
    ['ModifyUpdateServiceTrigger', { triggerName: 'shop-trigger', invokeMethod: 'all' }],
    ['ListTriggerLog', { reponame: 'tricloud/web' }],
    ['DeleteUpdateServiceTrigger', { triggerName: 'shop-trigger' }],
    ['AddFavor', { reponame: 'team-a/shop', reptype: 'QCLOUD HUB' }],
    ['GetFavor', {}],
    ['DeleteFavor', { reponame: 'team-a/shop', reptype: 'QCLOUD HUB' }],
    ['BatchDeleteFavor', { favors: [{ reponame: 'library/nginx', repotype: 'QCLOUD HUB', regionId: 1 }] }],
    ['ChangePassword', { password: 'N3wPassw0rd' }],
    ['BatchDeleteTag', { reponame: 'team-a/shop', tags: ['v1'] }],
    ['BatchDeleteRepository', { reponames: ['team-a/shop'] }],
    ['DeleteUserNamespace', { namespace: 'team-a' }],
    ['CreateCluster', { clusterName: 'new-one', clusterCIDR: '10.30.0.0/16', zoneId: 'ap-beijing-3', goodsNum: 2, cpu: 2, mem: 4, osName: 'centos7.2x86_64', bandwidthType: 'PayByTraffic', bandwidth: 1, vpcId: 'vpc-bj1', subnetId: 'subnet-bj1', isVpcGateway: 0, rootSize: 50, storageSize: 0 }, 'bj'],
  ];
}
