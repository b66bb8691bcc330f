import type { z } from 'zod';
import type { AlibabaOperationDef } from '../../../providers/alibaba/operations';
import { unflattenParams } from '../../../providers/alibaba/wire';
import { gateway, type GatewayError } from './errors';

/** Common parameters of the RPC protocol: never part of an operation's own parameters. */
export const COMMON_PARAMS = new Set([
  'Action', 'Format', 'Version', 'AccessKeyId', 'Signature', 'SignatureMethod', 'Timestamp', 'SignatureVersion', 'SignatureNonce',
  'RegionId', 'SecurityToken', 'ResourceOwnerAccount', 'SignatureType',
]);

/**
 * The operation's own parameters from the wire: common ones dropped, the document's other
 * spellings renamed (ModifySlbAP "SlbAPIId", ListPods "DeployOrder.Id"…), `Name.N[.Member]`
 * lists rebuilt, then validated with the definition. CreateCluster has a RegionId of its own.
 */
export function operationParams(op: AlibabaOperationDef, wire: Record<string, string>): { params: Record<string, unknown> } | { error: GatewayError } {
  const own: Record<string, string> = {};
  for (const [name, value] of Object.entries(wire)) {
    if (COMMON_PARAMS.has(name) && !(name === 'RegionId' && op.name === 'CreateCluster')) continue;
    own[name] = value;
  }
  for (const [name, aliases] of Object.entries(op.paramAliases ?? {})) {
    for (const alias of aliases) {
      if (own[alias] !== undefined && own[name] === undefined) own[name] = own[alias];
      delete own[alias];
    }
  }
  const input = unflattenParams(own);
  const parsed = op.params.safeParse(input);
  if (parsed.success) return { params: parsed.data as Record<string, unknown> };
  return { error: toGatewayError(parsed.error, input) };
}

function toGatewayError(error: z.ZodError, input: Record<string, unknown>): GatewayError {
  const issue = error.issues[0];
  const given = issue.path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), input);
  // Wire names: list items are 1-based (UserRoles.1.RoleName).
  const name = issue.path.map((p) => (typeof p === 'number' ? String(p + 1) : String(p))).join('.');
  if (given === undefined || given === '') return gateway.missingParameter(name);
  return gateway.invalidParameter(name, issue.message);
}
