import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Input, Switch, Typography } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { CopyButton } from '../../../ui/CopyButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useClusterChange, useSecurityInfo, type ClusterRef } from '../api/queries';
import { taskStore, useClusterTasks } from '../api/tasks';
import type { ClusterRow, SecurityInfo } from '../api/types';
import { useClustersT } from '../useClustersT';

const MASK = '••••••••••••';

/** A kubeconfig for the public endpoint from DescribeClusterSecurityInfo's user, password and CA. */
export function kubeconfig(clusterId: string, info: SecurityInfo): string {
  const ca = typeof btoa === 'function' ? btoa(info.certificationAuthority ?? '') : '';
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${clusterId}`,
    '  cluster:',
    `    server: ${info.clusterExternalEndpoint ?? ''}`,
    `    certificate-authority-data: ${ca}`,
    'users:',
    `- name: ${info.userName ?? 'admin'}`,
    '  user:',
    `    username: ${info.userName ?? ''}`,
    `    password: ${info.password ?? ''}`,
    'contexts:',
    `- name: ${clusterId}`,
    '  context:',
    `    cluster: ${clusterId}`,
    `    user: ${info.userName ?? 'admin'}`,
    `current-context: ${clusterId}`,
    '',
  ].join('\n');
}

function Secret({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  const t = useClustersT();
  const [shown, setShown] = useState(false);
  return (
    <Flex gap={4} align="start">
      {shown ? (
        multiline ? (
          <Input.TextArea value={value} readOnly autoSize={{ minRows: 2, maxRows: 8 }} style={{ fontFamily: 'monospace', fontSize: 12 }} aria-label={label} />
        ) : (
          <Typography.Text code data-testid={`secret-${label}`}>
            {value}
          </Typography.Text>
        )
      ) : (
        <Typography.Text type="secondary" data-testid={`secret-${label}`}>
          {MASK}
        </Typography.Text>
      )}
      <Button size="small" type="text" icon={shown ? <EyeInvisibleOutlined /> : <EyeOutlined />} aria-label={`${shown ? t('access.hide') : t('access.reveal')} ${label}`} onClick={() => setShown(!shown)} />
      <CopyButton text={value} label={`${t('common.copy')} ${label}`} />
    </Flex>
  );
}

/** The public API endpoint (OperateClusterVip on/off) and the credentials (DescribeClusterSecurityInfo), masked until revealed. */
export function AccessTab({ cluster, clusterRef: ref, active }: { cluster: ClusterRow; clusterRef: ClusterRef; active: boolean }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const ready = cluster.status !== 'Creating' && cluster.status !== 'Deleting';
  const info = useSecurityInfo(ref, active && ready);
  const tasks = useClusterTasks(ref.accountId, ref.region, ref.clusterId);
  const vipBusy = tasks.some((x) => (x.kind === 'vipOn' || x.kind === 'vipOff') && x.status === 'running');
  const [changeError, setChangeError] = useState<unknown>();
  const vip = useClusterChange(ref, (s, on: boolean) => s.client.OperateClusterVip({ clusterId: ref.clusterId, operation: on ? 'Create' : 'Delete' }, s.region));
  const endpoint = info.data?.clusterExternalEndpoint || cluster.clusterExternalEndpoint || '';
  const scope = { account: ref.accountId, region: ref.region };
  return (
    <Flex vertical gap={12}>
      {changeError !== undefined && <ErrorAlert error={changeError} scope={scope} />}
      {info.error && <ErrorAlert error={info.error} scope={scope} onRetry={() => info.refetch()} />}
      <Card size="small" title={t('access.endpointTitle')}>
        <Flex gap={12} align="center" wrap>
          <Switch
            checked={!!endpoint}
            loading={vip.isPending || vipBusy}
            disabled={cluster.status !== 'Running'}
            aria-label={t('access.toggle')}
            onChange={async (on) => {
              try {
                const r = await vip.mutateAsync(on);
                taskStore.track(r, { kind: on ? 'vipOn' : 'vipOff', accountId: ref.accountId, region: ref.region, clusterId: ref.clusterId });
                setChangeError(undefined);
                message.success(t(on ? 'access.opening' : 'access.closing'));
              } catch (error) {
                setChangeError(error);
              }
            }}
          />
          <Typography.Text>{endpoint ? t('access.on') : t('access.off')}</Typography.Text>
          {endpoint && (
            <Typography.Text code data-testid="endpoint">
              {endpoint} <CopyButton text={endpoint} />
            </Typography.Text>
          )}
        </Flex>
        {cluster.status !== 'Running' && <Typography.Text type="secondary">{t('access.needsRunning', { status: cluster.status ?? '' })}</Typography.Text>}
      </Card>
      <Card size="small" title={t('access.credentials')}>
        {!ready && <Typography.Text type="secondary">{t('limits.notYet')}</Typography.Text>}
        {info.data && (
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('access.userName')}>
              {info.data.userName} <CopyButton text={info.data.userName ?? ''} />
            </Descriptions.Item>
            <Descriptions.Item label={t('access.password')}>
              <Secret label={t('access.password')} value={info.data.password ?? ''} />
            </Descriptions.Item>
            <Descriptions.Item label={t('access.ca')}>
              <Secret label={t('access.ca')} value={info.data.certificationAuthority ?? ''} multiline />
            </Descriptions.Item>
            <Descriptions.Item label="kubeconfig">
              <Secret label="kubeconfig" value={kubeconfig(ref.clusterId, { ...info.data, clusterExternalEndpoint: endpoint })} multiline />
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
    </Flex>
  );
}
