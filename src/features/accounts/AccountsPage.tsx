import { useEffect, useMemo, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useAccounts } from '../../app/accounts/useAccounts';
import { useI18n } from '../../app/i18n/useI18n';
import type { AccountInfo } from '../../app/session/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ProviderTag } from '../../ui/ProviderTag';
import { domainContext } from '../shared/domainContext';
import { PageHeader } from '../shared/PageHeader';
import { checkConnection } from './checks';
import { accountsText, type AccountsKey } from './messages';

function ConnectionCell({ account, tr, round }: { account: AccountInfo; tr: (k: AccountsKey, v?: Record<string, string | number>) => string; round: number }) {
  const region = account.regions[0] ?? '';
  const check = useMutation({ mutationKey: ['account-check', account.id], mutationFn: () => checkConnection(account.provider, domainContext(account.provider, account.id, region)) });
  const { mutate } = check;
  // "Check all" starts a new round: every row checks once more.
  useEffect(() => {
    if (round > 0) mutate();
  }, [round, mutate]);
  return (
    <Flex vertical gap={4} align="start">
      <Flex gap={8} align="center">
        <Button size="small" onClick={() => check.mutate()} loading={check.isPending} data-testid={`check-${account.id}`}>
          {tr('check')}
        </Button>
        {check.isSuccess ? (
          <Typography.Text>
            <CheckCircleFilled style={{ color: 'var(--ant-color-success)', marginInlineEnd: 6 }} aria-hidden />
            {tr(`ok.${check.data.detail.key}`, { count: check.data.detail.count, region })}{' '}
            <Typography.Text type="secondary">· {tr('took', { ms: Math.round(check.data.ms) })}</Typography.Text>
          </Typography.Text>
        ) : !check.isError && !check.isPending ? (
          <Typography.Text type="secondary">{tr('notChecked')}</Typography.Text>
        ) : null}
      </Flex>
      {check.isError ? <ErrorAlert error={check.error} /> : null}
    </Flex>
  );
}

/** The configured accounts (never their secrets), each with a connection check through the proxy. */
export default function AccountsPage() {
  const { lang } = useI18n();
  const tr = useMemo(() => (k: AccountsKey, v?: Record<string, string | number>) => accountsText(lang, k, v), [lang]);
  const accounts = useAccounts();
  const [round, setRound] = useState(0);
  return (
    <Flex vertical gap={12}>
      <PageHeader title={tr('title')} subtitle={tr('subtitle')} extra={<Button onClick={() => setRound((r) => r + 1)}>{tr('checkAll')}</Button>} />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      <Table<AccountInfo>
        aria-label={tr('title')}
        size="small"
        pagination={false}
        rowKey="id"
        loading={accounts.isLoading}
        dataSource={accounts.data ?? []}
        columns={[
          { key: 'provider', title: tr('provider'), width: 130, render: (_, a) => <ProviderTag provider={a.provider} /> },
          { key: 'name', title: tr('name'), width: 180, render: (_, a) => <Typography.Text strong>{a.name}</Typography.Text> },
          { key: 'id', title: tr('id'), width: 160, render: (_, a) => <Typography.Text code>{a.id}</Typography.Text> },
          { key: 'regions', title: tr('regions'), width: 200, render: (_, a) => a.regions.map((r) => <Tag key={r}>{r}</Tag>) },
          { key: 'connection', title: tr('connection'), render: (_, a) => <ConnectionCell account={a} tr={tr} round={round} /> },
        ]}
      />
    </Flex>
  );
}
