import type { NeteaseOperationDef } from './define';
import * as certificates from './certificates';
import * as ips from './ips';
import * as listeners from './listeners';
import * as loadbalancers from './loadbalancers';
import * as repositories from './repositories';
import * as secretkeys from './secretkeys';
import * as services from './services';
import * as spaces from './spaces';
import * as token from './token';
import * as volumes from './volumes';

/** Every operation of the NetEase document (48), keyed by canonical name (catalog id without `netease.`). */
export const neteaseOps = {
  createToken: token.createToken,
  createSecretKey: secretkeys.createSecretKey,
  listSecretKeys: secretkeys.listSecretKeys,
  getSecretKeyPrivateKey: secretkeys.getSecretKeyPrivateKey,
  deleteSecretKey: secretkeys.deleteSecretKey,
  buildImage: repositories.buildImage,
  listRepositories: repositories.listRepositories,
  getRepository: repositories.getRepository,
  deleteImageTag: repositories.deleteImageTag,
  createLoadBalancer: loadbalancers.createLoadBalancer,
  listLoadBalancers: loadbalancers.listLoadBalancers,
  getLoadBalancer: loadbalancers.getLoadBalancer,
  updateLoadBalancer: loadbalancers.updateLoadBalancer,
  deleteLoadBalancer: loadbalancers.deleteLoadBalancer,
  createListener: listeners.createListener,
  listListeners: listeners.listListeners,
  updateListener: listeners.updateListener,
  deleteListener: listeners.deleteListener,
  uploadCertificate: certificates.uploadCertificate,
  listCertificates: certificates.listCertificates,
  updateCertificate: certificates.updateCertificate,
  deleteCertificate: certificates.deleteCertificate,
  createVolume: volumes.createVolume,
  listVolumes: volumes.listVolumes,
  resizeVolume: volumes.resizeVolume,
  deleteVolume: volumes.deleteVolume,
  createIps: ips.createIps,
  listIps: ips.listIps,
  getIp: ips.getIp,
  getIpQuota: ips.getIpQuota,
  getIpCost: ips.getIpCost,
  deleteIp: ips.deleteIp,
  createNamespace: spaces.createNamespace,
  listNamespaces: spaces.listNamespaces,
  deleteNamespace: spaces.deleteNamespace,
  listServiceImages: services.listServiceImages,
  createService: services.createService,
  listServices: services.listServices,
  getService: services.getService,
  updateStatefulService: services.updateStatefulService,
  updateStatelessService: services.updateStatelessService,
  updateServicePorts: services.updateServicePorts,
  scaleService: services.scaleService,
  updateServiceImage: services.updateServiceImage,
  updateServiceSpec: services.updateServiceSpec,
  restartService: services.restartService,
  restartContainer: services.restartContainer,
  deleteService: services.deleteService,
} as const;

export type NeteaseOps = typeof neteaseOps;
export type NeteaseOperationName = keyof NeteaseOps;

export const neteaseOperations: Record<string, NeteaseOperationDef> = neteaseOps;

export const isNeteaseOperation = (name: string): name is NeteaseOperationName => Object.hasOwn(neteaseOps, name);

export type { NeteaseOperationDef, ParamLocation } from './define';
export { SERVICE_SPECS, specInfoJson, type ServiceSpec } from './specs';
export * from './enums';
/** Rules the forms reuse (the same functions the definitions and the emulator apply). */
export { listenPortAllowed } from './listeners';
export { weightIssues } from './services';
export { DOCKERFILE_MAX_BYTES } from './repositories';
