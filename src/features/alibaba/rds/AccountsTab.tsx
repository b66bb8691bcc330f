import { useMemo, useState } from 'react';
import { App, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, KeyOutlined } from '@ant-design/icons';
import type { Scope } from '../../../app/accounts/scope';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import type { AlibabaTranslate } from '../messages';
import { alibabaKeys } from '../shared/keys';
import { RefreshButton } from '../shared/PageFrame';
import { useAlibabaChange } from '../shared/useAlibabaChange';
import { text } from '../shared/values';
import { useAlibabaT } from '../useAlibabaT';
import { GrantModal } from './GrantModal';
import type { Database, RdsAccount } from './types';
import type { useRdsAccounts } from './useRds';

function columns(t: AlibabaTranslate, actions: { grant: (a: RdsAccount) => void; remove: (a: RdsAccount) => void }): ResourceColumn<RdsAccount>[] {
  return [
    { key: 'name', title: t('rds.accountName'), width: 150, sortValue: (a) => text(a.AccountName), searchText: (a) => text(a.AccountName), render: (a) => <Typography.Text strong>{text(a.AccountName)}</Typography.Text> },
    { key: 'type', title: t('rds.accountType'), width: 90, filterValue: (a) => text(a.AccountType), render: (a) => text(a.AccountType) },
    { key: 'status', title: t('rds.accountStatus'), width: 100, filterValue: (a) => text(a.AccountStatus), render: (a) => text(a.AccountStatus) },
    { key: 'description', title: t('rds.description'), width: 140, ellipsis: true, render: (a) => text(a.AccountDescription) },
    {
      key: 'privileges',
      title: t('rds.privileges'),
      width: 340,
      searchText: (a) => (a.DatabasePrivileges ?? []).map((p) => text(p.DBName)).join(' '),
      render: (a) => (
        <Flex gap={4} wrap data-testid={`privileges-${text(a.AccountName)}`}>
          {(a.DatabasePrivileges ?? []).map((p) => (
            <Tag key={text(p.DBName)} title={text(p.AccountPrivilegeDetail)}>
              {text(p.DBName)}: {text(p.AccountPrivilege)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      fixed: 'right',
      render: (a) => (
        <Flex gap={4}>
          <Tooltip title={t('rds.grant')}>
            <Button size="small" icon={<KeyOutlined />} aria-label={`${t('rds.grant')} ${text(a.AccountName)}`} onClick={() => actions.grant(a)} />
          </Tooltip>
          <Tooltip title={t('common.delete')}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${text(a.AccountName)}`} onClick={() => actions.remove(a)} />
          </Tooltip>
        </Flex>
      ),
    },
  ];
}

/** 6.3 list, 6.2 delete, 6.4 grant a database with a privilege. */
export function AccountsTab(props: { scope?: Scope; instanceId: string; engine?: string; databases: readonly Database[]; query: ReturnType<typeof useRdsAccounts>; onError: (error: unknown) => void }) {
  const { scope, instanceId, query, onError } = props;
  const t = useAlibabaT();
  const { message } = App.useApp();
  const [granting, setGranting] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const remove = useAlibabaChange(scope, (api, name: string, region) => api.call('DeleteRdsAccount', { DbInstanceId: instanceId, AccountName: name }, region || undefined), (a, r) => alibabaKeys.rds(a, r, instanceId));
  const cols = useMemo(() => columns(t, { grant: (a) => setGranting(text(a.AccountName)), remove: (a) => setDeleting(text(a.AccountName)) }), [t]);
  return (
    <>
      <ResourceTable
        ariaLabel={t('rds.accounts')}
        urlPrefix="acct"
        height={360}
        rows={query.data ?? []}
        columns={cols}
        rowKey={(a) => text(a.AccountName)}
        loading={query.isLoading}
        toolbar={<RefreshButton spinning={query.isFetching} onClick={() => void query.refetch()} />}
      />
      <GrantModal
        account={granting}
        scope={scope}
        instanceId={instanceId}
        databases={props.databases}
        engine={props.engine}
        onClose={() => setGranting(undefined)}
        onGranted={(db, privilege) => {
          message.success(t('rds.granted', { account: granting ?? '', db, privilege }));
          setGranting(undefined);
          onError(undefined);
        }}
      />
      <DangerConfirm
        open={!!deleting}
        kind={t('rds.accountKind')}
        name={deleting ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting);
            message.success(t('rds.accountDeleted', { name: deleting }));
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
