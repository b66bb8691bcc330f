import type { NeteaseMessageKey, NeteaseTranslate } from '../messages';

/** 8.0's states plus 8.6's `deleted`; an unknown word shows as the service sent it. */
export const ipStatusLabel = (t: NeteaseTranslate, status: string): string =>
  ['available', 'disabled', 'binding', 'binded', 'deleted'].includes(status) ? t(`ips.status.${status}` as NeteaseMessageKey) : status;

export const ipTypeLabel = (t: NeteaseTranslate, type: string): string => (type === 'nce' || type === 'nlb' ? t(`ips.type.${type}`) : type);

export const IP_STATUS_BADGE: Record<string, 'success' | 'processing' | 'default' | 'warning'> = {
  available: 'success',
  binding: 'processing',
  binded: 'processing',
  disabled: 'default',
  deleted: 'default',
};

/** 8.0: only an available IP can be released. */
export const releasable = (status: string): boolean => status === 'available';
