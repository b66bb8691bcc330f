import { Suspense, useCallback, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Flex, Layout, Menu, Modal, theme, Tooltip, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined, QuestionCircleOutlined, TableOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LoadingState } from '../../ui/EmptyState';
import { AccountSwitcher } from '../accounts/AccountSwitcher';
import { useI18n } from '../i18n/useI18n';
import { logout } from '../session/api';
import { NAV_ITEMS, withScope } from './navItems';
import { PROVIDER_NAV } from './providerNav';
import { LanguageSwitch, ThemeSwitch } from './Preferences';
import { useShortcuts } from './useShortcuts';
import { useQuery } from '@tanstack/react-query';
import { sessionQueryKey } from '../session/RequireSession';
import { getSession } from '../session/api';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  useShortcuts(openHelp);
  const session = useQuery({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 60_000 });

  const signOut = useMutation({
    mutationFn: logout,
    onSettled: () => {
      client.clear();
      navigate('/login', { replace: true });
    },
  });

  const providerPaths = PROVIDER_NAV.flatMap((group) => group.items.map((item) => item.path));
  const selected = [...NAV_ITEMS.map((item) => item.path), ...providerPaths, '/capabilities', '/accounts'].find((path) => location.pathname.startsWith(path));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={188} breakpoint="lg" collapsedWidth={56} theme="light" style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
        <Link to={withScope('/clusters', location.search)} style={{ display: 'block', padding: '14px 16px', color: token.colorText }}>
          <Typography.Text strong style={{ fontSize: 15, whiteSpace: 'nowrap' }}>
            ☁ Tricloud
          </Typography.Text>
        </Link>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            style={{ borderInlineEnd: 'none' }}
            items={[
              ...NAV_ITEMS.map((item) => ({
                key: item.path,
                icon: item.icon,
                label: <Link to={withScope(item.path, location.search)}>{t(item.label)}</Link>,
              })),
              ...PROVIDER_NAV.map((group) => ({
                key: `more-${group.provider}`,
                type: 'group' as const,
                label: t(`provider.${group.provider}`),
                children: group.items.map((item) => ({
                  key: item.path,
                  label: <Link to={withScope(item.path, location.search)}>{lang === 'zh-CN' ? item.labelZh : item.labelEn}</Link>,
                })),
              })),
              { type: 'divider' as const },
              {
                key: '/capabilities',
                icon: <TableOutlined />,
                label: <Link to={withScope('/capabilities', location.search)}>{t('nav.capabilities')}</Link>,
              },
              {
                key: '/accounts',
                icon: <KeyOutlined />,
                label: <Link to={withScope('/accounts', location.search)}>{t('nav.accounts')}</Link>,
              },
            ]}
          />
        </nav>
      </Sider>
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: '0 16px',
            height: 'auto',
            lineHeight: 'normal',
            paddingBlock: 8,
          }}
        >
          <Flex align="center" gap={12} wrap>
            <AccountSwitcher />
            <Flex align="center" gap={12} style={{ marginLeft: 'auto' }}>
              <LanguageSwitch />
              <ThemeSwitch />
              <Tooltip title={t('shortcuts.title')}>
                <Button type="text" size="small" icon={<QuestionCircleOutlined />} aria-label={t('shortcuts.title')} onClick={openHelp} />
              </Tooltip>
              {session.data && (
                <Typography.Text type="secondary" title={t('header.user', { user: session.data.user.username })}>
                  {session.data.user.username}
                </Typography.Text>
              )}
              <Button size="small" icon={<LogoutOutlined />} onClick={() => signOut.mutate()} loading={signOut.isPending}>
                {t('header.logout')}
              </Button>
            </Flex>
          </Flex>
        </Header>
        <Content style={{ padding: 16, minWidth: 0 }}>
          <main>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </main>
        </Content>
      </Layout>
      <Modal open={help} onCancel={() => setHelp(false)} footer={null} title={t('shortcuts.title')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={<kbd>/</kbd>}>{t('shortcuts.search')}</Descriptions.Item>
          <Descriptions.Item label={<kbd>g 1–6</kbd>}>{t('shortcuts.nav')}</Descriptions.Item>
          <Descriptions.Item label={<kbd>?</kbd>}>{t('shortcuts.help')}</Descriptions.Item>
        </Descriptions>
      </Modal>
    </Layout>
  );
}
