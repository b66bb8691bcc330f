import { Alert, Flex, Segmented } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../shared/PageHeader';
import { links } from '../shared/links';
import { AlibabaLogs } from './AlibabaLogs';
import { TencentLogs } from './TencentLogs';
import { useLogsT } from './useLogsT';
import { useUrlState } from '../shared/useUrlState';

const PROVIDERS = ['tencent', 'alibaba', 'netease'] as const;

/**
 * Logs across the clouds. The URL is the page (`links.logs`): provider, account, the pickers,
 * `view=log|events`, `at`, and the page's own `range`, `since`, `order`, `cap`.
 */
export default function LogsPage() {
  const t = useLogsT();
  const { get, set } = useUrlState();
  const provider = (PROVIDERS as readonly string[]).includes(get('provider')) ? (get('provider') as (typeof PROVIDERS)[number]) : 'tencent';
  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <Segmented
            value={provider}
            // Another cloud: the pickers of the last one mean nothing there.
            onChange={(v) => set({ provider: v, account: undefined, region: undefined, cluster: undefined, namespace: undefined, service: undefined, pod: undefined, container: undefined, app: undefined, env: undefined, order: undefined, at: undefined, view: undefined }, { push: true })}
            options={PROVIDERS.map((p) => ({ value: p, label: t(`provider.${p}`) }))}
          />
        }
      />
      {provider === 'tencent' ? (
        <TencentLogs />
      ) : provider === 'alibaba' ? (
        <AlibabaLogs />
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('netease.title')}
          description={
            <>
              {t('netease.body')} <Link to={links.capabilities()}>{t('netease.link')}</Link>
            </>
          }
        />
      )}
    </Flex>
  );
}
