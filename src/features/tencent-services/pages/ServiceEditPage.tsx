import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { App, Flex, Form, Skeleton } from 'antd';
import { PageHeader } from '../../shared/PageHeader';
import { links, regionFromSegment } from '../../shared/links';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useChange, useServiceInfo, type ServiceRef } from '../api';
import { ServiceFormView } from '../components/ServiceFormView';
import { recordRevision } from '../history';
import { useTsvcT } from '../messages';
import { formFromInfo, toModifyParams, type ServiceForm } from '../rules';

export function useServiceRef(): ServiceRef {
  const p = useParams();
  return { accountId: p.accountId ?? '', region: regionFromSegment(p.region), clusterId: p.clusterId ?? '', namespace: p.namespace ?? 'default', serviceName: p.serviceName ?? '' };
}

/** ModifyClusterService: the full form prefilled from DescribeClusterServiceInfo. */
export default function ServiceEditPage() {
  const t = useTsvcT();
  const ref = useServiceRef();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const info = useServiceInfo(ref, false);
  const [form] = Form.useForm<ServiceForm>();
  const initial = useMemo(() => (info.data ? formFromInfo(info.data) : undefined), [info.data]);
  const modify = useChange(
    ref.accountId,
    ref.region,
    (client, v: ServiceForm) => {
      recordRevision(ref, info.data, 'ModifyClusterService');
      return client.ModifyClusterService(toModifyParams({ ...v, serviceName: ref.serviceName }, ref.clusterId, ref.namespace), ref.region);
    },
    () => {
      message.success(t('edit.done', { name: ref.serviceName }));
      navigate(links.tencentService(ref.accountId, ref.region, ref.clusterId, ref.namespace, ref.serviceName, 'overview') + '&watch=ModifyClusterService');
    },
  );
  return (
    <Flex vertical gap={12}>
      <PageHeader title={t('edit.title', { name: ref.serviceName })} subtitle={t('edit.subtitle')} />
      {info.error && <ErrorAlert error={info.error} scope={{ account: ref.accountId, region: ref.region }} onRetry={() => info.refetch()} />}
      {!initial && info.isLoading && <Skeleton active />}
      {initial && (
        <ServiceFormView
          key={ref.serviceName}
          form={form}
          initial={initial}
          mode="modify"
          accountId={ref.accountId}
          region={ref.region}
          submitting={modify.isPending}
          submitLabel={t('edit.submit')}
          onSubmit={(v) => modify.mutate(v)}
          error={modify.error ? <ErrorAlert error={modify.error} scope={{ account: ref.accountId, region: ref.region }} /> : undefined}
          onCancel={() => navigate(links.tencentService(ref.accountId, ref.region, ref.clusterId, ref.namespace, ref.serviceName))}
        />
      )}
    </Flex>
  );
}
