import { invalidParameter, limitExceeded } from '../errors';

/** The document's limits: 20 nodes per cluster, 100 nodes per call. */
export const NODES_PER_CLUSTER = 20;
export const NODES_PER_CALL = 100;

/** Rules the node-buying parameters share (CreateCluster, AddClusterInstances). */
export function checkNodePurchase(p: { cvmType: string; bandwidthType: string; period?: number; password?: string; keyId?: string; storageSize: number; goodsNum?: number; cpu: number; mem: number }) {
  if (p.goodsNum !== undefined && p.goodsNum > NODES_PER_CALL) throw limitExceeded('NodeQuotaExceeded', `单次最多购买 ${NODES_PER_CALL} 个节点`);
  if (p.goodsNum !== undefined && p.goodsNum < 1) throw invalidParameter('goodsNum', '须大于 0');
  if (p.cvmType === 'PayByMonth' && p.period === undefined) throw invalidParameter('period', 'cvmType 为 PayByMonth 时必须指定 period');
  if (p.cvmType === 'PayByMonth' && p.bandwidthType === 'PayByHour') throw invalidParameter('bandwidthType', '包年包月主机不支持 PayByHour');
  if (p.cvmType === 'PayByHour' && p.bandwidthType === 'PayByMonth') throw invalidParameter('bandwidthType', '按量计费主机不支持 PayByMonth');
  if (p.password && p.keyId) throw invalidParameter('password', 'password 与 keyId 不能同时指定');
  if (p.password && classes(p.password) < 2) throw invalidParameter('password', '须包含至少两类字符（大写字母、小写字母、数字、特殊字符）');
  if (p.storageSize % 10 !== 0 || p.storageSize < 0) throw invalidParameter('storageSize', '须为 10 的整数倍');
  if (p.cpu < 1 || p.mem < 1 || p.mem / p.cpu > 8 || p.cpu / p.mem > 1) throw invalidParameter('cpu', `CPU 与内存配比不受支持：${p.cpu} 核 ${p.mem} GB`);
}

const classes = (pw: string) => [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(pw)).length;

/**
 * The emulator's one deterministic purchase failure (the document only says a task may end in
 * "fail"): GPU instance types (GN…) are sold out in the "-3" zones. The call is accepted, the task
 * runs, then fails and the nodes never join.
 */
export const soldOut = (instanceType: string, zone: string) => /^GN/i.test(instanceType) && zone.endsWith('-3');
