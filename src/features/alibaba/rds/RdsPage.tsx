import { useMemo, useState } from 'react';
import { Tabs, Typography } from 'antd';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageFrame } from '../shared/PageFrame';
import { useAlibabaScope } from '../shared/useAlibabaScope';
import { useUrlParam } from '../shared/useUrlParam';
import { text } from '../shared/values';
import { useAlibabaT } from '../useAlibabaT';
import { AccountsTab } from './AccountsTab';
import { BackupsTab } from './BackupsTab';
import { DatabasesTab } from './DatabasesTab';
import { InstancePicker } from './InstancePicker';
import { recentInstances, rememberInstance } from './recentInstances';
import { useDatabases, useRdsAccounts } from './useRds';

const TABS = ['databases', 'accounts', 'backups'] as const;

/** Chapter 6: one RDS instance's databases, accounts (with grants) and backups. */
export default function RdsPage() {
  const t = useAlibabaT();
  const { accounts, scopes, scope, choose } = useAlibabaScope();
  const [instanceId, setInstance] = useUrlParam('instance');
  const [tabParam, setTab] = useUrlParam('tab');
  const tab = TABS.find((x) => x === tabParam) ?? 'databases';
  const [remembered, setRemembered] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const recent = useMemo(() => (scope ? recentInstances(scope.account.id) : []), [scope, remembered]);
  const [changeError, setChangeError] = useState<unknown>();
  const databases = useDatabases(scope, instanceId);
  const rdsAccounts = useRdsAccounts(scope, instanceId);
  // The engine comes with the databases (the document has no instance call).
  const engine = text(databases.data?.[0]?.Engine) || undefined;
  const errorScope = { account: scope?.account.name, region: scope?.region };

  const open = (id: string) => {
    setChangeError(undefined);
    setInstance(id);
    if (scope) rememberInstance(scope.account.id, id);
    setRemembered((n) => n + 1);
  };

  return (
    <PageFrame title={t('rds.title')} subtitle={t('rds.subtitle')} accounts={accounts} scopes={scopes} scope={scope} choose={choose} changeError={changeError} onDismissChange={() => setChangeError(undefined)}>
      <InstancePicker value={instanceId} recent={recent} onOpen={open} />
      {instanceId ? (
        <>
          {databases.error ? <ErrorAlert error={databases.error} scope={errorScope} onRetry={() => void databases.refetch()} /> : null}
          {rdsAccounts.error && tab === 'accounts' ? <ErrorAlert error={rdsAccounts.error} scope={errorScope} onRetry={() => void rdsAccounts.refetch()} /> : null}
          <Typography.Text type="secondary">
            {instanceId}
            {engine ? ` · ${t('rds.engine')} ${engine}` : ''}
          </Typography.Text>
          <Tabs
            size="small"
            activeKey={tab}
            onChange={(key) => setTab(key === 'databases' ? undefined : key)}
            destroyOnHidden
            items={[
              { key: 'databases', label: t('rds.databases'), children: <DatabasesTab scope={scope} instanceId={instanceId} engine={engine} query={databases} onError={setChangeError} /> },
              { key: 'accounts', label: t('rds.accounts'), children: <AccountsTab scope={scope} instanceId={instanceId} engine={engine} databases={databases.data ?? []} query={rdsAccounts} onError={setChangeError} /> },
              { key: 'backups', label: t('rds.backups'), children: <BackupsTab scope={scope} instanceId={instanceId} /> },
            ]}
          />
        </>
      ) : null}
    </PageFrame>
  );
}
