import { Flex, Segmented } from 'antd';
import { PageHeader } from '../shared/PageHeader';
import { useUrlState } from '../shared/useUrlState';
import { AlibabaCapacity } from './AlibabaCapacity';
import { NeteaseCapacity } from './NeteaseCapacity';
import { TencentMonitoring } from './TencentMonitoring';
import { useMonitoringT } from './useMonitoringT';

const PROVIDERS = ['tencent', 'alibaba', 'netease'] as const;

/**
 * Monitoring. The URL is the page (`links.monitoring`): provider, account, region, cluster,
 * namespace, service, pod, container, `from`/`to` (epoch ms) or `range`, plus `refresh` and `app`.
 */
export default function MonitoringPage() {
  const t = useMonitoringT();
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
            onChange={(v) => set({ provider: v, account: undefined, region: undefined, cluster: undefined, namespace: undefined, service: undefined, pod: undefined, container: undefined, app: undefined }, { push: true })}
            options={PROVIDERS.map((p) => ({ value: p, label: t(`provider.${p}`) }))}
          />
        }
      />
      {provider === 'tencent' ? <TencentMonitoring /> : provider === 'alibaba' ? <AlibabaCapacity /> : <NeteaseCapacity />}
    </Flex>
  );
}
