import { useMemo, useState } from 'react';
import { App as AntApp, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { CopyButton } from '../../ui/CopyButton';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { num, text } from '../alibaba/shared/values';
import { alertScope, type AppCtx } from './appCtx';
import { CODE_STYLE, ConfigModal } from './ConfigModal';
import { useAppsChange, type DeployConfig } from './useApps';
import { useAppsT } from './useAppsT';

/** One YAML document shown as code, with a copy button. */
function YamlBlock({ title, yaml }: { title: string; yaml: string }) {
  return (
    <div>
      <Flex align="center" gap={4}>
        <Typography.Text strong>{title}</Typography.Text>
        <CopyButton text={yaml} />
      </Flex>
      <pre style={{ ...CODE_STYLE, margin: 0, padding: 8, background: 'rgba(127,127,127,0.1)', borderRadius: 4, maxHeight: 280 }}>{yaml}</pre>
    </div>
  );
}

const configMaps = (c: DeployConfig) => (Array.isArray(c.ContainerYamlConf?.ConfigMapList) ? c.ContainerYamlConf.ConfigMapList.map(String) : []);

/** 1.3 deploy configurations of the application: ListDeployConfig, create, update, delete (typed name). */
export function ConfigsTab({ ctx }: { ctx: AppCtx }) {
  const t = useAppsT();
  const { message } = AntApp.useApp();
  const { scope, appId, configs, envs, stateful } = ctx;
  const [form, setForm] = useState<{ config?: DeployConfig }>();
  const [deleting, setDeleting] = useState<DeployConfig>();
  const [changeError, setChangeError] = useState<unknown>();
  const remove = useAppsChange(scope, (api, c: DeployConfig, region) => api.call('DeleteDeployConfig', { SchemaId: num(c.Id)! }, region));
  const rows = configs.data ?? [];

  const columns = useMemo<ResourceColumn<DeployConfig>[]>(
    () => [
      { key: 'name', title: t('common.name'), width: 200, ellipsis: true, sortValue: (c) => text(c.Name), searchText: (c) => text(c.Name), render: (c) => <Typography.Text strong>{text(c.Name)}</Typography.Text> },
      { key: 'id', title: t('config.id'), width: 90, sortValue: (c) => num(c.Id) ?? 0, render: (c) => <Typography.Text code>{text(c.Id)}</Typography.Text> },
      {
        key: 'envType',
        title: t('config.envType'),
        width: 110,
        filterValue: (c) => text(c.EnvType),
        filterLabel: (v) => t(v === 'online' ? 'env.type.online' : 'env.type.test'),
        render: (c) => <Tag color={text(c.EnvType) === 'online' ? 'red' : 'green'}>{t(text(c.EnvType) === 'online' ? 'env.type.online' : 'env.type.test')}</Tag>,
      },
      { key: 'codePath', title: t('config.codePath'), width: 160, ellipsis: true, render: (c) => <Typography.Text code>{text(c.ContainerCodePath?.CodePath) || '—'}</Typography.Text> },
      {
        key: 'workload',
        title: 'YAML',
        width: 170,
        render: (c) => (
          <Flex gap={4} wrap>
            {text(c.ContainerYamlConf?.Deployment) ? <Tag>Deployment</Tag> : null}
            {text(c.ContainerYamlConf?.StatefulSet) ? <Tag>StatefulSet</Tag> : null}
            {configMaps(c).length ? <Tag>{t('config.configMapCount', { count: configMaps(c).length })}</Tag> : null}
          </Flex>
        ),
      },
      {
        key: 'usedBy',
        title: t('config.usedBy'),
        width: 150,
        ellipsis: true,
        render: (c) =>
          (envs.data ?? [])
            .filter((e) => num(e.AppSchemaId) === num(c.Id))
            .map((e) => text(e.EnvName))
            .join(', '),
      },
      {
        key: 'actions',
        title: t('common.actions'),
        width: 90,
        fixed: 'right',
        render: (c) => (
          <Flex gap={4} onClick={(e) => e.stopPropagation()}>
            <Tooltip title={t('common.edit')}>
              <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t('common.edit')} ${text(c.Name)}`} onClick={() => setForm({ config: c })} />
            </Tooltip>
            <Tooltip title={t('common.delete')}>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${text(c.Name)}`} onClick={() => setDeleting(c)} />
            </Tooltip>
          </Flex>
        ),
      },
    ],
    [t, envs.data],
  );

  return (
    <Flex vertical gap={8}>
      {changeError ? <ErrorAlert error={changeError} scope={alertScope(scope)} /> : null}
      {configs.error ? <ErrorAlert error={configs.error} scope={alertScope(scope)} onRetry={() => void configs.refetch()} /> : null}
      <ResourceTable
        ariaLabel={t('tab.configs')}
        urlPrefix="cfg"
        height={420}
        rows={rows}
        columns={columns}
        rowKey={(c) => text(c.Id)}
        loading={configs.isLoading}
        emptyText={configs.data ? <EmptyState description={t('config.empty')} /> : undefined}
        expandable={{
          expandedRowRender: (c) => (
            <Flex vertical gap={8}>
              {text(c.ContainerYamlConf?.Deployment) ? <YamlBlock title="Deployment" yaml={text(c.ContainerYamlConf?.Deployment)} /> : null}
              {text(c.ContainerYamlConf?.StatefulSet) ? <YamlBlock title="StatefulSet" yaml={text(c.ContainerYamlConf?.StatefulSet)} /> : null}
              {text(c.ContainerYamlConf?.ConfigMap) ? <YamlBlock title="ConfigMap" yaml={text(c.ContainerYamlConf?.ConfigMap)} /> : null}
              {configMaps(c).map((m, i) => (
                <YamlBlock key={i} title={`ConfigMapList.${i + 1}`} yaml={m} />
              ))}
            </Flex>
          ),
        }}
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({})}>
            {t('config.create')}
          </Button>
        }
      />
      <ConfigModal
        open={!!form}
        scope={scope}
        appId={appId}
        appTitle={ctx.title}
        stateful={stateful}
        config={form?.config}
        onClose={() => setForm(undefined)}
        onDone={(name, id) => {
          const editing = !!form?.config;
          setForm(undefined);
          message.success(editing ? t('config.updated', { name }) : t('config.created', { name, id: id ?? '' }));
        }}
      />
      <DangerConfirm
        open={!!deleting}
        kind={t('config.kind')}
        name={text(deleting?.Name)}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting);
            message.success(t('config.deleted', { name: text(deleting.Name) }));
            setChangeError(undefined);
          } catch (error) {
            setChangeError(error);
          }
          setDeleting(undefined);
        }}
      />
    </Flex>
  );
}
