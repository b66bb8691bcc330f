import { Button, Descriptions, Empty, Flex, Popconfirm, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../../app/i18n/useI18n';
import { isProviderError } from '../../../providers/core/errors';
import { CopyButton } from '../../../ui/CopyButton';
import { formatBytes } from '../../shared/format';
import type { Activity } from '../shared/activity';
import { ServiceStatus } from '../shared/ServiceStatus';
import { detailPortMaps, detailPublicNet, detailSpec, specById } from '../shared/rules';
import type { Container, ServiceDetail } from '../shared/types';
import type { SvcTranslate } from '../messages';
import { useSvcT } from '../useSvcT';

const mono = { fontFamily: 'var(--ant-font-family-code, monospace)' };

export function OverviewTab({ service, spaceName }: { service: ServiceDetail; spaceName: string }) {
  const t = useSvcT();
  const { lang } = useI18n();
  const info = service.service_info;
  const spec = detailSpec(info.spec_info);
  const known = specById(spec.id);
  const net = detailPublicNet(info.state_public_net);
  const ports = detailPortMaps(info.port_maps);
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="service-overview">
      <Descriptions.Item label={t('services.id')}>{info.id}</Descriptions.Item>
      <Descriptions.Item label={t('spaces.label')}>
        {spaceName} <Typography.Text code>{info.namespace}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('services.kind')}>
        <Tag color={info.stateful === 1 ? 'purple' : 'blue'}>{info.stateful === 1 ? t('services.stateful') : t('services.stateless')}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('services.status')}>
        <ServiceStatus status={info.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('services.replicas')}>
        <span data-testid="service-replicas">{info.replicas}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('services.spec')}>
        {spec.id ?? '—'} · {known ? (lang === 'en' ? known.nameEn : known.name) : spec.name} · {spec.cpu !== undefined ? `${spec.cpu / 1000} ${t('units.cores')}` : ''} · {spec.memory !== undefined ? formatBytes(spec.memory) : ''} · {spec.diskType} {spec.storage} GB · ¥{spec.price}/{t('units.hour')}
      </Descriptions.Item>
      <Descriptions.Item label={t('services.publicIp')}>
        {info.pub_ip ? (
          <>
            <Typography.Text code data-testid="service-public-ip">{info.pub_ip}</Typography.Text> <CopyButton text={info.pub_ip} />
          </>
        ) : (
          <Typography.Text type="secondary">{t('services.noPublicIp')}</Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('publicNet.title')}>
        {info.stateful === 1 ? (net.used ? `${t(`publicNet.type.${net.type}`)} · ${net.bandwidth} Mbps` : t('publicNet.notUsed')) : <Typography.Text type="secondary">{t('publicNet.statelessNone')}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('services.ports')}>{ports.length ? ports.map((p) => `${p.dest_port}→${p.source_port}/${p.protocol}`).join(', ') : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('services.containers')}>{service.service_container_infos.length}</Descriptions.Item>
      <Descriptions.Item label={t('volumes.extendsDisk')}>{info.extends_disk_size} GB</Descriptions.Item>
      <Descriptions.Item label="stop_service">
        <Tooltip title={t('services.stopServiceHint')}>
          <Typography.Text code>{info.stop_service}</Typography.Text>
        </Tooltip>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** One row per replica of each container (9.7 docker_container_ids); 9.15 restarts one. */
export function ContainersTab({ service, restartBlocked, onRestart }: { service: ServiceDetail; restartBlocked?: string; onRestart: (container: Container, uuid: string) => Promise<void> }) {
  const t = useSvcT();
  return (
    <Flex vertical gap={12}>
      {service.service_container_infos.map((c) => (
        <div key={c.container_id} data-testid="container">
          <Descriptions size="small" title={c.container_name} column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('containers.id')}>{c.container_id}</Descriptions.Item>
            <Descriptions.Item label={t('containers.image')}>
              <Typography.Text code data-testid="container-image">{c.image_path}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('containers.command')}>{c.command ? <Typography.Text code>{c.command}</Typography.Text> : <Typography.Text type="secondary">{t('containers.defaultCommand')}</Typography.Text>}</Descriptions.Item>
            <Descriptions.Item label={t('containers.cpuWeight')}>{c.cpu_weight}%</Descriptions.Item>
            <Descriptions.Item label={t('containers.memoryWeight')}>{c.memory_weight}%</Descriptions.Item>
            <Descriptions.Item label={t('containers.sshKeys')}>{c.ssh_keys.length ? c.ssh_keys.map((k) => <Tag key={k}>{k}</Tag>) : '—'}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            pagination={false}
            rowKey={(uuid) => uuid}
            aria-label={t('containers.replicasOf', { container: c.container_name })}
            dataSource={c.docker_container_ids}
            columns={[
              { key: 'n', title: '#', width: 50, render: (_, __, i) => i + 1 },
              {
                key: 'uuid',
                title: t('containers.dockerId'),
                render: (_, uuid) => (
                  <>
                    <Typography.Text style={mono}>{uuid.slice(0, 12)}</Typography.Text>
                    <Typography.Text type="secondary" style={mono}>{uuid.slice(12, 24)}…</Typography.Text> <CopyButton text={uuid} />
                  </>
                ),
              },
              {
                key: 'actions',
                title: t('common.actions'),
                width: 140,
                render: (_, uuid) => (
                  <Tooltip title={restartBlocked ?? t('containers.restartHint')}>
                    <span>
                      <Popconfirm title={t('containers.restartConfirm', { id: uuid.slice(0, 12) })} okText={t('containers.restart')} cancelText={t('common.cancel')} onConfirm={() => onRestart(c, uuid)} disabled={!!restartBlocked}>
                        <Button size="small" icon={<ReloadOutlined />} disabled={!!restartBlocked} aria-label={`${t('containers.restart')} ${uuid.slice(0, 12)}`}>
                          {t('containers.restart')}
                        </Button>
                      </Popconfirm>
                    </span>
                  </Tooltip>
                ),
              },
            ]}
          />
        </div>
      ))}
    </Flex>
  );
}

export function PortsTab({ service, edit }: { service: ServiceDetail; edit: React.ReactNode }) {
  const t = useSvcT();
  const ports = detailPortMaps(service.service_info.port_maps);
  return (
    <Flex vertical gap={8}>
      <div>{edit}</div>
      <Table
        size="small"
        pagination={false}
        rowKey={(p) => `${p.dest_port}/${p.protocol}/${p.source_port}`}
        aria-label={t('services.ports')}
        dataSource={ports}
        locale={{ emptyText: t('ports.none') }}
        columns={[
          { key: 'dest', title: t('ports.servicePort'), render: (_, p) => p.dest_port },
          { key: 'source', title: t('ports.containerPort'), render: (_, p) => p.source_port },
          { key: 'protocol', title: t('ports.protocol'), render: (_, p) => p.protocol },
          { key: 'ip', title: t('services.publicIp'), render: (_, p) => (service.service_info.pub_ip ? `${service.service_info.pub_ip}:${p.dest_port}` : '—') },
        ]}
      />
    </Flex>
  );
}

export function EnvTab({ service, edit }: { service: ServiceDetail; edit: React.ReactNode }) {
  const t = useSvcT();
  return (
    <Flex vertical gap={12}>
      <div>{edit}</div>
      {service.service_container_infos.map((c) => (
        <div key={c.container_id}>
          <Typography.Title level={5}>{c.container_name}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey={(e) => e.key}
            aria-label={t('env.of', { container: c.container_name })}
            dataSource={c.envs}
            locale={{ emptyText: t('env.none') }}
            columns={[
              { key: 'key', title: t('env.key'), render: (_, e) => <Typography.Text code>{e.key}</Typography.Text> },
              { key: 'value', title: t('env.value'), render: (_, e) => <Typography.Text copyable={{ text: e.value }}>{e.value}</Typography.Text> },
            ]}
          />
          <Typography.Paragraph style={{ marginTop: 8 }}>
            {t('env.logDirs')}: {c.log_dirs.length ? c.log_dirs.map((d) => <Tag key={d}>{d}</Tag>) : '—'}
          </Typography.Paragraph>
        </div>
      ))}
    </Flex>
  );
}

export function VolumesTab({ service }: { service: ServiceDetail }) {
  const t = useSvcT();
  const rows = service.service_container_infos.flatMap((c) => [
    ...c.volumes.map((v) => ({ key: `${c.container_id}/v/${v.name}`, container: c.container_name, kind: t('volumes.cloud'), name: v.name, path: v.mount_path, size: '' })),
    ...(c.local_disk_info as Array<{ name?: string; path?: string; size?: number }>).map((d, i) => ({ key: `${c.container_id}/l/${i}`, container: c.container_name, kind: t('volumes.local'), name: d.name ?? '', path: d.path ?? '', size: d.size !== undefined ? `${d.size} GB` : '' })),
  ]);
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('volumes.systemDisk', { size: detailSpec(service.service_info.spec_info).storage ?? 20, extends: service.service_info.extends_disk_size })}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        aria-label={t('volumes.title')}
        dataSource={rows}
        locale={{ emptyText: service.service_info.stateful === 1 ? t('volumes.none') : t('volumes.statelessNone') }}
        columns={[
          { key: 'container', title: t('services.container'), dataIndex: 'container' },
          { key: 'kind', title: t('volumes.kind'), dataIndex: 'kind' },
          { key: 'name', title: t('volumes.name'), dataIndex: 'name' },
          { key: 'path', title: t('volumes.mountPath'), render: (_, r) => <Typography.Text code>{r.path}</Typography.Text> },
          { key: 'size', title: t('volumes.size'), dataIndex: 'size' },
        ]}
      />
    </Flex>
  );
}

export function HealthTab() {
  const t = useSvcT();
  return <Empty description={t('health.none')} />;
}

/** 9.7's answer exactly as it came, read-only; the JSON-string fields decoded beside it. */
export function ConfigTab({ service }: { service: ServiceDetail }) {
  const t = useSvcT();
  const raw = JSON.stringify(service, null, 2);
  const info = service.service_info;
  const decoded = JSON.stringify({ spec_info: detailSpec(info.spec_info), port_maps: detailPortMaps(info.port_maps), state_public_net: detailPublicNet(info.state_public_net) }, null, 2);
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <Typography.Text strong>{t('config.raw')}</Typography.Text>
        <CopyButton text={raw} label={t('config.copy')} />
      </Flex>
      <pre data-testid="service-json" aria-readonly="true" tabIndex={0} style={{ ...mono, fontSize: 12, maxHeight: 480, overflow: 'auto', margin: 0, padding: 12, borderRadius: 6, background: 'var(--ant-color-fill-quaternary, rgba(0,0,0,0.04))' }}>
        {raw}
      </pre>
      <Typography.Text strong>{t('config.decoded')}</Typography.Text>
      <pre style={{ ...mono, fontSize: 12, margin: 0, padding: 12, borderRadius: 6, background: 'var(--ant-color-fill-quaternary, rgba(0,0,0,0.04))' }}>{decoded}</pre>
    </Flex>
  );
}

const time = (ms: number) => new Date(ms).toLocaleTimeString();

function activityLine(t: SvcTranslate, a: Activity) {
  if (a.kind === 'status') return { color: 'gray', content: `${time(a.at)} · ${t('history.status')} ${a.status}` };
  if (a.ok)
    return {
      color: 'green',
      content: (
        <span data-testid="history-change">
          {time(a.at)} · <Typography.Text code>{a.operation}</Typography.Text> · HTTP {a.status}
          {a.requestId ? ` · RequestId ${a.requestId}` : ''}
        </span>
      ),
    };
  const e = a.error;
  return {
    color: 'red',
    content: (
      <span>
        {time(a.at)} · <Typography.Text code>{a.operation}</Typography.Text> · {t('history.refused')} {isProviderError(e) ? `${e.code} ${e.message}${e.requestId ? ` · RequestId ${e.requestId}` : ''}` : String(e)}
      </span>
    ),
  };
}

export function HistoryTab({ activity }: { activity: Activity[] }) {
  const t = useSvcT();
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('history.hint')}</Typography.Text>
      {activity.length ? <Timeline items={activity.map((a) => activityLine(t, a))} /> : <Empty description={t('history.empty')} />}
    </Flex>
  );
}
