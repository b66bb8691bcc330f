import { Badge, Descriptions, Drawer, Flex, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../shared/format';
import { neteaseApi } from '../shared/client';
import { neteaseKeys } from '../shared/keys';
import { useNeteaseT } from '../useNeteaseT';
import { IP_STATUS_BADGE, ipStatusLabel, ipTypeLabel } from './ipLabels';

export interface IpRef {
  accountId: string;
  accountName: string;
  region: string;
  id: string;
}

/** 8.3 detail and 8.5 cost of one IP. */
export function IpDetailDrawer({ target, onClose }: { target?: IpRef; onClose: () => void }) {
  const t = useNeteaseT();
  const enabled = !!target;
  const detail = useQuery({
    queryKey: neteaseKeys.ipDetail(target?.accountId ?? '', target?.region ?? '', target?.id ?? ''),
    queryFn: () => neteaseApi(target!.accountId).call('getIp', { id: target!.id }),
    enabled,
  });
  const cost = useQuery({
    queryKey: [...neteaseKeys.ipDetail(target?.accountId ?? '', target?.region ?? '', target?.id ?? ''), 'cost'],
    queryFn: () => neteaseApi(target!.accountId).call('getIpCost', { id: target!.id }),
    enabled,
  });
  const ip = detail.data;
  return (
    <Drawer open={enabled} onClose={onClose} title={t('ips.detailTitle', { ip: ip?.ip ?? target?.id ?? '' })} size={520} destroyOnHidden>
      <Flex vertical gap={12}>
        {detail.error ? <ErrorAlert error={detail.error} scope={{ account: target?.accountName }} onRetry={() => detail.refetch()} /> : null}
        {cost.error ? <ErrorAlert error={cost.error} scope={{ account: target?.accountName }} onRetry={() => cost.refetch()} /> : null}
        {detail.isLoading ? <Spin /> : null}
        {ip ? (
          <Descriptions size="small" column={1} bordered data-testid="ip-detail">
            <Descriptions.Item label={t('ips.ip')}>{ip.ip}</Descriptions.Item>
            <Descriptions.Item label={t('ips.id')}>{ip.id}</Descriptions.Item>
            <Descriptions.Item label={t('ips.type')}>{ipTypeLabel(t, ip.type)}</Descriptions.Item>
            <Descriptions.Item label={t('ips.status')}>
              <Badge status={IP_STATUS_BADGE[ip.status] ?? 'warning'} text={ipStatusLabel(t, ip.status)} />
            </Descriptions.Item>
            <Descriptions.Item label={t('ips.boundTo')}>{ip.service_name || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('ips.serviceId')}>{ip.service_id || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('common.account')}>{target?.accountName}</Descriptions.Item>
            <Descriptions.Item label={t('common.created')}>{formatDate(ip.create_at)}</Descriptions.Item>
            <Descriptions.Item label={t('common.updated')}>{formatDate(ip.update_at)}</Descriptions.Item>
            <Descriptions.Item label={t('ips.cost')}>
              <span data-testid="ip-cost">{cost.data ? t('ips.costValue', { cost: cost.data.cost }) : cost.isLoading ? <Spin size="small" /> : '—'}</span>
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Flex>
    </Drawer>
  );
}
