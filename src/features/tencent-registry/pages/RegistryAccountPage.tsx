import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { CopyButton } from '../../../ui/CopyButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { registryKeys } from '../api/keys';
import { useRegistryAccount } from '../api/useRegistryAccount';
import { useRegistryMutation } from '../api/useRegistryMutation';
import { ActionError } from '../components/ActionError';
import { RegistryPageHeader } from '../components/RegistryPageHeader';
import { useRegistryT, type RegistryMessageKey } from '../messages';
import { DEFAULT_REGISTRY_SERVER, PASSWORD_LENGTH, isPasswordLength } from '../rules';
import type { RegistryScope } from '../api/client';

const LIMIT_LABEL: Record<string, RegistryMessageKey> = { namespace: 'acct.limit.namespace', repo: 'acct.limit.repo', tag: 'acct.limit.tag', triggers: 'acct.limit.triggers' };

/** Register (RegisterRepositoryAccountNew), change the password (ChangePassword), quotas (GetLimit). */
export default function RegistryAccountPage() {
  const t = useRegistryT();
  const registry = useRegistryAccount();
  const scope = registry.scope;
  const limits = useQuery({ queryKey: registryKeys.limits(scope?.accountId ?? ''), queryFn: () => scope!.client.GetLimit({}, scope!.region), enabled: !!scope });
  const username = limits.data?.limitInfo?.[0]?.username;
  const login = `docker login ${DEFAULT_REGISTRY_SERVER}${username ? ` --username=${username}` : ''}`;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <RegistryPageHeader title={t('acct.title')} subtitle={t('acct.subtitle')} registry={registry} />
      {scope && (
        <>
          <Flex gap={8} align="center">
            <Typography.Text type="secondary">{t('acct.login')}</Typography.Text>
            <Typography.Text code>{login}</Typography.Text>
            <CopyButton text={login} />
          </Flex>
          <Card size="small" title={t('acct.limits')}>
            {limits.error ? <ErrorAlert error={limits.error} scope={{ account: scope.accountName }} onRetry={() => void limits.refetch()} /> : null}
            <Table
              size="small"
              pagination={false}
              loading={limits.isLoading}
              rowKey={(r) => r.type ?? ''}
              dataSource={limits.data?.limitInfo ?? []}
              columns={[
                { key: 'type', title: t('acct.limitType'), render: (_, r) => (r.type && LIMIT_LABEL[r.type] ? t(LIMIT_LABEL[r.type]!) : r.type) },
                { key: 'value', title: t('acct.limitValue'), dataIndex: 'value', align: 'right' },
              ]}
            />
          </Card>
          <Flex gap={12} wrap>
            <PasswordCard key={`reg-${scope.accountId}`} scope={scope} mode="register" />
            <PasswordCard key={`chg-${scope.accountId}`} scope={scope} mode="change" />
          </Flex>
        </>
      )}
    </Flex>
  );
}

/** The password is sent once and never shown again: the fields are cleared on success. */
function PasswordCard({ scope, mode }: { scope: RegistryScope; mode: 'register' | 'change' }) {
  const t = useRegistryT();
  const [form] = Form.useForm<{ password: string; again: string }>();
  const [done, setDone] = useState(false);
  const run = useRegistryMutation(
    scope.accountId,
    (password: string) => (mode === 'register' ? scope.client.RegisterRepositoryAccountNew({ password }, scope.region) : scope.client.ChangePassword({ password }, scope.region)),
    () => {
      form.resetFields();
      setDone(true);
    },
  );
  const title = t(mode === 'register' ? 'acct.register' : 'acct.changePassword');
  return (
    <Card size="small" title={title} style={{ flex: '1 1 360px' }}>
      {mode === 'register' && <Typography.Paragraph type="secondary">{t('acct.registerHint')}</Typography.Paragraph>}
      <Form
        form={form}
        layout="vertical"
        size="small"
        onValuesChange={() => setDone(false)}
        onFinish={(v) => run.mutate(v.password)}
      >
        <Form.Item
          name="password"
          label={t('acct.password')}
          extra={t('acct.passwordRule')}
          rules={[{ required: true, message: t('field.required') }, { validator: async (_, v: string) => (v && !isPasswordLength(v) ? Promise.reject(new Error(t('acct.passwordRule'))) : undefined) }]}
        >
          <Input.Password autoComplete="new-password" maxLength={PASSWORD_LENGTH.max} />
        </Form.Item>
        <Form.Item
          name="again"
          label={t('acct.passwordAgain')}
          dependencies={['password']}
          rules={[{ required: true, message: t('field.required') }, ({ getFieldValue }) => ({ validator: async (_, v: string) => (v && v !== getFieldValue('password') ? Promise.reject(new Error(t('acct.passwordMismatch'))) : undefined) })]}
        >
          <Input.Password autoComplete="new-password" maxLength={PASSWORD_LENGTH.max} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={run.isPending}>
          {title}
        </Button>
      </Form>
      {done && <Alert style={{ marginTop: 8 }} type="success" showIcon title={t(mode === 'register' ? 'acct.registered' : 'acct.passwordChanged')} />}
      <div style={{ marginTop: 8 }}>
        <ActionError error={run.error} account={scope.accountName} />
      </div>
    </Card>
  );
}
