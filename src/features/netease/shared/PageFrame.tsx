import type { ReactNode } from 'react';
import { Button, Flex, Tooltip } from 'antd';
import { CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { ScopeErrors } from '../../shared/ScopeErrors';
import type { ScopeResult } from '../../shared/useAcrossScopes';
import { useNeteaseT } from '../useNeteaseT';

/** Header, the accounts' and the last change's errors, then the page's table. */
export function PageFrame(props: {
  title: string;
  subtitle: string;
  extra?: ReactNode;
  accountsError: unknown;
  onRetryAccounts: () => void;
  failed: readonly ScopeResult<unknown>[];
  changeError: unknown;
  changeScope?: { account?: string; region?: string };
  onDismissChange: () => void;
  children: ReactNode;
}) {
  return (
    <Flex vertical gap={12}>
      <PageHeader title={props.title} subtitle={props.subtitle} extra={props.extra} />
      {props.accountsError ? <ErrorAlert error={props.accountsError} onRetry={props.onRetryAccounts} /> : null}
      <ScopeErrors failed={props.failed} />
      {props.changeError ? (
        <Flex gap={4} align="start" data-testid="change-error">
          <div style={{ flex: 1 }}>
            <ErrorAlert error={props.changeError} scope={props.changeScope} />
          </div>
          <CloseButton onClick={props.onDismissChange} />
        </Flex>
      ) : null}
      {props.children}
    </Flex>
  );
}

export function RefreshButton({ spinning, onClick }: { spinning: boolean; onClick: () => void }) {
  const t = useNeteaseT();
  return (
    <Tooltip title={t('common.refresh')}>
      <Button icon={<ReloadOutlined spin={spinning} />} aria-label={t('common.refresh')} onClick={onClick} />
    </Tooltip>
  );
}

function CloseButton({ onClick }: { onClick: () => void }) {
  const t = useNeteaseT();
  return <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('common.close')} onClick={onClick} />;
}
