import { useCallback, useMemo } from 'react';
import { Button, Flex, Tooltip } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useScopes } from '../../app/accounts/useAccounts';
import { useT } from '../../app/i18n/useI18n';
import { providersOffering } from '../../domain/capabilities';
import type { Repository } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable } from '../../ui/resource-table/ResourceTable';
import { PageHeader } from '../shared/PageHeader';
import { resourceKeys } from '../shared/queryKeys';
import { ScopeErrors } from '../shared/ScopeErrors';
import { useAcrossScopes } from '../shared/useAcrossScopes';
import { repositoryColumns, repositoryKey } from './repositoryColumns';
import { TagsTable } from './TagsTable';

const REPOSITORY_PROVIDERS = providersOffering('repositories');
/** Expanded repositories are in the URL too (`open=`), so a link opens their tags. */
const OPEN_PARAM = 'open';

export default function RepositoriesPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const { accounts, scopes } = useScopes(REPOSITORY_PROVIDERS);
  const { rows, failed, isLoading, isFetching, refetchAll } = useAcrossScopes<Repository>(
    scopes,
    (p, a, r) => resourceKeys.repositories(p, a, r),
    (domain, ctx) => domain.listRepositories?.(ctx),
  );
  const names = useMemo(() => new Map((accounts.data ?? []).map((a) => [a.id, a.name])), [accounts.data]);
  const accountName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const columns = useMemo(() => repositoryColumns(t, accountName), [t, accountName]);
  const open = params.getAll(OPEN_PARAM);

  const toggle = (key: string, expanded: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        const keys = new Set(next.getAll(OPEN_PARAM));
        if (expanded) keys.add(key);
        else keys.delete(key);
        next.delete(OPEN_PARAM);
        for (const k of keys) next.append(OPEN_PARAM, k);
        return next;
      },
      { replace: true },
    );

  return (
    <Flex vertical gap={12}>
      <PageHeader title={t('repos.title')} subtitle={t('repos.subtitle')} />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      <ScopeErrors failed={failed} />
      <ResourceTable
        ariaLabel={t('repos.title')}
        rows={rows}
        columns={columns}
        rowKey={repositoryKey}
        // Rows that arrived show at once; the refresh icon spins while other accounts answer.
        loading={rows.length === 0 && (isLoading || accounts.isLoading)}
        onOpen={(r) => toggle(repositoryKey(r), !open.includes(repositoryKey(r)))}
        expandable={{
          expandedRowKeys: open,
          onExpand: (expanded, r) => toggle(repositoryKey(r), expanded),
          expandedRowRender: (r) => <TagsTable repository={r} accountName={accountName(r.accountId)} />,
        }}
        emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={t('repos.noAccounts')} /> : undefined}
        toolbar={
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined spin={isFetching} />} aria-label={t('common.refresh')} onClick={refetchAll} />
          </Tooltip>
        }
      />
    </Flex>
  );
}
