import { App, Alert, Button, Card, Flex, Space } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { EmptyState } from '../../../ui/EmptyState';
import { links } from '../../shared/links';
import { PageHeader } from '../../shared/PageHeader';
import { scopeOf } from '../../netease/shared/AccountSelect';
import { useNeteaseScopes } from '../../netease/shared/useNeteaseScopes';
import { useRepositories } from '../shared/queries';
import { useImagesT } from '../useImagesT';
import { BuildForm } from './BuildForm';
import { BuildProgress } from './BuildProgress';

/**
 * links.neteaseImageBuilds: the API lists no builds (5.1 answers nothing, 5.3 only a tag's
 * status), so this is the build form with account and repository pickers, and the progress of
 * the build it started. The build followed is in the URL (`account`, `repo`, `tag`), so a copied
 * link follows the same build.
 */
export default function ImageBuildsPage() {
  const t = useImagesT();
  const { message } = App.useApp();
  const { accounts, scopes } = useNeteaseScopes();
  const [search, setSearch] = useSearchParams();
  const accountId = search.get('account') ?? undefined;
  const repoName = search.get('repo') ?? undefined;
  const tag = search.get('tag') ?? undefined;
  const scope = scopeOf(scopes, accountId);
  // The followed build's repository id (a build into a new name creates the repository).
  const repos = useRepositories(tag ? scope?.account.id : undefined, scope?.region ?? '');
  const repoId = repos.data?.find((r) => r.repo_name === repoName)?.repo_id;

  const follow = (next: { account: string; repo: string; tag: string } | { account?: string; repo?: string; tag?: undefined }) =>
    setSearch(
      (prev) => {
        const q = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(next)) if (v) q.set(k, v);
        else q.delete(k);
        return q;
      },
      { replace: false },
    );

  return (
    <Flex vertical gap={12}>
      <PageHeader title={t('build.title')} subtitle={t('build.subtitle')} />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      <Alert type="info" showIcon title={t('build.noListApi')} />
      {tag && repoName && scope ? (
        repoId !== undefined ? (
          <BuildProgress
            accountId={scope.account.id}
            region={scope.region}
            accountName={scope.account.name}
            repoId={repoId}
            repoName={repoName}
            tag={tag}
            extra={
              <Space>
                <Link to={links.neteaseRepository(scope.account.id, repoId)}>{t('build.openRepo')}</Link>
                <Button size="small" onClick={() => follow({ tag: undefined })}>
                  {t('build.again')}
                </Button>
              </Space>
            }
          />
        ) : repos.error ? (
          <ErrorAlert error={repos.error} scope={{ account: scope.account.name }} onRetry={() => repos.refetch()} />
        ) : (
          <Card size="small" loading />
        )
      ) : null}
      {!tag ? (
        <Card size="small">
          {!accounts.isLoading && scopes.length === 0 ? (
            <EmptyState description={t('common.noAccounts')} />
          ) : scopes.length > 0 ? (
            <BuildForm
              // Remount when the URL picks another account or repository.
              key={`${accountId ?? ''}/${repoName ?? ''}`}
              scopes={scopes}
              initial={{ accountId: scope?.account.id, repo_name: repoName }}
              onStarted={(b) => {
                message.success(t('build.started', { image: `${b.repo_name}:${b.tag}` }));
                follow({ account: b.accountId, repo: b.repo_name, tag: b.tag });
              }}
            />
          ) : (
            <Card size="small" loading />
          )}
        </Card>
      ) : null}
    </Flex>
  );
}
