import { Flex, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAccounts } from '../../../app/accounts/useAccounts';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { ServicesUsingImage } from '../../services/ServicesUsingImage';
import { registryScope } from '../api/client';
import { registryKeys } from '../api/keys';
import { RepositoryInfo } from '../detail/RepositoryInfo';
import { RetentionTab } from '../detail/RetentionTab';
import { TagsTab } from '../detail/TagsTab';
import { TriggerLogTab } from '../detail/TriggerLogTab';
import { TriggersTab } from '../detail/TriggersTab';
import { useRegistryT } from '../messages';
import { registryPaths } from '../paths';

const TABS = ['tags', 'retention', 'triggers', 'log'] as const;
type Tab = (typeof TABS)[number];

/** One repository: information, tags, automatic deletion, triggers and their log; the tab is in the URL. */
export default function RepositoryDetailPage() {
  const t = useRegistryT();
  const { accountId = '', '*': splat = '' } = useParams();
  const reponame = splat.split('/').map(decodeURIComponent).join('/');
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'tags';
  const accounts = useAccounts();
  const account = accounts.data?.find((a) => a.id === accountId && a.provider === 'tencent');
  const scope = account ? registryScope(account) : undefined;
  const info = useQuery({ queryKey: registryKeys.repository(accountId, reponame), queryFn: () => scope!.client.GetRepositoryInfo({ reponame }, scope!.region), enabled: !!scope });

  return (
    <Flex vertical gap={12}>
      <PageHeader title={reponame} subtitle={<Link to={registryPaths.repositories}>{t('repo.title')}</Link>} />
      {accounts.error ? <ErrorAlert error={accounts.error} /> : null}
      {accounts.data && !account ? <Typography.Text type="danger">{t('account.none')}</Typography.Text> : null}
      {info.error ? <ErrorAlert error={info.error} scope={{ account: account?.name }} onRetry={() => void info.refetch()} /> : null}
      {scope && info.data && <RepositoryInfo scope={scope} reponame={reponame} info={info.data} />}
      {scope && <ServicesUsingImage provider="tencent" repository={`ccr.ccs.tencentyun.com/${reponame}`} />}
      {scope && (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams((p) => (p.set('tab', key), p), { replace: true })}
          destroyOnHidden
          items={[
            { key: 'tags', label: t('tab.tags'), children: <TagsTab scope={scope} reponame={reponame} /> },
            { key: 'retention', label: t('tab.retention'), children: <RetentionTab scope={scope} reponame={reponame} /> },
            { key: 'triggers', label: t('tab.triggers'), children: <TriggersTab scope={scope} reponame={reponame} /> },
            { key: 'log', label: t('tab.triggerLog'), children: <TriggerLogTab scope={scope} reponame={reponame} /> },
          ]}
        />
      )}
    </Flex>
  );
}
