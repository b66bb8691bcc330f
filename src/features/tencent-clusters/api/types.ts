import type { TencentResult } from '../../../providers/tencent/client';

export type ClusterRow = NonNullable<TencentResult<'DescribeCluster'>['clusters']>[number];
export type NodeRow = NonNullable<TencentResult<'DescribeClusterInstances'>['nodes']>[number];
export type NamespaceRow = NonNullable<TencentResult<'DescribeClusterNameSpaces'>['namespaces']>[number];
export type HubRow = NonNullable<TencentResult<'DescribeHubInfo'>['hubs']>[number] & { clusterId?: string; createdAt?: string };
export type CvmRow = NonNullable<TencentResult<'DescribeExistedCvmForAddClusterInstances'>['deviceList']>[number];
export type RequestLimits = TencentResult<'DescribeClusterRequestLimitInfo'>;
export type SecurityInfo = TencentResult<'DescribeClusterSecurityInfo'>;
export interface AsgRow {
  autoScalingGroupId: string;
  autoScalingGroupName?: string;
  clusterId?: string;
  status?: string;
  scaleDownEnabled?: boolean;
  minSize?: number;
  maxSize?: number;
  instanceNum?: number;
  desiredCapacity?: number;
  /** The document prints labels as `[{key, value}]`; a map is read too. */
  label: Record<string, string>;
  launchConfigurationId?: string;
  launchConfigurationName?: string;
}

/** Cluster states in which the document's long operations are still moving. */
export const MOVING_STATUS = new Set(['Creating', 'Scaling', 'Deleting', 'Upgrading']);
