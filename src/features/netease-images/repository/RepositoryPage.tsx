import { useMemo, useState } from 'react';
import { App, Badge, Button, Card, Descriptions, Flex, Modal, Space, Tag, Tooltip, Typography } from 'antd';
import { BuildOutlined, DeleteOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { CopyButton } from '../../../ui/CopyButton';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { formatBytes, formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { RefreshButton } from '../../netease/shared/PageFrame';
import { ServicesUsingImage } from '../../services/ServicesUsingImage';
import { useNeteaseChange, type Target } from '../../netease/shared/useNeteaseChange';
import { BuildForm } from '../builds/BuildForm';
import { BuildProgress } from '../builds/BuildProgress';
import { imageKeys } from '../shared/keys';
import { useRepository, type ImageTag } from '../shared/queries';
import { BADGE, buildFinished, buildNeutral, buildStatusName, newestFirst, pullCommand } from '../shared/rules';
import { useAccountScope } from '../shared/useAccountScope';
import type { ImagesTranslate } from '../messages';
import { useImagesT } from '../useImagesT';
import { useUrlState } from '../../shared/useUrlState';

type TagRow = ImageTag & { pull: string };

function tagColumns(t: ImagesTranslate, remove: (row: TagRow) => void): ResourceColumn<TagRow>[] {
  return [
    { key: 'name', title: t('tag.name'), width: 220, ellipsis: true, searchText: (r) => r.name, sortValue: (r) => r.name, render: (r) => <Typography.Text strong>{r.name}</Typography.Text> },
    {
      key: 'status',
      title: t('tag.status'),
      width: 190,
      filterValue: (r) => buildStatusName(r.status),
      filterLabel: (v) => t(`status.${v as 'succeeded'}`),
      render: (r) => <Badge status={BADGE[buildNeutral(r.status)]} text={t(`status.${buildStatusName(r.status)}`)} />,
    },
    { key: 'size', title: t('tag.size'), width: 100, sortValue: (r) => r.size, render: (r) => (r.status === 2 ? formatBytes(r.size) : '—') },
    {
      key: 'pull',
      title: t('tag.pull'),
      width: 460,
      searchText: (r) => r.pull,
      render: (r) =>
        r.status === 2 ? (
          <Flex gap={4} align="center">
            <Typography.Text code ellipsis style={{ maxWidth: 420 }}>
              {r.pull}
            </Typography.Text>
            <CopyButton text={r.pull} />
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      fixed: 'right',
      render: (r) => (
        <Tooltip title={buildFinished(r.status) ? t('common.delete') : t('tag.busy')}>
          <Button size="small" danger icon={<DeleteOutlined />} disabled={!buildFinished(r.status)} aria-label={`${t('common.delete')} ${r.name}`} onClick={() => remove(r)} />
        </Tooltip>
      ),
    },
  ];
}

/** links.neteaseRepository: 5.3 detail with its tags, 5.4 delete a tag, 5.1 build a new one. */
export default function RepositoryPage() {
  const t = useImagesT();
  const { message } = App.useApp();
  const params = useParams();
  const { params: search, set: setQuery } = useUrlState();
  const accountId = params.accountId ?? '';
  const repoId = Number(params.repoId);
  const { accounts, account, region, ready } = useAccountScope(accountId);
  const repo = useRepository(accountId, region, repoId, ready);
  const [deleting, setDeleting] = useState<TagRow>();
  const [changeError, setChangeError] = useState<unknown>();
  const remove = useNeteaseChange((api, v: Target & { repo_name: string; tag: string }) => api.call('deleteImageTag', { repo_name: v.repo_name, tag: v.tag }), imageKeys.repositories);

  // The build dialog and the build it follows live in the URL (?build=1, ?buildTag=…).
  const building = search.get('build') === '1';
  const followed = search.get('buildTag') ?? undefined;

  const data = repo.data;
  const rows = useMemo<TagRow[]>(() => (data ? newestFirst(data.tags).map((tag) => ({ ...tag, pull: pullCommand(data.download_url, tag.name) })) : []), [data]);
  const columns = useMemo(() => tagColumns(t, setDeleting), [t]);
  const accountName = account?.name ?? accountId;

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={
          <Space>
            {t('repo.title', { name: data?.repo_name ?? String(params.repoId) })}
            {data ? <Tag>{data.open_level === 1 ? t('repo.public') : t('repo.private')}</Tag> : null}
          </Space>
        }
        subtitle={t('repo.subtitle', { account: accountName })}
        extra={
          <Space>
            <RefreshButton spinning={repo.isFetching} onClick={() => void repo.refetch()} />
            <Button type="primary" icon={<BuildOutlined />} disabled={!data} onClick={() => setQuery({ build: '1' })}>
              {t('build.open')}
            </Button>
          </Space>
        }
      />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      {repo.error ? <ErrorAlert error={repo.error} scope={{ account: accountName }} onRetry={() => repo.refetch()} /> : null}
      {changeError ? <ErrorAlert error={changeError} scope={{ account: accountName }} /> : null}
      {data ? (
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('repo.pullAddress')} span={2}>
              <Space size={4}>
                <Typography.Text code>{data.download_url}</Typography.Text>
                <CopyButton text={`docker pull ${data.download_url}`} />
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('repo.owner')}>{data.user_name}</Descriptions.Item>
            <Descriptions.Item label={t('repo.baseDesc')}>{data.base_desc || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('repo.detailDesc')} span={2}>
              {data.detail_desc || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('repo.tagCount')}>{data.tag_count}</Descriptions.Item>
            <Descriptions.Item label={t('common.created')}>{formatDate(data.created_at)}</Descriptions.Item>
            <Descriptions.Item label={t('common.updated')}>{formatDate(data.updated_at)}</Descriptions.Item>
          </Descriptions>
          <ServicesUsingImage provider="netease" repository={data.download_url.replace(/:[^/]*$/, '')} />
        </Card>
      ) : null}
      {data && followed ? (
        <BuildProgress
          accountId={accountId}
          region={region}
          accountName={accountName}
          repoId={repoId}
          repoName={data.repo_name}
          tag={followed}
          extra={<Button size="small" type="text" aria-label={t('common.close')} onClick={() => setQuery({ buildTag: undefined })}>{t('common.close')}</Button>}
        />
      ) : null}
      <Typography.Text type="secondary">{t('repo.tagsHint')}</Typography.Text>
      <ResourceTable ariaLabel={t('repo.tags')} rows={rows} columns={columns} rowKey={(r) => r.name} loading={!data && (repo.isLoading || accounts.isLoading)} />
      <Modal open={building && !!data} title={t('build.title')} footer={null} onCancel={() => setQuery({ build: undefined })} destroyOnHidden width={680}>
        {data ? (
          <BuildForm
            scopes={[]}
            fixed={{ accountId, region, accountName, repo_name: data.repo_name }}
            existingTags={data.tags.map((x) => x.name)}
            onCancel={() => setQuery({ build: undefined })}
            onStarted={(b) => {
              message.success(t('build.started', { image: `${b.repo_name}:${b.tag}` }));
              setQuery({ build: undefined, buildTag: b.tag });
            }}
          />
        ) : null}
      </Modal>
      <DangerConfirm
        open={!!deleting}
        kind={t('tag.kind')}
        name={deleting?.name ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting || !data) return;
          try {
            await remove.mutateAsync({ accountId, region, repo_name: data.repo_name, tag: deleting.name });
            message.success(t('tag.deleted', { tag: deleting.name, repo: data.repo_name }));
            setChangeError(undefined);
            if (followed === deleting.name) setQuery({ buildTag: undefined });
          } catch (error) {
            setChangeError(error);
          }
          setDeleting(undefined);
        }}
      />
    </Flex>
  );
}
