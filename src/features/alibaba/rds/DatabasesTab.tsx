import { useMemo, useState } from 'react';
import { App, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Scope } from '../../../app/accounts/scope';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import type { AlibabaTranslate } from '../messages';
import { alibabaKeys } from '../shared/keys';
import { RefreshButton } from '../shared/PageFrame';
import { StatusDot } from '../shared/StatusDot';
import { useAlibabaChange } from '../shared/useAlibabaChange';
import { text } from '../shared/values';
import { useAlibabaT } from '../useAlibabaT';
import { CreateDbModal } from './CreateDbModal';
import type { Database } from './types';
import type { useDatabases } from './useRds';

function columns(t: AlibabaTranslate, remove: (d: Database) => void): ResourceColumn<Database>[] {
  return [
    { key: 'name', title: t('rds.dbName'), width: 170, sortValue: (d) => text(d.DBName), searchText: (d) => text(d.DBName), render: (d) => <Typography.Text strong>{text(d.DBName)}</Typography.Text> },
    { key: 'status', title: t('common.status'), width: 110, filterValue: (d) => text(d.DBStatus), render: (d) => <StatusDot status={d.DBStatus} /> },
    { key: 'charset', title: t('rds.charset'), width: 170, filterValue: (d) => text(d.CharacterSetName), render: (d) => text(d.CharacterSetName) },
    { key: 'engine', title: t('rds.engine'), width: 100, render: (d) => text(d.Engine) },
    { key: 'description', title: t('rds.description'), width: 160, ellipsis: true, searchText: (d) => text(d.DBDescription), render: (d) => text(d.DBDescription) },
    {
      key: 'accounts',
      title: t('rds.grantedAccounts'),
      width: 300,
      searchText: (d) => (d.Accounts ?? []).map((a) => text(a.Account)).join(' '),
      render: (d) => (
        <Flex gap={4} wrap>
          {(d.Accounts ?? []).map((a) => (
            <Tag key={text(a.Account)} title={text(a.AccountPrivilegeDetail)}>
              {text(a.Account)}: {text(a.AccountPrivilege)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      fixed: 'right',
      render: (d) => (
        <Tooltip title={t('rds.dbDeleteHint')}>
          <Button size="small" danger icon={<DeleteOutlined />} disabled={d.DBStatus === 'Deleting'} aria-label={`${t('common.delete')} ${text(d.DBName)}`} onClick={() => remove(d)} />
        </Tooltip>
      ),
    },
  ];
}

/** 6.1 list, 6.5 create, 6.6 delete (typed-name confirmation). */
export function DatabasesTab({ scope, instanceId, engine, query, onError }: { scope?: Scope; instanceId: string; engine?: string; query: ReturnType<typeof useDatabases>; onError: (error: unknown) => void }) {
  const t = useAlibabaT();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string>();
  const remove = useAlibabaChange(scope, (api, name: string, region) => api.call('DeleteDatabase', { DBInstanceId: instanceId, DBName: name }, region || undefined), (a, r) => alibabaKeys.rds(a, r, instanceId));
  const cols = useMemo(() => columns(t, (d) => setDeleting(text(d.DBName))), [t]);
  return (
    <>
      <ResourceTable
        ariaLabel={t('rds.databases')}
        urlPrefix="db"
        height={360}
        rows={query.data ?? []}
        columns={cols}
        rowKey={(d) => text(d.DBName)}
        loading={query.isLoading}
        toolbar={
          <Flex gap={8}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('rds.createDb')}
            </Button>
            <RefreshButton spinning={query.isFetching} onClick={() => void query.refetch()} />
          </Flex>
        }
      />
      <CreateDbModal
        open={creating}
        scope={scope}
        instanceId={instanceId}
        engine={engine}
        onClose={() => setCreating(false)}
        onCreated={(name) => {
          setCreating(false);
          onError(undefined);
          message.success(t('rds.dbCreated', { name }));
        }}
      />
      <DangerConfirm
        open={!!deleting}
        kind={t('rds.dbKind')}
        name={deleting ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting);
            message.success(t('rds.dbDeleted', { name: deleting }));
            onError(undefined);
          } catch (error) {
            onError(error);
          }
          setDeleting(undefined);
        }}
      />
    </>
  );
}
