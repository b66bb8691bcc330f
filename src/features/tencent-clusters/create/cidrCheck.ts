import { isProviderError } from '../../../providers/core/errors';

/** What the form shows beside the CIDR field about CheckClusterCIDR's answer. */
export type CidrCheck =
  | { state: 'idle' }
  | { state: 'checking'; key: string }
  | { state: 'ok'; key: string }
  | { state: 'refused'; key: string; code: string; message: string; error: unknown };

export const checkKey = (vpcId: string, cidr: string) => `${vpcId.trim()}|${cidr.trim()}`;

/** A refusal is the provider's answer (code + message, e.g. -10013 ConflictWithOtherClusterCIDR). */
export function checkOutcome(key: string, error: unknown): CidrCheck {
  if (error === undefined) return { state: 'ok', key };
  return { state: 'refused', key, code: isProviderError(error) ? error.code : '', message: error instanceof Error ? error.message : String(error), error };
}

/** Submit goes on when the check passed for exactly these values, or the user chose to ignore a conflict. */
export const mayCreate = (check: CidrCheck, key: string, ignore: boolean) => (check.state === 'ok' && check.key === key) || (ignore && check.state === 'refused' && check.key === key);
