/** The emulator's records: the document's fields, plus what the state machines need. */

export type EnvKind = 'test' | 'online';

export interface User {
  UserId: string;
  UserType: 'DING_TALK' | 'TAOBAO';
  RealName: string;
}

export interface UserRole {
  RoleName: 'Owner' | 'PE' | 'Dev' | 'Test';
  UserId: string;
  UserType: 'DING_TALK' | 'TAOBAO';
}

export interface App {
  AppId: number;
  Title: string;
  Description: string;
  Language: string;
  OperatingSystem: string;
  BizName: string;
  ServiceType: string;
  DeployType: 'VMDeployment' | 'ContainerDeployment';
  BizTitle: string;
  AppStateType: 'stateless' | 'stateful';
  Namespace: string;
  UserRoles: UserRole[];
}

export interface DeployConfig {
  Id: number;
  AppId: number;
  Name: string;
  EnvType: EnvKind;
  CodePath: string;
  Deployment: string;
  StatefulSet: string;
  ConfigMap: string;
  ConfigMapList: string[];
}

export interface AppInstance {
  AppInstanceId: string;
  CreateTime: string;
  Spec: string;
  RestartCount: number;
  HostIp: string;
  PodIp: string;
  Health: 'RUNNING' | 'ABNORMAL';
}

export interface Environment {
  EnvId: number;
  AppId: number;
  EnvName: string;
  kind: EnvKind;
  AppSchemaId: number;
  Region: string;
  Replicas: number;
  /** The environment's k8s namespace: the application's, else one derived from its ID. */
  namespace: string;
  instances: AppInstance[];
}

export interface Pvc {
  Id: number;
  AppId: number;
  EnvId: number;
  Name: string;
  Capacity: string;
  AccessModes: string;
  StorageClass: string;
  Status: 'Pending' | 'Bound' | 'Lost';
  VolumeName: string;
  CreateTime: string;
}

export interface SlbInstance {
  SlbId: string;
  SlbIp: string;
  NetworkMode: 'internet' | 'intranet';
}

export interface SlbAP {
  SlbAPId: number;
  AppId: number;
  EnvId: number;
  Name: string;
  SlbId: string;
  SlbIp: string;
  NetworkMode: string;
  ListenerPort: number;
  RealServerPort: number;
  Protocol: string;
  EstablishedTimeout?: number;
  StickySession?: number;
  SslCertId?: string;
  CookieTimeout?: number;
}

export interface PortMapping {
  Name: string;
  Protocol: string;
  Port: number;
  TargetPort: string;
  NodePort?: number;
}

export interface K8sService {
  ServiceId: number;
  AppId: number;
  EnvId: number;
  Name: string;
  K8sServiceId: string;
  ServiceType: 'ClusterIP' | 'NodePort';
  Headless: boolean;
  PortMappings: PortMapping[];
}

export type StepStatus = 'PROCESSING' | 'SUCCESS' | 'FAIL';

export interface Pod {
  AppInstanceId: string;
  DeployOrderId: number;
  DeployPartitionNum: number;
  GroupName: string;
  HostIp: string;
  HostName: string;
  PodIp: string;
  Region: string;
  stepCode: 'StartAppInstance' | 'StopAppInstance' | 'DeleteAppInstance';
  /** When its batch started, if it has; when it finished, if it has. */
  startedAt?: number;
  finishedAt?: number;
  outcome?: 'success' | 'fail' | 'closed';
  /** Why placement failed, when it did. */
  failure?: string;
}

export interface DeployOrder {
  DeployOrderId: number;
  AppId: number;
  EnvId: number;
  SchemaId: number;
  Name: string;
  Description: string;
  category: 'deploy' | 'scale';
  PauseType: 'first' | 'each' | 'none';
  TotalPartitions: number;
  DeployType: 'partition_parallel';
  PartitionType: 'group_even';
  UserId: string;
  UserNick: string;
  /** 1 deploying, 2 paused, 3 finished. */
  Status: 1 | 2 | 3;
  /** 0 none yet, 1 succeeded, 2 failed, 4 set to failed by hand. */
  Result: 0 | 1 | 2 | 4;
  CurrentPartitionNum: number;
  startedAt: number;
  batchStartedAt: number;
  endedAt?: number;
  targetReplicas: number;
  pods: Pod[];
}

export interface PersistentVolume {
  Id: number;
  ClusterInstanceId: string;
  Name: string;
  Capacity: string;
  AccessModes: string;
  ReclaimPolicy: 'Retain' | 'Delete';
  Status: 'Available' | 'Bound' | 'Released' | 'Failed';
  PvcName: string;
  MountDir: string;
  MountTargetDomain: string;
  NFSVersion: string;
  StorageClass: string;
  Reason: string;
  CreateTime: string;
}

export interface NodeLabel {
  Id: number;
  ClusterId: string;
  LabelKey: string;
  LabelValue: string;
}

export interface NodeLabelBinding {
  Id: number;
  ClusterId: string;
  InstanceId: string;
  InstanceType: 'ECS';
  LabelKey: string;
  LabelValue: string;
}

export interface ResourceAlloc {
  Id: number;
  AppId: number;
  AppEnvId: number;
  ClusterId: string;
  ResourceDef: string;
}

export interface Cluster {
  Id: number;
  InstanceId: string;
  ClusterTitle: string;
  BusinessCode: string;
  /** TEST or PRO on input; the document's responses print 0 (TEST) or 1 (PRO). */
  envType: 'TEST' | 'PRO';
  ClusterType: string;
  KeyPair: string;
  Password: string;
  NetPlug: string;
  PodCIDR: string;
  ServiceCIDR: string;
  RegionId: string;
  RegionName: string;
  VpcId: string;
  VswitchIds: string[];
  createdAt: number;
  /** Creating → running after CLUSTER_CREATE_MS. */
  readyAt: number;
}

export interface Ecs {
  InstanceId: string;
  InstanceName: string;
  VpcId: string;
  RegionId: string;
  EcsZone: string;
  EcsCpu: number;
  EcsMemory: number;
  EcsOsType: 'linux' | 'windows';
  OSName: string;
  InstanceType: string;
  EcsPrivateIp: string;
  EcsPublicIp: string;
  EcsEip: string;
  EcsExpiredTime: string;
  EcsLocalStorageCapacity: number;
  BusinessCode: string;
  /** The cluster this instance is a node of, if any. */
  clusterId?: string;
}

export interface Vpc {
  VpcId: string;
  cidr: string;
  vswitches: string[];
}

export interface RdsDatabase {
  DBName: string;
  DBDescription: string;
  CharacterSetName: string;
  status: 'Creating' | 'Running' | 'Deleting';
  /** When a Creating database becomes Running, or a Deleting one disappears. */
  until?: number;
}

export interface RdsAccount {
  AccountName: string;
  AccountDescription: string;
  AccountType: 'Normal' | 'Super';
  AccountStatus: 'Available' | 'Unavailable';
  privileges: Record<string, string>;
}

export interface RdsBackup {
  BackupId: string;
  BackupStatus: 'Success' | 'Failed';
  BackupStartTime: string;
  BackupEndTime: string;
  BackupType: 'FullBackup' | 'IncrementalBackup';
  BackupMode: 'Automated' | 'Manual';
  BackupMethod: 'Physical' | 'Logical' | 'Snapshot';
  BackupLocation: string;
  BackupScale: string;
  BackupDBNames: string;
  BackupSize: number;
  HostInstanceID: string;
  StoreStatus: 'Enabled' | 'Disabled';
  MetaStatus: string;
}

export interface RdsInstance {
  DBInstanceId: string;
  Engine: 'MySQL' | 'SQLServer' | 'MariaDB' | 'PostgreSQL';
  /** Primary, read-only or guest: DeleteDatabase only works on a primary. */
  role: 'Primary' | 'ReadOnly';
  status: 'Running' | 'Creating' | 'Locked';
  databases: RdsDatabase[];
  accounts: RdsAccount[];
  backups: RdsBackup[];
}

/** One account's world. */
export interface World {
  users: User[];
  apps: App[];
  configs: DeployConfig[];
  envs: Environment[];
  pvcs: Pvc[];
  slbs: SlbInstance[];
  slbAPs: SlbAP[];
  services: K8sService[];
  orders: DeployOrder[];
  pvs: PersistentVolume[];
  labels: NodeLabel[];
  bindings: NodeLabelBinding[];
  allocs: ResourceAlloc[];
  clusters: Cluster[];
  ecs: Ecs[];
  vpcs: Vpc[];
  rds: RdsInstance[];
  /** Next ID per kind of record. */
  seq: Record<string, number>;
  /** Deterministic randomness for IDs created after seeding. */
  rand: () => number;
}
