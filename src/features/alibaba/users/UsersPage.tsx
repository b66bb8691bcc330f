import { useMemo } from 'react';
import { Flex, Tag, Typography } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import { CopyButton } from '../../../ui/CopyButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { tOr, type AlibabaTranslate } from '../messages';
import { PageFrame, RefreshButton } from '../shared/PageFrame';
import { useAlibabaScope } from '../shared/useAlibabaScope';
import { text } from '../shared/values';
import { useAlibabaT } from '../useAlibabaT';
import { userKey, type AppRole, type User } from './roles';
import { useUserRoles, useUsers } from './useUsers';

interface UserRow {
  user: User;
  roles: AppRole[];
}

const ROLE_COLOR: Record<string, string> = { Owner: 'gold', PE: 'purple', Dev: 'blue', Test: 'green' };

function columns(t: AlibabaTranslate): ResourceColumn<UserRow>[] {
  return [
    { key: 'name', title: t('users.realName'), width: 140, sortValue: (r) => text(r.user.RealName), searchText: (r) => text(r.user.RealName), render: (r) => <Typography.Text strong>{text(r.user.RealName)}</Typography.Text> },
    {
      key: 'id',
      title: t('users.userId'),
      width: 180,
      sortValue: (r) => text(r.user.UserId),
      searchText: (r) => text(r.user.UserId),
      render: (r) => (
        <Flex gap={4} align="center">
          <Typography.Text code>{text(r.user.UserId)}</Typography.Text>
          <CopyButton text={text(r.user.UserId)} />
        </Flex>
      ),
    },
    { key: 'type', title: t('users.userType'), width: 120, filterValue: (r) => text(r.user.UserType), filterLabel: (v) => tOr(t, `users.userType.${v}`, v), render: (r) => tOr(t, `users.userType.${text(r.user.UserType)}`, text(r.user.UserType)) },
    {
      key: 'roles',
      title: t('users.roles'),
      width: 420,
      filterValue: (r) => [...new Set(r.roles.map((x) => x.role))],
      filterLabel: (v) => tOr(t, `users.role.${v}`, v),
      searchText: (r) => r.roles.map((x) => `${x.role} ${x.appTitle}`).join(' '),
      render: (r) =>
        r.roles.length === 0 ? (
          <Typography.Text type="secondary">{t('users.noRole')}</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {r.roles.map((x) => (
              <Tag key={`${x.appId}-${x.role}`} color={ROLE_COLOR[x.role]}>
                {x.role} · {x.appTitle}
              </Tag>
            ))}
          </Flex>
        ),
    },
  ];
}

/** 2.1 ListUsers with the roles (Owner, PE, Dev, Test) applications give each user. */
export default function UsersPage() {
  const t = useAlibabaT();
  const { accounts, scopes, scope, choose } = useAlibabaScope();
  const users = useUsers(scope);
  const roles = useUserRoles(scope);
  const rows = useMemo<UserRow[]>(() => (users.data ?? []).map((user) => ({ user, roles: roles.data?.get(userKey(user)) ?? [] })), [users.data, roles.data]);
  const cols = useMemo(() => columns(t), [t]);
  return (
    <PageFrame title={t('users.title')} subtitle={t('users.subtitle')} accounts={accounts} scopes={scopes} scope={scope} choose={choose}>
      <ScopedErrors scope={scope} errors={[users.error, roles.error]} onRetry={() => void Promise.all([users.refetch(), roles.refetch()])} />
      <ResourceTable
        ariaLabel={t('users.title')}
        rows={rows}
        columns={cols}
        rowKey={(r) => userKey(r.user)}
        loading={users.isLoading}
        toolbar={<RefreshButton spinning={users.isFetching || roles.isFetching} onClick={() => void Promise.all([users.refetch(), roles.refetch()])} />}
      />
    </PageFrame>
  );
}

function ScopedErrors({ scope, errors, onRetry }: { scope?: Scope; errors: unknown[]; onRetry: () => void }) {
  return (
    <>
      {errors.filter(Boolean).map((error, i) => (
        <ErrorAlert key={i} error={error} scope={{ account: scope?.account.name, region: scope?.region }} onRetry={onRetry} />
      ))}
    </>
  );
}
