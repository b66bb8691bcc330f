import { Alert, Button, Descriptions, Flex } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { isProviderError } from '../providers/core/errors';
import { useT } from '../app/i18n/useI18n';
import type { Translate } from '../app/i18n/I18nProvider';
import { CopyButton } from './CopyButton';

/** Where the failed call went, when the page knows it (the error itself does not carry it). */
export interface ErrorScope {
  account?: string;
  region?: string;
}

interface Field {
  label: string;
  value: string;
  testId: string;
}

/** The facts a user quotes to the provider's support: provider, code, message, RequestId. */
export function errorFields(error: unknown, t: Translate, scope: ErrorScope = {}): Field[] {
  const fields: Field[] = [];
  const add = (label: string, value: string | undefined, testId: string) => value && fields.push({ label, value, testId });
  if (isProviderError(error)) {
    add(t('error.provider'), t(`provider.${error.provider}`), 'error-provider');
    add(t('error.account'), scope.account, 'error-account');
    add(t('error.region'), scope.region, 'error-region');
    add(t('error.operation'), error.operation, 'error-operation');
    add(t('error.code'), error.code, 'error-code');
    add(t('error.message'), error.message, 'error-message');
    add(t('error.requestId'), error.requestId, 'error-request-id');
    add(t('error.proxyRequestId'), error.proxyRequestId, 'error-proxy-request-id');
  } else {
    add(t('error.account'), scope.account, 'error-account');
    add(t('error.region'), scope.region, 'error-region');
    add(t('error.message'), error instanceof Error ? error.message : String(error), 'error-message');
  }
  return fields;
}

export function ErrorAlert({ error, scope, onRetry }: { error: unknown; scope?: ErrorScope; onRetry?: () => void }) {
  const t = useT();
  const fields = errorFields(error, t, scope);
  const title = isProviderError(error)
    ? error.provider === 'proxy'
      ? t('error.proxyTitle')
      : t('error.title', { provider: t(`provider.${error.provider}`) })
    : t('error.unexpected');
  const details = fields.map((f) => `${f.label}: ${f.value}`).join('\n');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="provider-error"
      title={title}
      description={
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} colon>
          {fields.map((f) => (
            <Descriptions.Item key={f.testId} label={f.label}>
              <span data-testid={f.testId} style={{ wordBreak: 'break-all' }}>
                {f.value}
              </span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      }
      action={
        <Flex gap={4}>
          <CopyButton text={details} label={t('error.copyDetails')} />
          {onRetry && <Button size="small" type="text" icon={<ReloadOutlined />} aria-label={t('common.refresh')} onClick={onRetry} />}
        </Flex>
      }
    />
  );
}
