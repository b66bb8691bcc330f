import { useSyncExternalStore } from 'react';

/** The long operations that answer with a requestId (DescribeClusterTaskResult follows them). */
export type TaskKind = 'createCluster' | 'addNodes' | 'removeNodes' | 'deleteCluster' | 'vipOn' | 'vipOff' | 'createAsg' | 'asgRange' | 'scaleDown';

export interface TrackedTask {
  requestId: number;
  kind: TaskKind;
  accountId: string;
  region: string;
  clusterId: string;
  startedAt: number;
  /** running → succ | fail, as DescribeClusterTaskResult says. */
  status: 'running' | 'succ' | 'fail';
  /** What the task was about (node ids, a group name …), shown beside it. */
  detail?: string;
}

const STORAGE = 'tricloud.tencent-clusters.tasks';
const listeners = new Set<() => void>();
let tasks: TrackedTask[] = load();

function load(): TrackedTask[] {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE);
    return raw ? (JSON.parse(raw) as TrackedTask[]) : [];
  } catch {
    return [];
  }
}

function save(next: TrackedTask[]) {
  tasks = next;
  try {
    globalThis.sessionStorage?.setItem(STORAGE, JSON.stringify(next.slice(-50)));
  } catch {
    // A full or missing storage only loses the tasks on reload.
  }
  for (const l of listeners) l();
}

/** The answer's requestId (an Int in the document; a string is read too), or undefined. */
export function requestIdOf(result: unknown): number | undefined {
  const id = result && typeof result === 'object' ? (result as { requestId?: unknown }).requestId : undefined;
  const n = typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : undefined;
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

export const taskStore = {
  /** Starts following the task the answer names; answers without a requestId are ignored. */
  track(result: unknown, task: Omit<TrackedTask, 'requestId' | 'startedAt' | 'status'>, now = Date.now()): number | undefined {
    const requestId = requestIdOf(result);
    if (requestId === undefined) return undefined;
    save([...tasks.filter((t) => !(t.requestId === requestId && t.accountId === task.accountId)), { ...task, requestId, startedAt: now, status: 'running' }]);
    return requestId;
  },
  finish(accountId: string, requestId: number, status: 'succ' | 'fail') {
    if (!tasks.some((t) => t.accountId === accountId && t.requestId === requestId && t.status !== status)) return;
    save(tasks.map((t) => (t.accountId === accountId && t.requestId === requestId ? { ...t, status } : t)));
  },
  dismiss(accountId: string, requestId: number) {
    save(tasks.filter((t) => !(t.accountId === accountId && t.requestId === requestId)));
  },
  list: () => tasks,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Tests only. */
  clear: () => save([]),
};

/** The tasks of one cluster, newest first. */
export function useClusterTasks(accountId: string, region: string, clusterId: string): TrackedTask[] {
  const all = useSyncExternalStore(taskStore.subscribe, taskStore.list, taskStore.list);
  return all.filter((t) => t.accountId === accountId && t.region === region && t.clusterId === clusterId).sort((a, b) => b.startedAt - a.startedAt);
}
