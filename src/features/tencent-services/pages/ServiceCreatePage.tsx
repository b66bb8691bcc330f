import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Flex, Form } from 'antd';
import { PageHeader } from '../../shared/PageHeader';
import { links } from '../../shared/links';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useChange } from '../api';
import { ScopeBar, useUrlScope } from '../components/ScopeBar';
import { ServiceFormView } from '../components/ServiceFormView';
import { useTsvcT } from '../messages';
import { emptyForm, toCreateParams, type ServiceForm } from '../rules';

/** `links.tencentServiceCreate({account, region, cluster, namespace})`: CreateClusterService as a guided form. */
export default function ServiceCreatePage() {
  const t = useTsvcT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const scope = useUrlScope('default');
  const [form] = Form.useForm<ServiceForm>();
  const initial = useMemo(emptyForm, []);
  const accountId = scope.account?.id ?? '';
  const region = scope.region ?? '';
  const create = useChange(accountId, region, (client, v: ServiceForm) => client.CreateClusterService(toCreateParams(v, scope.cluster!, scope.namespace || 'default'), region), (_r, v) => {
    message.success(t('create.done', { name: v.serviceName }));
    navigate(links.tencentService(accountId, region, scope.cluster!, scope.namespace || 'default', v.serviceName.trim(), 'instances') + '&watch=CreateClusterService');
  });
  return (
    <Flex vertical gap={12}>
      <PageHeader title={t('create.title')} subtitle="CreateClusterService" />
      {scope.tencent.length === 0 && !scope.accounts.isLoading ? <Alert type="info" title={t('scope.noAccounts')} /> : <ScopeBar scope={scope} />}
      {scope.clusters.error && <ErrorAlert error={scope.clusters.error} scope={{ account: scope.account?.name, region }} />}
      {scope.account && (
        <ServiceFormView
          form={form}
          initial={initial}
          mode="create"
          accountId={accountId}
          region={region}
          submitting={create.isPending}
          submitLabel={t('create.submit')}
          onSubmit={(v) => (scope.cluster ? create.mutate(v) : message.warning(t('scope.pickCluster')))}
          error={create.error ? <ErrorAlert error={create.error} scope={{ account: scope.account.name, region }} /> : undefined}
          onCancel={() => navigate(-1)}
        />
      )}
    </Flex>
  );
}
