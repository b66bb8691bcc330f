import { Tooltip, Typography } from 'antd';
import type { Repository } from '../../domain/types';
import { formatDate } from '../shared/format';
import { useReposT } from './useReposT';
import { useTags } from './useRepositories';
import { useSettled } from '../shared/rowRequests';

/**
 * The newest tag of one repository. Neither list call returns it, so each row asks for its tags
 * once it has settled on screen (rowRequests; the answer is shared with the expanded row).
 */
export function LatestTag({ repository }: { repository: Repository }) {
  const t = useReposT();
  const skip = repository.latestTag !== undefined || repository.tagCount === 0;
  if (skip) return repository.latestTag ? <>{repository.latestTag}</> : <Typography.Text type="secondary">{t('latestTag.none')}</Typography.Text>;
  return <LoadedLatestTag repository={repository} />;
}

function LoadedLatestTag({ repository }: { repository: Repository }) {
  const t = useReposT();
  const settled = useSettled(true);
  const tags = useTags(repository, { enabled: settled });
  if (!settled || tags.isLoading) return <Typography.Text type="secondary">…</Typography.Text>;
  if (tags.error) return <Typography.Text type="danger">{t('latestTag.failed')}</Typography.Text>;
  const latest = tags.data?.[0];
  if (!latest) return <Typography.Text type="secondary">{t('latestTag.none')}</Typography.Text>;
  return (
    <Tooltip title={latest.pushedAt ? formatDate(latest.pushedAt) : undefined}>
      <span data-testid="latest-tag">{latest.name}</span>
    </Tooltip>
  );
}
