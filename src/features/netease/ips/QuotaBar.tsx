import { Card, Flex, Progress, Typography } from 'antd';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNeteaseT } from '../useNeteaseT';
import { typeQuotas } from './quota';
import type { useIpQuotas } from './useIpQuotas';

/** 8.4 per account: used of total, and per type. */
export function QuotaBar({ quotas }: { quotas: ReturnType<typeof useIpQuotas> }) {
  const t = useNeteaseT();
  return (
    <Flex gap={8} wrap role="group" aria-label={t('ips.quota')}>
      {quotas.map(({ scope, data, error, refetch }) =>
        error ? (
          <ErrorAlert key={scope.account.id} error={error} scope={{ account: scope.account.name }} onRetry={refetch} />
        ) : data ? (
          <Card key={scope.account.id} size="small" styles={{ body: { padding: '6px 12px' } }} data-testid={`quota-${scope.account.id}`}>
            <Flex gap={16} align="center" wrap>
              <Typography.Text strong>{t('ips.quotaOf', { account: scope.account.name, used: data.used, total: data.total })}</Typography.Text>
              {typeQuotas(data).map((q) => (
                <Flex key={q.type} gap={6} align="center" style={{ minWidth: 180 }}>
                  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                    {t('ips.quotaType', { type: q.type, used: q.used, quota: q.quota })}
                  </Typography.Text>
                  <Progress percent={q.quota ? Math.round((q.used / q.quota) * 100) : 100} size="small" showInfo={false} style={{ width: 80, margin: 0 }} status={q.free === 0 ? 'exception' : 'normal'} />
                </Flex>
              ))}
            </Flex>
          </Card>
        ) : null,
      )}
    </Flex>
  );
}
