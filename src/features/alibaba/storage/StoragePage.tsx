import { useMemo, useState } from 'react';
import { App, Button, Flex, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable } from '../../../ui/resource-table/ResourceTable';
import { alibabaKeys } from '../shared/keys';
import { PageFrame, RefreshButton } from '../shared/PageFrame';
import { useAlibabaChange } from '../shared/useAlibabaChange';
import { useAlibabaScope } from '../shared/useAlibabaScope';
import { useUrlParam } from '../shared/useUrlParam';
import { text } from '../shared/values';
import { useAlibabaT } from '../useAlibabaT';
import { claimColumns } from './claimColumns';
import { CreateClaimModal } from './CreateClaimModal';
import { CreateVolumeModal } from './CreateVolumeModal';
import { clusterLabel, environmentLabel, envKey, pickEnvironment } from './labels';
import type { Claim, Volume } from './types';
import { useClaims, useClusters, useEnvironments, useVolumes } from './useStorage';
import { volumeColumns } from './volumeColumns';

type Deleting = { kind: 'volume'; name: string } | { kind: 'claim'; name: string };

/** 5.1 persistent volumes of a cluster and 1.5 claims of an application environment, with their binding. */
export default function StoragePage() {
  const t = useAlibabaT();
  const { message } = App.useApp();
  const { accounts, scopes, scope, choose } = useAlibabaScope();
  const clusters = useClusters(scope);
  const envs = useEnvironments(scope);
  const [clusterParam, setCluster] = useUrlParam('cluster');
  const [envParam, setEnv] = useUrlParam('env');
  const cluster = clusters.data?.find((c) => text(c.InstanceId) === clusterParam) ?? clusters.data?.[0];
  const clusterId = cluster ? text(cluster.InstanceId) : undefined;
  const env = pickEnvironment(envs.data ?? [], envParam, clusterId);
  const volumes = useVolumes(scope, clusterId);
  const claims = useClaims(scope, env);
  const [creating, setCreating] = useState<'volume' | 'claim'>();
  const [deleting, setDeleting] = useState<Deleting>();
  const [changeError, setChangeError] = useState<unknown>();

  const remove = useAlibabaChange(
    scope,
    (api, d: Deleting, region) =>
      d.kind === 'volume'
        ? api.call('DeletePersistentVolume', { ClusterInstanceId: clusterId!, PersistentVolumeName: d.name }, region || undefined)
        : api.call('DeletePersistentVolumeClaim', { AppId: env!.AppId, EnvId: env!.EnvId, PersistentVolumeClaimName: d.name }, region || undefined),
    alibabaKeys.storage,
  );

  const volumeRows = volumes.data ?? [];
  const claimRows = claims.data ?? [];
  const vColumns = useMemo(() => volumeColumns(t, claimRows, (v: Volume) => setDeleting({ kind: 'volume', name: text(v.Name) })), [t, claimRows]);
  const cColumns = useMemo(() => claimColumns(t, volumeRows, (c: Claim) => setDeleting({ kind: 'claim', name: text(c.Name) })), [t, volumeRows]);
  const envLabel = env ? environmentLabel(t, env) : '';
  const refresh = () => {
    void volumes.refetch();
    void claims.refetch();
  };

  return (
    <PageFrame title={t('storage.title')} subtitle={t('storage.subtitle')} accounts={accounts} scopes={scopes} scope={scope} choose={choose} changeError={changeError} onDismissChange={() => setChangeError(undefined)}>
      {clusters.error ? <ErrorAlert error={clusters.error} scope={{ account: scope?.account.name, region: scope?.region }} onRetry={() => void clusters.refetch()} /> : null}
      {envs.error ? <ErrorAlert error={envs.error} scope={{ account: scope?.account.name, region: scope?.region }} onRetry={() => void envs.refetch()} /> : null}
      {volumes.error ? <ErrorAlert error={volumes.error} scope={{ account: scope?.account.name, region: scope?.region }} onRetry={() => void volumes.refetch()} /> : null}
      {claims.error ? <ErrorAlert error={claims.error} scope={{ account: scope?.account.name, region: scope?.region }} onRetry={() => void claims.refetch()} /> : null}

      <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
        {t('storage.volumes')}
      </Typography.Title>
      <ResourceTable
        ariaLabel={t('storage.volumes')}
        urlPrefix="pv"
        height={260}
        rows={volumeRows}
        columns={vColumns}
        rowKey={(v) => text(v.Name)}
        loading={volumes.isLoading || clusters.isLoading}
        emptyText={clusters.data && clusters.data.length === 0 ? <EmptyState description={t('storage.noCluster')} /> : undefined}
        toolbar={
          <Flex gap={8}>
            <Select
              aria-label={t('storage.cluster')}
              placeholder={t('storage.chooseCluster')}
              style={{ minWidth: 260 }}
              value={clusterId}
              loading={clusters.isLoading}
              onChange={(id: string) => setCluster(id)}
              options={(clusters.data ?? []).map((c) => ({ value: text(c.InstanceId), label: clusterLabel(c) }))}
            />
            <Button type="primary" icon={<PlusOutlined />} disabled={!clusterId} onClick={() => setCreating('volume')}>
              {t('storage.createVolume')}
            </Button>
            <RefreshButton spinning={volumes.isFetching || claims.isFetching} onClick={refresh} />
          </Flex>
        }
      />

      <Typography.Title level={2} style={{ fontSize: 16, margin: '8px 0 0' }}>
        {t('storage.claims')}
      </Typography.Title>
      <ResourceTable
        ariaLabel={t('storage.claims')}
        urlPrefix="pvc"
        height={220}
        rows={claimRows}
        columns={cColumns}
        rowKey={(c) => text(c.Name)}
        loading={claims.isLoading || envs.isLoading}
        emptyText={envs.data && envs.data.length === 0 ? <EmptyState description={t('storage.noEnvironment')} /> : undefined}
        toolbar={
          <Flex gap={8}>
            <Select
              aria-label={t('storage.environment')}
              placeholder={t('storage.chooseEnvironment')}
              style={{ minWidth: 300 }}
              showSearch={{ optionFilterProp: 'label' }}
              value={env ? envKey(env) : undefined}
              loading={envs.isLoading}
              onChange={(key: string) => setEnv(key)}
              options={(envs.data ?? []).map((e) => ({ value: envKey(e), label: environmentLabel(t, e) }))}
            />
            <Button type="primary" icon={<PlusOutlined />} disabled={!env} onClick={() => setCreating('claim')}>
              {t('storage.createClaim')}
            </Button>
          </Flex>
        }
      />

      <CreateVolumeModal
        open={creating === 'volume'}
        scope={scope}
        clusterId={clusterId ?? ''}
        clusterTitle={cluster ? clusterLabel(cluster) : ''}
        onClose={() => setCreating(undefined)}
        onCreated={(name) => {
          setCreating(undefined);
          message.success(t('storage.volumeCreated', { name }));
        }}
      />
      <CreateClaimModal
        open={creating === 'claim'}
        scope={scope}
        env={env}
        envLabel={envLabel}
        onClose={() => setCreating(undefined)}
        onCreated={(name) => {
          setCreating(undefined);
          message.success(t('storage.claimCreated', { name }));
        }}
      />
      <DangerConfirm
        open={!!deleting}
        kind={deleting?.kind === 'claim' ? t('storage.claimKind') : t('storage.volumeKind')}
        name={deleting?.name ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting);
            message.success(t(deleting.kind === 'claim' ? 'storage.claimDeleted' : 'storage.volumeDeleted', { name: deleting.name }));
            setChangeError(undefined);
          } catch (error) {
            setChangeError(error);
          }
          setDeleting(undefined);
        }}
      />
    </PageFrame>
  );
}
