import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { App as AntApp, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { links } from '../shared/links';
import { PageFrame, RefreshButton } from '../alibaba/shared/PageFrame';
import { useAlibabaScope } from '../alibaba/shared/useAlibabaScope';
import { num, text } from '../alibaba/shared/values';
import { AppFormModal } from './AppFormModal';
import { tOr } from './messages';
import { ForceOffer } from './ForceOffer';
import { useAppList, useAppsChange, type App } from './useApps';
import { useAppsT } from './useAppsT';

type Deleting = { app: App; force: boolean };

/** 1.1 applications of the account: ListApp (every page), create, edit, delete (typed name). */
export default function AppsPage() {
  const t = useAppsT();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const { accounts, scopes, scope, choose } = useAlibabaScope();
  const apps = useAppList(scope);
  // `?create=1` (the Services page's Create menu) opens the create form at once.
  const [form, setForm] = useState<{ appId?: number } | undefined>(() => (new URLSearchParams(window.location.search).get('create') === '1' ? {} : undefined));
  const [deleting, setDeleting] = useState<Deleting>();
  const [forceOffer, setForceOffer] = useState<App>();
  const [changeError, setChangeError] = useState<unknown>();
  const remove = useAppsChange(scope, (api, d: Deleting, region) => api.call('DeleteAppDetail', { AppId: num(d.app.AppId)!, Force: d.force }, region));

  const rows = apps.data ?? [];
  const open = (a: App) => scope && navigate(links.alibabaApp(scope.account.id, text(a.AppId)));
  const columns = useMemo<ResourceColumn<App>[]>(
    () => [
      {
        key: 'title',
        title: t('apps.appTitle'),
        width: 200,
        ellipsis: true,
        sortValue: (a) => text(a.Title),
        searchText: (a) => `${text(a.Title)} ${text(a.BizTitle)} ${text(a.AppId)}`,
        render: (a) =>
          scope ? (
            <Link to={links.alibabaApp(scope.account.id, text(a.AppId))} aria-label={t('apps.open', { name: text(a.Title) })} onClick={(e) => e.stopPropagation()}>
              <Typography.Text strong>{text(a.Title)}</Typography.Text>
            </Link>
          ) : (
            text(a.Title)
          ),
      },
      { key: 'id', title: t('apps.id'), width: 90, sortValue: (a) => num(a.AppId) ?? 0, render: (a) => <Typography.Text code>{text(a.AppId)}</Typography.Text> },
      { key: 'biz', title: t('apps.bizTitle'), width: 140, ellipsis: true, searchText: (a) => text(a.BizTitle), render: (a) => text(a.BizTitle) },
      { key: 'lang', title: t('apps.language'), width: 100, filterValue: (a) => text(a.Language), render: (a) => text(a.Language) },
      { key: 'os', title: t('apps.os'), width: 100, filterValue: (a) => text(a.OperatingSystem), render: (a) => text(a.OperatingSystem) },
      { key: 'type', title: t('apps.serviceType'), width: 150, filterValue: (a) => text(a.ServiceType), filterLabel: (v) => tOr(t, `serviceType.${v}`, v), render: (a) => tOr(t, `serviceType.${text(a.ServiceType)}`, text(a.ServiceType)) },
      {
        key: 'state',
        title: t('apps.stateType'),
        width: 100,
        filterValue: (a) => text(a.AppStateType),
        filterLabel: (v) => tOr(t, `state.${v}`, v),
        render: (a) => <Tag color={text(a.AppStateType) === 'stateful' ? 'purple' : 'blue'}>{tOr(t, `state.${text(a.AppStateType)}`, text(a.AppStateType))}</Tag>,
      },
      { key: 'bizCode', title: t('apps.bizCode'), width: 90, filterValue: (a) => text(a.BizName), render: (a) => text(a.BizName) },
      { key: 'desc', title: t('apps.description'), width: 180, ellipsis: true, searchText: (a) => text(a.Description), render: (a) => text(a.Description) },
      {
        key: 'actions',
        title: t('common.actions'),
        width: 96,
        fixed: 'right',
        render: (a) => (
          <Flex gap={4} onClick={(e) => e.stopPropagation()}>
            <Tooltip title={t('common.edit')}>
              <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t('common.edit')} ${text(a.Title)}`} onClick={() => setForm({ appId: num(a.AppId) })} />
            </Tooltip>
            <Tooltip title={t('common.delete')}>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${text(a.Title)}`} onClick={() => setDeleting({ app: a, force: false })} />
            </Tooltip>
          </Flex>
        ),
      },
    ],
    [t, scope],
  );

  return (
    <PageFrame
      title={t('apps.title')}
      subtitle={t('apps.subtitle')}
      accounts={accounts}
      scopes={scopes}
      scope={scope}
      choose={choose}
      changeError={changeError}
      onDismissChange={() => {
        setChangeError(undefined);
        setForceOffer(undefined);
      }}
    >
      {forceOffer ? <ForceOffer label={t('apps.force')} help={t('apps.forceHelp')} onForce={() => setDeleting({ app: forceOffer, force: true })} /> : null}
      {apps.error ? <ErrorAlert error={apps.error} scope={{ account: scope?.account.name, region: scope?.region }} onRetry={() => void apps.refetch()} /> : null}
      <ResourceTable
        ariaLabel={t('apps.list')}
        rows={rows}
        columns={columns}
        rowKey={(a) => text(a.AppId)}
        loading={apps.isLoading}
        onOpen={open}
        emptyText={apps.data ? <EmptyState description={t('apps.empty')} /> : undefined}
        toolbar={
          <Flex gap={8} align="center">
            <Button type="primary" icon={<PlusOutlined />} disabled={!scope} onClick={() => setForm({})}>
              {t('apps.create')}
            </Button>
            <RefreshButton spinning={apps.isFetching} onClick={() => void apps.refetch()} />
            {apps.data ? <Typography.Text type="secondary">{t('apps.total', { count: rows.length })}</Typography.Text> : null}
          </Flex>
        }
      />
      <AppFormModal
        open={!!form}
        scope={scope}
        appId={form?.appId}
        takenTitles={rows.map((a) => text(a.Title))}
        onClose={() => setForm(undefined)}
        onDone={(title, id) => {
          const editing = form?.appId !== undefined;
          setForm(undefined);
          message.success(editing ? t('apps.updated', { name: title }) : t('apps.created', { name: title, id: id ?? '' }));
        }}
      />
      <DangerConfirm
        open={!!deleting}
        kind={deleting?.force ? `${t('apps.kind')} (Force)` : t('apps.kind')}
        name={text(deleting?.app.Title)}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting);
            message.success(t('apps.deleted', { name: text(deleting.app.Title) }));
            setChangeError(undefined);
            setForceOffer(undefined);
          } catch (error) {
            setChangeError(error);
            setForceOffer(deleting.force ? undefined : deleting.app);
          }
          setDeleting(undefined);
        }}
      />
    </PageFrame>
  );
}
