import { text } from '../shared/values';
import type { Claim, Volume } from './types';

/** 5.1.2's volume states (Available → Bound → Released → Failed), a claim's Pending/Bound/Lost; RDS database and backup states share the tones. */
export const VOLUME_STATUSES = ['Available', 'Bound', 'Released', 'Failed'] as const;

export type BadgeTone = 'success' | 'processing' | 'default' | 'error' | 'warning';

export function statusTone(status: unknown): BadgeTone {
  switch (text(status)) {
    case 'Bound':
    case 'Running':
    case 'Success':
      return 'success';
    case 'Available':
    case 'Creating':
      return 'processing';
    case 'Deleting':
    case 'Pending':
    case 'Released':
      return 'warning';
    case 'Failed':
    case 'Failure':
    case 'Lost':
      return 'error';
    default:
      return 'default';
  }
}

/** 5.1.3: 删除的持久化存储卷需是非Bound状态. The reason a volume's delete is refused, if any. */
export const volumeDeleteBlocked = (volume: Volume): boolean => volume.Status === 'Bound';

/**
 * The claim a volume is bound to (PvcName, empty when unbound) and whether that claim is one of
 * the claims on screen: the console links both ways, volume → claim and claim → volume.
 */
export function bindingOf(volume: Volume, claims: readonly Claim[]): { claim?: string; shown: boolean } {
  const claim = text(volume.PvcName) || undefined;
  return { claim, shown: !!claim && claims.some((c) => c.Name === claim && c.VolumeName === volume.Name) };
}
