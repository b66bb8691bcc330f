import { useCallback, useMemo, useState } from 'react';
import { Button, Flex, Tooltip } from 'antd';
import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable } from '../../../ui/resource-table/ResourceTable';
import { PageHeader } from '../../shared/PageHeader';
import { useAccounts } from '../../../app/accounts/useAccounts';
import { useT } from '../../../app/i18n/useI18n';
import { registryScope } from '../api/client';
import { registryKeys } from '../api/keys';
import { fetchAllRepositories, type RepositoryRow } from '../api/lists';
import { ActionError } from '../components/ActionError';
import { useSelection } from '../components/selection';
import { CreateRepositoryModal } from '../components/CreateRepositoryModal';
import { useRegistryT } from '../messages';
import { registryPaths } from '../paths';
import { repositoryColumns, repositoryRowKey } from '../repositoryColumns';

/** Every Tencent account's repositories in one table; one failing account keeps its error to itself. */
export default function RepositoriesPage() {
  const t = useRegistryT();
  const appT = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const accounts = useAccounts();
  const tencent = useMemo(() => (accounts.data ?? []).filter((a) => a.provider === 'tencent'), [accounts.data]);
  const scopes = useMemo(() => tencent.map(registryScope), [tencent]);
  const results = useQueries({ queries: scopes.map((s) => ({ queryKey: registryKeys.repositories(s.accountId), queryFn: () => fetchAllRepositories(s) })) });
  const stamp = results.map((r) => r.dataUpdatedAt).join();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rows = useMemo(() => results.flatMap((r) => r.data ?? []), [stamp]);
  const names = useMemo(() => new Map(tencent.map((a) => [a.id, a.name])), [tencent]);
  const accountName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const selection = useSelection<RepositoryRow>(repositoryRowKey, (r) => t('common.select', { name: r.reponame ?? '' }));
  const columns = useMemo(() => [selection.column, ...repositoryColumns(t, accountName)], [selection.column, t, accountName]);
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>();

  const chosen = rows.filter((r) => selection.selected.has(repositoryRowKey(r)));
  const confirmName = chosen.length === 1 ? chosen[0]!.reponame ?? '' : `${chosen.length} ${t('repo.kindMany')}`;
  const batchDelete = async () => {
    setDeleteError(undefined);
    // BatchDeleteRepository is per account: one call per account of the selection.
    const byAccount = new Map<string, RepositoryRow[]>();
    for (const r of chosen) byAccount.set(r.accountId, [...(byAccount.get(r.accountId) ?? []), r]);
    try {
      for (const [accountId, repos] of byAccount) {
        const scope = scopes.find((s) => s.accountId === accountId)!;
        await scope.client.BatchDeleteRepository({ reponames: repos.map((r) => r.reponame ?? '') }, scope.region);
      }
      selection.clear();
    } catch (e) {
      setDeleteError(e);
    } finally {
      setConfirming(false);
      await Promise.all([...byAccount.keys()].map((id) => qc.invalidateQueries({ queryKey: registryKeys.root(id) })));
    }
  };

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={t('repo.title')}
        subtitle={t('repo.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={scopes.length === 0} onClick={() => setCreating(true)}>
            {t('repo.create')}
          </Button>
        }
      />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} /> : null}
      {results.map((r, i) => (r.error ? <ErrorAlert key={scopes[i]!.accountId} error={r.error} scope={{ account: scopes[i]!.accountName }} onRetry={() => void r.refetch()} /> : null))}
      <ActionError error={deleteError} />
      <ResourceTable
        ariaLabel={t('repo.title')}
        rows={rows}
        columns={columns}
        rowKey={repositoryRowKey}
        loading={rows.length === 0 && (accounts.isLoading || results.some((r) => r.isLoading))}
        onOpen={(r) => navigate(registryPaths.repository(r.accountId, r.reponame ?? ''))}
        toolbar={
          <Flex gap={8}>
            <Button danger icon={<DeleteOutlined />} disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
              {t('common.deleteSelected', { count: chosen.length })}
            </Button>
            <Tooltip title={appT('common.refresh')}>
              <Button icon={<ReloadOutlined spin={results.some((r) => r.isFetching)} />} aria-label={appT('common.refresh')} onClick={() => results.forEach((r) => void r.refetch())} />
            </Tooltip>
          </Flex>
        }
      />
      <CreateRepositoryModal open={creating} onClose={() => setCreating(false)} scopes={scopes} onCreated={(accountId, reponame) => navigate(registryPaths.repository(accountId, reponame))} />
      <DangerConfirm open={confirming} kind={t('repo.kindMany')} name={confirmName} onCancel={() => setConfirming(false)} onConfirm={batchDelete} />
    </Flex>
  );
}
