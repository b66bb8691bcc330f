import type { TencentParams } from '../../providers/tencent/client';
import type { IngressFormValues } from './IngressForm';
import { toRuleParams } from './rules';

const opt = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : undefined);

/** CreateIngress parameters from the form; billing applies to a public ingress only. */
export function createParams(clusterId: string, namespace: string, v: IngressFormValues): TencentParams<'CreateIngress'> {
  const intranet = !!opt(v.unSubnetId);
  return {
    clusterId,
    namespace,
    ingressName: v.ingressName,
    ingressDesc: opt(v.ingressDesc),
    certId: opt(v.certId),
    unSubnetId: opt(v.unSubnetId),
    internetChargeType: intranet ? undefined : (opt(v.internetChargeType) as TencentParams<'CreateIngress'>['internetChargeType']),
    internetMaxBandwidthOut: intranet ? undefined : (v.internetMaxBandwidthOut ?? undefined),
    rules: toRuleParams(v.rules ?? []),
  };
}

/** ModifyIngress parameters: description, certificate and the whole rule set (it replaces the rules). */
export function modifyParams(clusterId: string, namespace: string, ingressName: string, v: IngressFormValues): TencentParams<'ModifyIngress'> {
  return { clusterId, namespace, ingressName, ingressDesc: v.ingressDesc ?? '', certId: opt(v.certId), rules: toRuleParams(v.rules ?? []) };
}
