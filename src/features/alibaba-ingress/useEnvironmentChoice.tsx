import { Flex, Form, Select } from 'antd';
import { useScopes } from '../../app/accounts/useAccounts';
import type { ProviderId } from '../../providers/core/types';
import { environmentLabel } from '../ingresses/adapters';
import { useIngressT } from '../ingresses/useIngressT';
import { useEnvironments } from './api';
import { useUrlState } from '../shared/useUrlState';

const ALIBABA: readonly ProviderId[] = ['alibaba'];

/**
 * The account (URL `in`) and app environment (URL `env`) a new access point or service is for:
 * a link from an app's page can open the form with both chosen.
 */
export function useEnvironmentChoice() {
  const ti = useIngressT();
  const { params, set } = useUrlState();
  const { accounts, scopes } = useScopes(ALIBABA);
  const scope = scopes.find((s) => `${s.account.id}|${s.region}` === params.get('in')) ?? scopes[0];
  const environments = useEnvironments(scope?.account.id, scope?.region);
  const envId = Number(params.get('env')) || undefined;
  const environment = environments.data?.find((e) => e.envId === envId);
  const pickers = (
    <Flex gap={16} wrap>
      <Form.Item label={ti('common.account')} required style={{ width: 260 }}>
        <Select
          aria-label={ti('common.account')}
          value={scope ? `${scope.account.id}|${scope.region}` : undefined}
          placeholder={ti('common.chooseAccount')}
          loading={accounts.isLoading}
          onChange={(v: string) => set({ in: v, env: undefined })}
          options={scopes.map((s) => ({ value: `${s.account.id}|${s.region}`, label: s.region ? `${s.account.name} · ${s.region}` : s.account.name }))}
        />
      </Form.Item>
      <Form.Item label={ti('ali.environment')} required validateStatus={envId ? undefined : 'warning'} style={{ width: 360 }}>
        <Select
          aria-label={ti('ali.environment')}
          showSearch={{ optionFilterProp: 'label' }}
          value={environment ? environment.envId : undefined}
          placeholder={ti('ali.chooseEnvironment')}
          loading={environments.isLoading}
          onChange={(v: number) => set({ env: String(v) })}
          options={(environments.data ?? []).map((e) => ({ value: e.envId, label: `${environmentLabel(e)}${e.envType ? ` (${e.envType})` : ''}` }))}
        />
      </Form.Item>
    </Flex>
  );
  return { accounts, scope, environments, environment, pickers };
}
