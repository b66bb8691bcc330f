import type { ReactNode } from 'react';
import { Button, Flex, Select, Tooltip } from 'antd';
import { CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Scope } from '../../../app/accounts/scope';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { useAlibabaT } from '../useAlibabaT';
import { scopeId } from './useAlibabaScope';

/** Header with the account picker, the accounts' and the last change's errors, then the page. */
export function PageFrame(props: {
  title: string;
  subtitle: string;
  extra?: ReactNode;
  accounts: { error: unknown; isLoading: boolean; refetch: () => unknown };
  scopes: readonly Scope[];
  scope: Scope | undefined;
  choose: (id: string) => void;
  changeError?: unknown;
  onDismissChange?: () => void;
  children: ReactNode;
}) {
  const t = useAlibabaT();
  const { scopes, scope } = props;
  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={props.title}
        subtitle={props.subtitle}
        extra={
          <Flex gap={8} align="center">
            {scopes.length > 1 && (
              <Select
                aria-label={t('common.account')}
                style={{ minWidth: 200 }}
                value={scope ? scopeId(scope) : undefined}
                onChange={props.choose}
                options={scopes.map((s) => ({ value: scopeId(s), label: s.region ? `${s.account.name} · ${s.region}` : s.account.name }))}
              />
            )}
            {props.extra}
          </Flex>
        }
      />
      {props.accounts.error ? <ErrorAlert error={props.accounts.error} onRetry={() => void props.accounts.refetch()} /> : null}
      {props.changeError ? (
        <Flex gap={4} align="start" data-testid="change-error">
          <div style={{ flex: 1 }}>
            <ErrorAlert error={props.changeError} scope={{ account: scope?.account.name, region: scope?.region }} />
          </div>
          <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('common.close')} onClick={props.onDismissChange} />
        </Flex>
      ) : null}
      {!props.accounts.isLoading && !scope ? <EmptyState description={t('common.noAccounts')} /> : props.children}
    </Flex>
  );
}

export function RefreshButton({ spinning, onClick }: { spinning: boolean; onClick: () => void }) {
  const t = useAlibabaT();
  return (
    <Tooltip title={t('common.refresh')}>
      <Button icon={<ReloadOutlined spin={spinning} />} aria-label={t('common.refresh')} onClick={onClick} />
    </Tooltip>
  );
}
