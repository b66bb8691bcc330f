import { Button, Dropdown, Flex, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PauseCircleOutlined, PlayCircleOutlined, TagsOutlined, ExportOutlined } from '@ant-design/icons';
import type { ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { CopyButton } from '../../../ui/CopyButton';
import { dateSortValue, formatDate } from '../../shared/format';
import type { NodeRow } from '../api/types';
import { cores, gib } from './limits';
import { NodeStatus, SchedulingTag, nodeState } from '../components/status';
import type { ClustersMessageKey, ClustersTranslate } from '../messages';

export type RemoveMode = 'default' | 'RemoveOnly' | 'Return';

export interface NodeActions {
  labels: (n: NodeRow) => void;
  drain: (n: NodeRow) => void;
  schedulable: (n: NodeRow, unschedulable: boolean) => void;
  remove: (n: NodeRow, mode: RemoveMode) => void;
}

const labelText = (n: NodeRow) =>
  Object.entries(n.labels ?? {})
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');

export function nodeColumns(t: ClustersTranslate, actions: NodeActions, busy: (n: NodeRow) => boolean): ResourceColumn<NodeRow>[] {
  return [
    {
      key: 'name',
      title: t('node.name'),
      width: 210,
      sortValue: (n) => n.instanceName ?? n.instanceId,
      searchText: (n) => `${n.instanceName ?? ''} ${n.instanceId ?? ''} ${labelText(n)}`,
      render: (n) => (
        <Flex vertical>
          <Typography.Text strong ellipsis>
            {n.instanceName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {n.instanceId} <CopyButton text={n.instanceId ?? ''} />
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('node.status'),
      width: 170,
      filterValue: (n) => nodeState(n),
      filterLabel: (v) => t(`node.state.${v}` as ClustersMessageKey),
      render: (n) => <NodeStatus node={n} t={t} />,
    },
    {
      key: 'scheduling',
      title: t('node.scheduling'),
      width: 120,
      filterValue: (n) => (n.unschedulable ? 'cordoned' : 'schedulable'),
      filterLabel: (v) => t(v === 'cordoned' ? 'node.cordoned' : 'node.schedulable'),
      render: (n) => <SchedulingTag node={n} t={t} />,
    },
    { key: 'lanIp', title: t('node.lanIp'), width: 130, sortValue: (n) => n.lanIp, searchText: (n) => n.lanIp, render: (n) => n.lanIp },
    { key: 'wanIp', title: t('node.wanIp'), width: 130, searchText: (n) => n.wanIp, render: (n) => n.wanIp || '—' },
    {
      key: 'labels',
      title: t('node.labels'),
      width: 260,
      filterValue: (n) => Object.entries(n.labels ?? {}).map(([k, v]) => `${k}=${String(v)}`),
      render: (n) => (
        <Flex gap={2} wrap>
          {Object.entries(n.labels ?? {}).map(([k, v]) => (
            <Tag key={k} style={{ marginInlineEnd: 0 }}>
              {k}={String(v)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { key: 'type', title: t('node.type'), width: 120, filterValue: (n) => n.instanceType, render: (n) => n.instanceType },
    { key: 'size', title: t('node.size'), width: 110, sortValue: (n) => n.cpu, render: (n) => `${cores(n.cpu) ?? '?'}C / ${gib(n.mem) ?? '?'}G` },
    { key: 'zone', title: t('node.zone'), width: 130, filterValue: (n) => n.zone, render: (n) => n.zone },
    { key: 'asg', title: t('node.asg'), width: 120, filterValue: (n) => n.autoScalingGroupId || undefined, render: (n) => n.autoScalingGroupId || '—' },
    { key: 'created', title: t('field.created'), width: 140, sortValue: (n) => dateSortValue(n.createdAt), render: (n) => formatDate(n.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 190,
      fixed: 'right',
      render: (n) => {
        const name = n.instanceName ?? n.instanceId ?? '';
        const disabled = busy(n);
        return (
          <Flex gap={4}>
            <Tooltip title={t('node.editLabels')}>
              <Button size="small" icon={<TagsOutlined />} aria-label={`${t('node.editLabels')} ${name}`} disabled={disabled} onClick={() => actions.labels(n)} />
            </Tooltip>
            <Tooltip title={t('node.drain')}>
              <Button size="small" icon={<ExportOutlined />} aria-label={`${t('node.drain')} ${name}`} disabled={disabled} onClick={() => actions.drain(n)} />
            </Tooltip>
            {n.unschedulable ? (
              <Tooltip title={t('node.uncordon')}>
                <Button size="small" icon={<PlayCircleOutlined />} aria-label={`${t('node.uncordon')} ${name}`} disabled={disabled} onClick={() => actions.schedulable(n, false)} />
              </Tooltip>
            ) : (
              <Tooltip title={t('node.cordon')}>
                <Button size="small" icon={<PauseCircleOutlined />} aria-label={`${t('node.cordon')} ${name}`} disabled={disabled} onClick={() => actions.schedulable(n, true)} />
              </Tooltip>
            )}
            <Dropdown
              disabled={disabled}
              trigger={['click']}
              menu={{
                items: (['default', 'Return', 'RemoveOnly'] as RemoveMode[]).map((m) => ({ key: m, label: t(`mode.${m}`), danger: m === 'Return' })),
                onClick: ({ key }) => actions.remove(n, key as RemoveMode),
              }}
            >
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('node.remove')} ${name}`} />
            </Dropdown>
          </Flex>
        );
      },
    },
  ];
}
