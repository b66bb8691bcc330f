import type { NeutralStatus } from '../../domain/types';

/** Creating, changing or deleting: a list follows such a row until it settles. */
export const inMotion = (row: { status: NeutralStatus }) => row.status === 'pending' || row.status === 'updating' || row.status === 'deleting';
