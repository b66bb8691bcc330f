import type { ReactNode } from 'react';
import { Flex } from 'antd';
import { PageHeader } from '../../shared/PageHeader';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useRegistryT } from '../messages';
import type { useRegistryAccount } from '../api/useRegistryAccount';
import { AccountSelect } from './AccountSelect';

/** Title, the account picker, and the "no Tencent account" / accounts-error states every page shares. */
export function RegistryPageHeader({ title, subtitle, registry, extra }: { title: string; subtitle: string; registry: ReturnType<typeof useRegistryAccount>; extra?: ReactNode }) {
  const t = useRegistryT();
  return (
    <Flex vertical gap={8}>
      <PageHeader
        title={title}
        subtitle={subtitle}
        extra={
          <Flex gap={8} wrap>
            {registry.tencent.length > 0 && <AccountSelect accounts={registry.tencent} value={registry.account?.id} onChange={registry.choose} />}
            {extra}
          </Flex>
        }
      />
      {registry.accounts.error ? <ErrorAlert error={registry.accounts.error} onRetry={() => void registry.accounts.refetch()} /> : null}
      {!registry.accounts.isLoading && registry.tencent.length === 0 && !registry.accounts.error ? <EmptyState description={t('account.none')} /> : null}
    </Flex>
  );
}
