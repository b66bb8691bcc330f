import { App, Flex } from 'antd';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { links } from '../shared/links';
import { PageHeader } from '../shared/PageHeader';
import { useIngressT } from '../ingresses/useIngressT';
import { useAlibabaIngressChanges } from './api';
import { createServiceParams } from './rules';
import { ServiceForm } from './ServiceForm';
import { useEnvironmentChoice } from './useEnvironmentChoice';

/** CreateService (a k8s service) for one app environment. */
export default function ServiceCreatePage() {
  const ti = useIngressT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { accounts, scope, environments, environment, pickers } = useEnvironmentChoice();
  const accountId = scope?.account.id;
  const { createService } = useAlibabaIngressChanges(accountId, scope?.region);
  const errorScope = { account: scope?.account.name, region: scope?.region };
  return (
    <Flex vertical gap={12}>
      <PageHeader title={ti('ali.svc.createTitle')} />
      {accounts.error ? <ErrorAlert error={accounts.error} /> : null}
      {environments.error ? <ErrorAlert error={environments.error} scope={errorScope} onRetry={() => environments.refetch()} /> : null}
      {createService.error ? <ErrorAlert error={createService.error} scope={errorScope} /> : null}
      <ServiceForm
        mode="create"
        before={pickers}
        busy={createService.isPending}
        initial={{ ServiceType: 'ClusterIP', Headless: false, PortMappings: [{ Name: 'http', Protocol: 'TCP', Port: 80, TargetPort: '8080' }] }}
        onCancel={() => navigate(-1)}
        onSubmit={(v) => {
          if (!accountId || !environment) {
            message.warning(ti('ali.chooseEnvironment'));
            return;
          }
          createService.mutate(createServiceParams(environment.envId, v), {
            onSuccess: (result) => {
              message.success(ti('common.created.ok', { name: v.Name ?? '' }));
              const id = (result as { Result?: { ServiceId?: number } }).Result?.ServiceId;
              navigate(id !== undefined ? links.alibabaService(accountId, id) : '/ingresses');
            },
          });
        }}
      />
    </Flex>
  );
}
