import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useT } from '../i18n/useI18n';
import { LanguageSwitch, ThemeSwitch } from '../layout/Preferences';
import { getMeta, login } from '../session/api';
import { sessionQueryKey } from '../session/RequireSession';
import { safeNext } from '../session/unauthenticated';

interface Fields {
  username: string;
  password: string;
}

export default function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const [form] = Form.useForm<Fields>();
  const [failure, setFailure] = useState<unknown>(null);
  const meta = useQuery({ queryKey: ['proxy', 'meta'], queryFn: getMeta, staleTime: Infinity });
  const demo = meta.data?.demoLogin;

  const submit = useMutation({
    mutationFn: (f: Fields) => login(f.username, f.password),
    onSuccess: (session) => {
      // Nothing of the previous user may survive in the cache.
      client.clear();
      client.setQueryData(sessionQueryKey, session);
      navigate(safeNext(params.get('next')), { replace: true });
    },
    onError: setFailure,
  });

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <Flex vertical gap={12}>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('login.title')}
          </Typography.Title>
          {demo && (
            <Alert
              type="info"
              showIcon
              data-testid="demo-hint"
              title={t('login.demoHint', demo)}
              action={
                <Button size="small" onClick={() => form.setFieldsValue(demo)}>
                  {t('login.useDemo')}
                </Button>
              }
            />
          )}
          <Form<Fields> form={form} layout="vertical" requiredMark={false} onFinish={(f) => { setFailure(null); submit.mutate(f); }} disabled={submit.isPending}>
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.required') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.required') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            {failure !== null && (
              <Form.Item>
                <ErrorAlert error={failure} />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" block loading={submit.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
          <Flex justify="space-between">
            <LanguageSwitch />
            <ThemeSwitch />
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}
