import { App, Flex } from 'antd';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { links } from '../shared/links';
import { PageHeader } from '../shared/PageHeader';
import { useIngressT } from '../ingresses/useIngressT';
import { useAlibabaIngressChanges, useKnownSlbs } from './api';
import { createSlbApParams } from './rules';
import { SlbApForm } from './SlbApForm';
import { useEnvironmentChoice } from './useEnvironmentChoice';

/** CreateSlbAP for one app environment. */
export default function SlbApCreatePage() {
  const ti = useIngressT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { accounts, scope, environments, environment, pickers } = useEnvironmentChoice();
  const accountId = scope?.account.id;
  const slbs = useKnownSlbs(accountId, scope?.region, environment?.appId);
  const { createAp } = useAlibabaIngressChanges(accountId, scope?.region);
  const errorScope = { account: scope?.account.name, region: scope?.region };
  return (
    <Flex vertical gap={12}>
      <PageHeader title={ti('ali.ap.createTitle')} />
      {accounts.error ? <ErrorAlert error={accounts.error} /> : null}
      {environments.error ? <ErrorAlert error={environments.error} scope={errorScope} onRetry={() => environments.refetch()} /> : null}
      {createAp.error ? <ErrorAlert error={createAp.error} scope={errorScope} /> : null}
      <SlbApForm
        mode="create"
        before={pickers}
        slbOptions={slbs.data}
        busy={createAp.isPending}
        initial={{ Protocol: 'HTTP', ListenerPort: 80, RealServerPort: 8080, StickySession: false }}
        onCancel={() => navigate(-1)}
        onSubmit={(v) => {
          if (!accountId || !environment) {
            message.warning(ti('ali.chooseEnvironment'));
            return;
          }
          createAp.mutate(createSlbApParams(environment.envId, v), {
            onSuccess: (result) => {
              message.success(ti('common.created.ok', { name: v.Name ?? '' }));
              const id = (result as { Result?: { SlbAPId?: number } }).Result?.SlbAPId;
              navigate(id !== undefined ? links.alibabaSlbAp(accountId, id) : '/ingresses');
            },
          });
        }}
      />
    </Flex>
  );
}
