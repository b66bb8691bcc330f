import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, App, Button, Descriptions, Empty, Flex, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, FileTextOutlined, LineChartOutlined } from '@ant-design/icons';
import { CopyButton } from '../../../ui/CopyButton';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusBadge } from '../../../ui/StatusBadge';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { links } from '../../shared/links';
import { useChange, useEvents, useServiceText, type InstanceRow, type ServiceRef } from '../api';
import { readHistory } from '../history';
import { useTsvcT } from '../messages';
import type { ServiceInfo } from '../rules';
import { neutralStatus } from './status';

type Container = NonNullable<ServiceInfo['containers']>[number];

export function OverviewTab({ info, onEditLabels, onEditDescription }: { info: ServiceInfo; onEditLabels: () => void; onEditDescription: () => void }) {
  const t = useTsvcT();
  const labels = Object.entries((info.labels ?? {}) as Record<string, string>);
  const reasons = Object.entries((info.reasonMap ?? {}) as Record<string, unknown>);
  const external = String(info.externalIp ?? info.externallip ?? '');
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="tsvc-overview">
      <Descriptions.Item label={t('ov.status')}>
        <span data-testid="tsvc-status">
          <StatusBadge status={neutralStatus(info.status)} text={info.status} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('ov.replicas')}>
        <span data-testid="tsvc-replicas">
          {info.currentReplicas ?? 0} / {info.desiredReplicas ?? 0}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('ov.strategy')}>{String(info.strategy ?? 'RollingUpdate')}</Descriptions.Item>
      <Descriptions.Item label={t('ov.minReady')}>{String(info.minReadySeconds ?? 0)}</Descriptions.Item>
      <Descriptions.Item label={t('ov.access')}>{info.accessType}</Descriptions.Item>
      <Descriptions.Item label={t('ov.serviceIp')}>{String(info.serviceIp ?? info.servicelip ?? '') || t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('ov.externalIp')}>{external || t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('ov.lb')}>{info.lbId ? `${info.lbId} · ${info.lbStatus ?? ''}` : t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('ov.created')}>{info.createdAt}</Descriptions.Item>
      <Descriptions.Item label={t('ov.reasons')}>{reasons.length ? reasons.map(([k, v]) => `${k}: ${String(v)}`).join(', ') : t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('ov.images')} span="filled">
        <Flex vertical gap={2} data-testid="tsvc-images">
          {(info.containers ?? []).map((k) => (
            <span key={k.containerName}>
              <Typography.Text type="secondary">{k.containerName}: </Typography.Text>
              <Typography.Text code>{k.image}</Typography.Text>
            </span>
          ))}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('ov.labels')} span="filled">
        <Flex gap={4} wrap align="center" data-testid="tsvc-labels">
          {labels.map(([k, v]) => (
            <Tag key={k} color={k.startsWith('qcloud-') ? undefined : 'blue'}>
              {k}={v}
            </Tag>
          ))}
          <Button size="small" type="link" data-testid="tsvc-edit-labels" onClick={onEditLabels}>
            {t('act.labels')}
          </Button>
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('ov.description')} span="filled">
        <Space>
          <span data-testid="tsvc-description">{info.serviceDesc || <Typography.Text type="secondary">{t('ov.noDescription')}</Typography.Text>}</span>
          <Button size="small" type="link" data-testid="tsvc-edit-description" onClick={onEditDescription}>
            {t('act.description')}
          </Button>
        </Space>
      </Descriptions.Item>
    </Descriptions>
  );
}

const age = (createdAt: string | undefined, now: number) => {
  if (!createdAt) return '';
  // The document's times are Beijing time without a zone ("2017-08-22 16:42:56").
  const at = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(createdAt) ? createdAt : `${createdAt.replace(' ', 'T')}+08:00`);
  if (Number.isNaN(at)) return createdAt;
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.round(s / 60)}m`;
  if (s < 172800) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86400)}d`;
};

export function InstancesTab({ refData, rows, loading, error, onRefetch }: { refData: ServiceRef; rows: InstanceRow[]; loading: boolean; error: unknown; onRefetch: () => void }) {
  const t = useTsvcT();
  const { message } = App.useApp();
  const ref = refData;
  const [deleting, setDeleting] = useState<string | null>(null);
  const del = useChange(
    ref.accountId,
    ref.region,
    (client, pod: string) => client.DeleteInstances({ clusterId: ref.clusterId, namespace: ref.namespace, instances: [pod] }, ref.region),
    (result, pod) => {
      const failed = (result?.failedMap ?? {}) as Record<string, unknown>;
      if (failed[pod]) message.error(t('pods.deleteFailed', { name: pod, reason: String(failed[pod]) }));
      else message.success(t('pods.deleted', { name: pod }));
    },
  );
  const now = Date.now();
  const scope = { provider: 'tencent' as const, account: ref.accountId, region: ref.region, cluster: ref.clusterId, namespace: ref.namespace, service: ref.serviceName };
  const columns = useMemo<ResourceColumn<InstanceRow>[]>(
    () => [
      { key: 'name', title: t('pods.name'), width: 240, sortValue: (r) => r.name, searchText: (r) => r.name },
      { key: 'status', title: t('pods.status'), width: 170, filterValue: (r) => r.status, render: (r) => <StatusBadge status={neutralStatus(r.status)} text={[r.status, r.reason].filter(Boolean).join(' · ')} /> },
      { key: 'node', title: t('pods.node'), width: 130, filterValue: (r) => r.nodeIp, searchText: (r) => r.nodeIp, render: (r) => r.nodeName || r.nodeIp },
      { key: 'ip', title: t('pods.ip'), width: 120, searchText: (r) => r.ip },
      { key: 'restartCount', title: t('pods.restarts'), width: 80, sortValue: (r) => r.restartCount, render: (r) => String(r.restartCount ?? 0) },
      { key: 'createdAt', title: t('pods.age'), width: 80, sortValue: (r) => r.createdAt, render: (r) => <Tooltip title={r.createdAt}>{age(r.createdAt, now)}</Tooltip> },
      { key: 'containers', title: t('pods.containers'), width: 200, render: (r) => (r.containers ?? []).map((k) => `${k.name}: ${k.image?.split('/').pop()}`).join(', ') },
      {
        key: 'actions',
        title: t('common.actions'),
        width: 200,
        render: (r) => {
          const container = r.containers?.[0]?.name;
          return (
            <Space size={2} onClick={(e) => e.stopPropagation()}>
              <Link to={links.logs({ ...scope, pod: r.name, container })} aria-label={`${t('pods.logs')} ${r.name}`}>
                <Button size="small" type="link" icon={<FileTextOutlined />}>
                  {t('pods.logs')}
                </Button>
              </Link>
              <Link to={links.monitoring({ ...scope, pod: r.name, container })} aria-label={`${t('pods.charts')} ${r.name}`}>
                <Button size="small" type="link" icon={<LineChartOutlined />}>
                  {t('pods.charts')}
                </Button>
              </Link>
              <Tooltip title={t('pods.delete')}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('pods.delete')} ${r.name}`} onClick={() => setDeleting(r.name ?? null)} />
              </Tooltip>
            </Space>
          );
        },
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, now - (now % 10_000), ref.accountId, ref.region, ref.clusterId, ref.namespace, ref.serviceName],
  );
  return (
    <Flex vertical gap={8}>
      {error ? <ErrorAlert error={error} scope={{ account: ref.accountId, region: ref.region }} onRetry={onRefetch} /> : null}
      {del.error && <ErrorAlert error={del.error} scope={{ account: ref.accountId, region: ref.region }} />}
      <ResourceTable ariaLabel={t('pods.table')} urlPrefix="pods" rows={rows} columns={columns} rowKey={(r) => r.name ?? ''} loading={loading} height={360} />
      <DangerConfirm
        open={deleting !== null}
        kind={t('kind.pod')}
        name={deleting ?? ''}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          await del.mutateAsync(deleting!).catch(() => undefined);
          setDeleting(null);
        }}
      />
    </Flex>
  );
}

export function EventsTab({ refData, watch }: { refData: ServiceRef; watch: boolean }) {
  const t = useTsvcT();
  const events = useEvents(refData, true, watch);
  const rows = useMemo(() => [...(events.data ?? [])].sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '')), [events.data]);
  return (
    <Flex vertical gap={8}>
      {events.error ? <ErrorAlert error={events.error} scope={{ account: refData.accountId, region: refData.region }} onRetry={() => events.refetch()} /> : null}
      <Table
        size="small"
        aria-label={t('events.table')}
        loading={events.isLoading}
        rowKey={(r) => `${r.lastSeen}/${r.objName}/${r.reason}/${r.message}`}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('events.empty') }}
        columns={[
          { key: 'lastSeen', title: t('events.lastSeen'), dataIndex: 'lastSeen', width: 160 },
          { key: 'level', title: t('events.level'), dataIndex: 'level', width: 90, render: (v: string) => <Tag color={v === 'Warning' ? 'orange' : undefined}>{v}</Tag> },
          { key: 'object', title: t('events.object'), width: 220, render: (_, r) => `${r.objType ?? ''}/${r.objName ?? ''}` },
          { key: 'reason', title: t('events.reason'), dataIndex: 'reason', width: 140 },
          { key: 'message', title: t('events.message'), dataIndex: 'message' },
          { key: 'count', title: t('events.count'), dataIndex: 'count', width: 70 },
          { key: 'firstSeen', title: t('events.firstSeen'), dataIndex: 'firstSeen', width: 160 },
        ]}
      />
    </Flex>
  );
}

export function ConfigTab({ refData, info, format, setFormat }: { refData: ServiceRef; info: ServiceInfo; format: string; setFormat: (f: string) => void }) {
  const t = useTsvcT();
  const text = useServiceText(refData, format !== 'json');
  const body = format === 'json' ? JSON.stringify(info, null, 2) : format === 'pure' ? text.data?.servicePureText ?? '' : text.data?.serviceText ?? '';
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <Segmented
          size="small"
          value={format}
          onChange={(v) => setFormat(String(v))}
          options={[
            { value: 'yaml', label: t('config.yaml') },
            { value: 'pure', label: t('config.yamlPure') },
            { value: 'json', label: t('config.json') },
          ]}
        />
        <CopyButton text={body} label={t('config.copy')} />
      </Flex>
      {text.error && format !== 'json' ? <ErrorAlert error={text.error} scope={{ account: refData.accountId, region: refData.region }} onRetry={() => text.refetch()} /> : null}
      <pre
        data-testid="tsvc-config"
        aria-label={t('tab.config')}
        tabIndex={0}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12, lineHeight: 1.5, margin: 0, padding: 12, maxHeight: 560, overflow: 'auto', background: 'var(--ant-color-fill-quaternary, rgba(0,0,0,0.03))', border: '1px solid var(--ant-color-border-secondary, #eee)', borderRadius: 6, whiteSpace: 'pre' }}
      >
        {text.isLoading && format !== 'json' ? '…' : body}
      </pre>
    </Flex>
  );
}

export function PortsTab({ info }: { info: ServiceInfo }) {
  const t = useTsvcT();
  const ports = info.portMappings ?? [];
  if (!ports.length) return <Empty description={t('ports.empty', { access: info.accessType ?? '' })} />;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(r) => `${r.protocol}/${r.lbPort}/${r.containerPort}`}
      dataSource={ports}
      columns={[
        { key: 'protocol', title: t('form.protocol'), dataIndex: 'protocol', width: 90 },
        { key: 'containerPort', title: t('form.containerPort'), dataIndex: 'containerPort' },
        { key: 'lbPort', title: t('form.lbPort'), dataIndex: 'lbPort' },
        { key: 'nodePort', title: t('form.nodePort'), dataIndex: 'nodePort', render: (v: number | undefined) => v || t('common.none') },
      ]}
    />
  );
}

export function EnvTab({ info }: { info: ServiceInfo }) {
  const t = useTsvcT();
  const rows = (info.containers ?? []).flatMap((k) => (k.envs ?? []).map((e) => ({ container: k.containerName ?? '', name: e.name ?? '', value: e.value ?? '' })));
  if (!rows.length) return <Empty description={t('env.empty')} />;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(r) => `${r.container}/${r.name}`}
      dataSource={rows}
      columns={[
        { key: 'container', title: t('env.container'), dataIndex: 'container', width: 160 },
        { key: 'name', title: t('common.name'), dataIndex: 'name', width: 240, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { key: 'value', title: t('common.value'), dataIndex: 'value', render: (v: string) => <Typography.Text copyable={{ text: v }}>{v}</Typography.Text> },
      ]}
    />
  );
}

export function VolumesTab({ info }: { info: ServiceInfo }) {
  const t = useTsvcT();
  const vols = (info.volumes ?? []) as Array<Record<string, unknown>>;
  if (!vols.length) return <Empty description={t('volumes.empty')} />;
  const mounts = (name: string) =>
    (info.containers ?? []).flatMap((k) => (k.volumeMounts ?? []).filter((m) => m.volumeName === name).map((m) => `${k.containerName}:${m.mountPath} (${m.mode ?? 'rw'})`));
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(r) => String(r.name)}
      dataSource={vols}
      columns={[
        { key: 'name', title: t('form.volumeName'), render: (_, r) => String(r.name ?? '') },
        { key: 'type', title: t('form.volumeType'), render: (_, r) => String(r.volumeType ?? 'hostPath') },
        { key: 'source', title: t('health.target'), render: (_, r) => String(r.hostPath || r.cbsDiskId || r.nfsPath || (r.configId ? `${r.configId}@${r.configVersion}` : '') || t('common.none')) },
        { key: 'mounts', title: t('volumes.mounts'), render: (_, r) => mounts(String(r.name)).join(', ') || t('common.none') },
      ]}
    />
  );
}

type Probe = NonNullable<Container['liveProbe']>;
const target = (p: Probe) =>
  p.checkMethod === 'methodHttp' ? `${p.methodHttp?.protocol ?? 'HTTP'} :${p.methodHttp?.port ?? ''}${p.methodHttp?.path ?? '/'}` : p.checkMethod === 'methodCmd' ? String(p.methodCmd?.cmd ?? '') : `TCP :${p.methodTcp?.port ?? ''}`;

export function HealthTab({ info }: { info: ServiceInfo }) {
  const t = useTsvcT();
  const rows = (info.containers ?? []).flatMap((k) => [
    { key: `${k.containerName}/live`, container: k.containerName ?? '', kind: t('form.live'), probe: k.liveProbe },
    { key: `${k.containerName}/ready`, container: k.containerName ?? '', kind: t('form.ready'), probe: k.readyProbe },
  ]);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { key: 'container', title: t('env.container'), dataIndex: 'container', width: 140 },
        { key: 'kind', title: '', dataIndex: 'kind', width: 200 },
        { key: 'method', title: t('health.method'), render: (_, r) => r.probe?.checkMethod ?? <Typography.Text type="secondary">{t('health.none')}</Typography.Text> },
        { key: 'target', title: t('health.target'), render: (_, r) => (r.probe ? <Typography.Text code>{target(r.probe)}</Typography.Text> : null) },
        { key: 'thresholds', title: t('health.thresholds'), render: (_, r) => (r.probe ? `${r.probe.healthNum ?? ''} / ${r.probe.unhealthNum ?? ''}` : null) },
        { key: 'timing', title: t('health.timing'), render: (_, r) => (r.probe ? `${r.probe.delayTime ?? 0} / ${r.probe.intervalTime ?? ''} / ${r.probe.timeOut ?? ''}` : null) },
      ]}
    />
  );
}

export function HistoryTab({ refData, info, onRollback, version }: { refData: ServiceRef; info: ServiceInfo; onRollback: () => void; version: number }) {
  const t = useTsvcT();
  // `version` changes after each change, so the stored list is read again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const revisions = useMemo(() => readHistory(refData), [refData.serviceName, refData.clusterId, refData.namespace, version]);
  const rows = [
    { key: 'current', at: undefined as number | undefined, label: t('history.current'), change: '', images: (info.containers ?? []).map((k) => `${k.containerName}: ${k.image}`), replicas: info.desiredReplicas, strategy: String(info.strategy ?? '') },
    ...revisions.map((r, i) => ({ key: `${r.at}-${i}`, at: r.at, label: i === 0 ? t('history.previous') : t('history.older'), change: r.change, images: r.images, replicas: r.replicas, strategy: r.strategy ?? '' })),
  ];
  return (
    <Flex vertical gap={8}>
      <Alert type="info" showIcon title={t('history.help')} />
      {revisions.length === 0 && <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>}
      <Table
        size="small"
        pagination={false}
        aria-label={t('tab.history')}
        rowKey="key"
        dataSource={rows}
        columns={[
          { key: 'label', title: '', dataIndex: 'label', width: 180, render: (v: string, r) => <Tag color={r.key === 'current' ? 'green' : r.label === t('history.previous') ? 'blue' : undefined}>{v}</Tag> },
          { key: 'at', title: t('history.when'), width: 170, render: (_, r) => (r.at ? new Date(r.at).toLocaleString() : t('common.none')) },
          { key: 'change', title: t('history.change'), dataIndex: 'change', width: 200 },
          { key: 'images', title: t('history.images'), render: (_, r) => r.images.map((i) => <div key={i}><Typography.Text code>{i}</Typography.Text></div>) },
          { key: 'replicas', title: t('history.replicas'), dataIndex: 'replicas', width: 80 },
          { key: 'strategy', title: t('history.strategy'), dataIndex: 'strategy', width: 120 },
          {
            key: 'action',
            title: '',
            width: 150,
            render: (_, r) =>
              r.label === t('history.previous') || (r.key === 'current' && revisions.length === 0) ? (
                r.key === 'current' ? null : (
                  <Button size="small" onClick={onRollback}>
                    {t('history.rollbackHere')}
                  </Button>
                )
              ) : null,
          },
        ]}
      />
      {revisions.length === 0 && (
        <div>
          <Button size="small" onClick={onRollback}>
            {t('act.rollback')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
