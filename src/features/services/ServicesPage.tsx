import { useCallback, useMemo } from 'react';
import { Button, Dropdown, Flex, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { DownOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n/useI18n';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable } from '../../ui/resource-table/ResourceTable';
import { PageHeader } from '../shared/PageHeader';
import { ScopeErrors } from '../shared/ScopeErrors';
import { serviceColumns } from './serviceColumns';
import { createServicePaths, servicePath } from './servicePaths';
import { useServices } from './useServices';

/** Every service of every configured account: Tencent services, Alibaba app environments, NetEase services. */
export default function ServicesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { accounts, scopes, rows, failed, isLoading, isFetching, refetchAll } = useServices();
  const names = useMemo(() => new Map((accounts.data ?? []).map((a) => [a.id, a.name])), [accounts.data]);
  const accountName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const columns = useMemo(() => serviceColumns(t, accountName), [t, accountName]);

  return (
    <Flex vertical gap={12}>
      <PageHeader title={t('services.title')} subtitle={t('services.subtitle')} />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      <ScopeErrors failed={failed} />
      <ResourceTable
        ariaLabel={t('services.title')}
        rows={rows}
        columns={columns}
        rowKey={(s) => `${s.provider}/${s.accountId}/${s.region}/${s.id}`}
        // Rows that arrived show at once; the refresh icon spins while other accounts answer.
        loading={rows.length === 0 && (isLoading || accounts.isLoading)}
        emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={t('services.noAccounts')} /> : undefined}
        onOpen={(s) => navigate(servicePath(s))}
        toolbar={
          <Flex gap={8}>
            <Tooltip title={t('common.refresh')}>
              <Button icon={<ReloadOutlined spin={isFetching} />} aria-label={t('common.refresh')} onClick={refetchAll} />
            </Tooltip>
            <Dropdown
              trigger={['click']}
              menu={{
                items: (Object.keys(createServicePaths) as Array<keyof typeof createServicePaths>).map((p) => ({ key: createServicePaths[p], label: t(`services.create.${p}`) })),
                onClick: ({ key }) => navigate(key),
              }}
            >
              <Button type="primary" icon={<PlusOutlined />}>
                {t('services.create')} <DownOutlined />
              </Button>
            </Dropdown>
          </Flex>
        }
      />
    </Flex>
  );
}
