/** An RDS instance id as the document prints them: rm- then letters and digits. */
export const RDS_ID = /^rm-[A-Za-z0-9]+$/;

const KEY = 'tricloud.alibaba.rds.recent';
const MAX = 8;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const storage = (): Store | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/**
 * The document has no call that lists RDS instances, so the console remembers the ids the user
 * opened, per account, newest first.
 */
export function recentInstances(accountId: string, store: Store | undefined = storage()): string[] {
  try {
    const all = JSON.parse(store?.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const list = all[accountId];
    return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string' && RDS_ID.test(v)) : [];
  } catch {
    return [];
  }
}

export function rememberInstance(accountId: string, instanceId: string, store: Store | undefined = storage()): string[] {
  if (!RDS_ID.test(instanceId) || !store) return recentInstances(accountId, store);
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(store.getItem(KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    all = {};
  }
  const next = [instanceId, ...recentInstances(accountId, store).filter((id) => id !== instanceId)].slice(0, MAX);
  store.setItem(KEY, JSON.stringify({ ...all, [accountId]: next }));
  return next;
}
