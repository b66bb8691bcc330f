import type { NeutralStatus } from '../../../domain/types';

/** The document's service and pod words on the console's neutral statuses. */
const WORDS: Record<string, NeutralStatus> = {
  Normal: 'running',
  Running: 'running',
  Waiting: 'pending',
  Pending: 'pending',
  Updating: 'updating',
  RollingBack: 'updating',
  Paused: 'stopped',
  Abnormal: 'failed',
  Failed: 'failed',
  Terminating: 'deleting',
};

export const neutralStatus = (word: string | undefined): NeutralStatus => WORDS[word ?? ''] ?? 'unknown';
