import type { AlibabaTranslate } from '../messages';
import { text } from '../shared/values';
import type { AppEnvironment, Cluster } from './types';

/** `app · env (test)`: ListAppEnvironment codes 1 test, 2 production. */
export function environmentLabel(t: AlibabaTranslate, env: AppEnvironment): string {
  const type = env.EnvType === 1 || env.EnvType === 2 ? ` (${t(`storage.envType.${env.EnvType}`)})` : '';
  return `${env.AppTitle} · ${env.EnvName}${type}`;
}

export const envKey = (env: AppEnvironment) => `${env.AppId}-${env.EnvId}`;

export const clusterLabel = (c: Cluster) => (text(c.ClusterTitle) ? `${text(c.ClusterTitle)} (${text(c.InstanceId)})` : text(c.InstanceId));

/** The environment shown first: the URL's, else one on the chosen cluster (its claims bind there), else the first. */
export function pickEnvironment(envs: readonly AppEnvironment[], wanted: string, clusterId: string | undefined): AppEnvironment | undefined {
  return envs.find((e) => envKey(e) === wanted) ?? envs.find((e) => clusterId && e.ClusterId === clusterId) ?? envs[0];
}
