import { Alert, Steps, Typography } from 'antd';
import { isTransitional } from '../shared/rules';
import type { Activity } from '../shared/activity';
import { useSvcT } from '../useSvcT';

/**
 * The rollout of the last change made here: requested (the provider's answer), the in-progress
 * statuses seen while 9.7 was polled, and the status it settled in.
 */
export function Rollout({ activity, status }: { activity: Activity[]; status: string }) {
  const t = useSvcT();
  const changeAt = activity.findIndex((a) => a.kind !== 'status' && a.ok);
  const running = isTransitional(status);
  if (changeAt < 0 && !running) return null;
  const change = changeAt >= 0 ? activity[changeAt] : undefined;
  // Statuses seen after the change, oldest first.
  const seen = (changeAt >= 0 ? activity.slice(0, changeAt) : activity).filter((a) => a.kind === 'status').reverse();
  const during = [...new Set(seen.map((s) => (s.kind === 'status' ? s.status : '')).filter(isTransitional))];
  if (change && !running && during.length === 0 && Date.now() - change.at > 60_000) return null;
  const items = [
    { title: change && change.kind !== 'status' ? t('rollout.requested', { operation: change.operation }) : t('rollout.inProgress'), status: 'finish' as const },
    { title: during.length ? during.join(' → ') : running ? status : t('rollout.waiting'), status: running ? ('process' as const) : ('finish' as const) },
    { title: running ? t('rollout.pending') : status, status: running ? ('wait' as const) : ('finish' as const) },
  ];
  return (
    <Alert
      type={running ? 'info' : 'success'}
      showIcon
      data-testid="rollout"
      title={running ? t('rollout.running', { status }) : t('rollout.done', { status })}
      description={
        <>
          <Steps size="small" items={items} current={running ? 1 : 2} />
          {running ? <Typography.Text type="secondary">{t('rollout.polling')}</Typography.Text> : null}
        </>
      }
    />
  );
}
