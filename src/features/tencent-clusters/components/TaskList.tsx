import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Progress, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { clusterKeys } from '../api/keys';
import { tencentScope } from '../api/scope';
import { taskStore, useClusterTasks, type TaskKind, type TrackedTask } from '../api/tasks';
import type { ClustersMessageKey } from '../messages';
import { useClustersT } from '../useClustersT';

/** How long the emulator's (and roughly the service's) tasks take, for the progress estimate. */
const EXPECTED_MS: Record<TaskKind, number> = {
  createCluster: 90_000,
  addNodes: 60_000,
  removeNodes: 20_000,
  deleteCluster: 30_000,
  vipOn: 20_000,
  vipOff: 20_000,
  createAsg: 60_000,
  asgRange: 10_000,
  scaleDown: 10_000,
};

/** Estimated share done: linear up to 95 % of the expected time, then holds until the service says. */
export function taskPercent(kind: TaskKind, elapsedMs: number): number {
  return Math.min(95, Math.round((elapsedMs / EXPECTED_MS[kind]) * 95));
}

function useNow(active: boolean) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [active]);
  return now;
}

/** One task: DescribeClusterTaskResult every 2 s until running ends; then the cluster's lists refresh. */
function TaskRow({ task }: { task: TrackedTask }) {
  const t = useClustersT();
  const qc = useQueryClient();
  const s = tencentScope(task.accountId, task.region);
  const running = task.status === 'running';
  const result = useQuery({
    queryKey: clusterKeys.task(task.accountId, task.region, task.requestId),
    queryFn: () => s.client.DescribeClusterTaskResult({ requestId: task.requestId }, s.region),
    enabled: running,
    refetchInterval: running ? 2000 : false,
    retry: 1,
  });
  const status = result.data?.status;
  useEffect(() => {
    if (running && (status === 'succ' || status === 'fail')) {
      taskStore.finish(task.accountId, task.requestId, status);
      void qc.invalidateQueries({ queryKey: clusterKeys.root(task.accountId, task.region) });
    }
  }, [running, status, task.accountId, task.region, task.requestId, qc]);
  const now = useNow(running);
  const title = t(`task.${task.kind}` as ClustersMessageKey);
  const elapsed = Math.max(0, Math.round((now - task.startedAt) / 1000));
  const close = () => taskStore.dismiss(task.accountId, task.requestId);
  const head = (
    <Typography.Text>
      {title}
      {task.detail ? ` · ${task.detail}` : ''} <Typography.Text type="secondary">requestId {task.requestId}</Typography.Text>
    </Typography.Text>
  );
  if (result.error && running)
    return (
      <Flex vertical gap={4} data-testid="task" data-status="unknown">
        {head}
        <ErrorAlert error={result.error} scope={{ account: task.accountId, region: task.region }} onRetry={() => result.refetch()} />
        <Button size="small" style={{ alignSelf: 'flex-start' }} onClick={close}>
          {t('task.dismiss')}
        </Button>
      </Flex>
    );
  if (task.status === 'succ') return <Alert type="success" showIcon closable onClose={close} title={head} description={t('task.succ')} data-testid="task" data-status="succ" />;
  if (task.status === 'fail') return <Alert type="error" showIcon closable onClose={close} title={head} description={t('task.fail')} data-testid="task" data-status="fail" />;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="task"
      data-status="running"
      title={head}
      description={
        <Flex vertical gap={2}>
          <Progress percent={taskPercent(task.kind, now - task.startedAt)} status="active" size="small" aria-label={title} />
          <Typography.Text type="secondary">{t('task.running', { seconds: elapsed })}</Typography.Text>
        </Flex>
      }
    />
  );
}

export function TaskList({ accountId, region, clusterId }: { accountId: string; region: string; clusterId: string }) {
  const tasks = useClusterTasks(accountId, region, clusterId);
  if (tasks.length === 0) return null;
  return (
    <Flex vertical gap={6} role="log" aria-live="polite">
      {tasks.slice(0, 5).map((task) => (
        <TaskRow key={`${task.accountId}/${task.requestId}`} task={task} />
      ))}
    </Flex>
  );
}
