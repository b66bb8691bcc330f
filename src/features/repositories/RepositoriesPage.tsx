import { useCallback, useMemo } from 'react';
import { Alert, Button, Flex, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/useI18n';
import { offers } from '../../domain/capabilities';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable } from '../../ui/resource-table/ResourceTable';
import { links } from '../shared/links';
import { PageHeader } from '../shared/PageHeader';
import { ScopeErrors } from '../shared/ScopeErrors';
import { repositoryColumns, repositoryHref, repositoryKey } from './repositoryColumns';
import { TagsTable } from './TagsTable';
import { useReposT } from './useReposT';
import { useRepositories } from './useRepositories';

/** Expanded repositories are in the URL too (`open=`), so a link opens their tags. */
const OPEN_PARAM = 'open';

/** One table over every account's image repositories (Tencent ccr and NetEase); a row opens its own page. */
export default function RepositoriesPage() {
  const t = useT();
  const rt = useReposT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { accounts, scopeCount, rows, failed, isLoading, isFetching, refetchAll } = useRepositories();
  const names = useMemo(() => new Map((accounts.data ?? []).map((a) => [a.id, a.name])), [accounts.data]);
  const accountName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const columns = useMemo(() => repositoryColumns(t, rt, accountName), [t, rt, accountName]);
  const open = params.getAll(OPEN_PARAM);
  const hasAlibaba = (accounts.data ?? []).some((a) => a.provider === 'alibaba') && !offers('alibaba', 'repositories');

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
      <PageHeader title={rt('title')} subtitle={rt('subtitle')} />
      {hasAlibaba ? (
        <Alert
          type="info"
          showIcon
          data-testid="no-registry-alibaba"
          title={
            <span>
              {rt('noRegistryAlibaba')} <Link to={links.capabilities()}>{rt('capabilities')}</Link>
            </span>
          }
        />
      ) : null}
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      <ScopeErrors failed={failed} />
      <ResourceTable
        ariaLabel={rt('title')}
        rows={rows}
        columns={columns}
        rowKey={repositoryKey}
        // Rows that arrived show at once; the refresh icon spins while other accounts answer.
        loading={rows.length === 0 && (isLoading || accounts.isLoading)}
        onOpen={(r) => {
          const href = repositoryHref(r);
          if (href) navigate(href);
        }}
        expandable={{
          expandedRowKeys: open,
          onExpand: (expanded, r) => toggle(repositoryKey(r), expanded),
          expandedRowRender: (r) => <TagsTable repository={r} accountName={accountName(r.accountId)} />,
        }}
        emptyText={!accounts.isLoading && scopeCount === 0 ? <EmptyState description={rt('noAccounts')} /> : undefined}
        toolbar={
          <Flex gap={8} align="center">
            <Tooltip title={t('common.refresh')}>
              <Button icon={<ReloadOutlined spin={isFetching} />} aria-label={t('common.refresh')} onClick={refetchAll} />
            </Tooltip>
            <Typography.Text type="secondary" data-testid="repo-count">
              {rt('count', { count: rows.length })}
            </Typography.Text>
          </Flex>
        }
      />
    </Flex>
  );
}
