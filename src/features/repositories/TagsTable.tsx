import { useMemo } from 'react';
import { Flex, Table, Typography, type TableColumnType } from 'antd';
import { useT } from '../../app/i18n/useI18n';
import type { ImageTag, Repository } from '../../domain/types';
import { CopyButton } from '../../ui/CopyButton';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { dateSortValue, formatBytes, formatDate } from '../shared/format';
import { useTags } from './useRepositories';

/** A repository's tags, newest first, each with its pull command ready to copy. */
export function TagsTable({ repository, accountName }: { repository: Repository; accountName: string }) {
  const t = useT();
  const { region } = repository;
  const tags = useTags(repository);
  const rows = useMemo(() => tags.data ?? [], [tags.data]);

  const pushedColumn: TableColumnType<ImageTag> = {
    key: 'pushed',
    title: t('col.pushed'),
    width: 150,
    render: (_, tag) => formatDate(tag.pushedAt),
    sorter: (a, b) => (dateSortValue(a.pushedAt) ?? 0) - (dateSortValue(b.pushedAt) ?? 0),
  };

  if (tags.error) return <ErrorAlert error={tags.error} scope={{ account: accountName, region }} onRetry={() => tags.refetch()} />;
  return (
    <Table<ImageTag>
      size="small"
      aria-label={t('repos.tagsOf', { repo: repository.name })}
      data-testid="tags-table"
      rowKey={(tag) => tag.name}
      loading={tags.isLoading}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
      locale={{ emptyText: <EmptyState description={t('repos.noTags')} /> }}
      columns={[
        { key: 'tag', title: t('col.tag'), width: 220, ellipsis: true, render: (_, tag) => <Typography.Text strong>{tag.name}</Typography.Text> },
        // NetEase's tag list carries no push time; the column shows only when some tag has one.
        ...(rows.some((tag) => tag.pushedAt) ? [pushedColumn] : []),
        { key: 'size', title: t('col.size'), width: 90, render: (_, tag) => formatBytes(tag.size) },
        { key: 'build', title: t('col.build'), width: 90, render: (_, tag) => tag.buildStatus ?? '' },
        {
          key: 'pull',
          title: t('col.pull'),
          render: (_, tag) =>
            tag.pullCommand ? (
              <Flex align="center" gap={4}>
                <Typography.Text code style={{ wordBreak: 'break-all' }} data-testid="pull-command">
                  {tag.pullCommand}
                </Typography.Text>
                <CopyButton text={tag.pullCommand} label={`${t('common.copy')} ${t('col.pull')}`} />
              </Flex>
            ) : (
              ''
            ),
        },
      ]}
    />
  );
}
