import { useEffect, useState } from 'react';
import { Alert, Badge, Card, Steps } from 'antd';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatBytes } from '../../shared/format';
import { useRepository } from '../shared/queries';
import { BADGE, buildFinished, buildNeutral, buildStatusName } from '../shared/rules';
import { useImagesT } from '../useImagesT';

/**
 * Follows one 5.1 build through 5.3's tag status: 0 initialising → 1 building → 2 built or
 * 3 failed. The repository answer is polled by `useRepository` while a tag is unfinished.
 */
export function BuildProgress({ accountId, region, accountName, repoId, repoName, tag, extra }: { accountId: string; region: string; accountName?: string; repoId?: number; repoName: string; tag: string; extra?: React.ReactNode }) {
  const t = useImagesT();
  const repo = useRepository(accountId, region, repoId);
  const found = repo.data?.tags.find((x) => x.name === tag);
  const status = found?.status;
  const done = buildFinished(status);
  const [started] = useState(Date.now());
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (done) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [done]);
  const current = status === undefined ? 0 : status === 0 ? 1 : status === 1 ? 2 : 3;
  const image = `${repoName}:${tag}`;
  return (
    <Card size="small" title={t('build.progress', { image })} extra={extra} data-testid="build-progress">
      {repo.error ? <ErrorAlert error={repo.error} scope={{ account: accountName }} onRetry={() => repo.refetch()} /> : null}
      <Steps
        size="small"
        current={current}
        status={status === 3 ? 'error' : status === 2 ? 'finish' : 'process'}
        items={[
          { title: t('build.step.uploaded') },
          { title: t('build.step.initialising') },
          { title: t('build.step.building'), content: !done && status !== undefined ? t('build.elapsed', { seconds: Math.round((now - started) / 1000) }) : undefined },
          { title: status === 3 ? t('status.failed') : status === 2 ? t('status.succeeded') : t('build.step.done') },
        ]}
      />
      <div style={{ marginTop: 12 }} data-testid="build-status">
        {status !== undefined ? <Badge status={BADGE[buildNeutral(status)]} text={t(`status.${buildStatusName(status)}`)} /> : null}
      </div>
      {status === 2 ? <Alert style={{ marginTop: 8 }} type="success" showIcon title={t('build.succeeded', { size: formatBytes(found?.size) })} /> : null}
      {status === 3 ? <Alert style={{ marginTop: 8 }} type="error" showIcon title={t('build.failed')} /> : null}
      {repo.data && !found ? <Alert style={{ marginTop: 8 }} type="warning" showIcon title={t('build.tagGone')} /> : null}
    </Card>
  );
}
