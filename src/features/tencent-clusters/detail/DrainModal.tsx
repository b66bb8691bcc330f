import { useEffect } from 'react';
import { Alert, App, Button, Flex, Modal, Table, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useClusterChange, type ClusterRef } from '../api/queries';
import { tencentScope } from '../api/scope';
import type { NodeRow } from '../api/types';
import { useClustersT } from '../useClustersT';

export interface EvictedPod {
  Name?: string;
  Namespace?: string;
  NodeIp?: string;
}

/** The answer's pods; the document prints "Nodelp" (an OCR of NodeIp): both are read. */
export const podsOf = (r: unknown): EvictedPod[] =>
  (((r as { Pods?: unknown[] } | null)?.Pods ?? []) as Record<string, string | undefined>[]).map((p) => ({ Name: p.Name, Namespace: p.Namespace, NodeIp: p.NodeIp ?? p.Nodelp }));

/**
 * DrainClusterNode as the document defines it: DryRun=1 (its default) only lists the pods that
 * would be evicted; the user reads them, then DryRun=0 drains for real.
 */
export function DrainModal({ node, clusterRef: ref, onClose }: { node?: NodeRow; clusterRef: ClusterRef; onClose: () => void }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const dryRun = useMutation({
    mutationFn: (instanceId: string) => {
      const s = tencentScope(ref.accountId, ref.region);
      return s.client.DrainClusterNode({ ClusterId: ref.clusterId, InstanceId: instanceId, DryRun: 1 }, s.region);
    },
  });
  const drain = useClusterChange(ref, (s, instanceId: string) => s.client.DrainClusterNode({ ClusterId: ref.clusterId, InstanceId: instanceId, DryRun: 0 }, s.region));
  useEffect(() => {
    dryRun.reset();
    drain.reset();
    if (node?.instanceId) dryRun.mutate(node.instanceId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [node?.instanceId]);
  const pods = dryRun.data ? podsOf(dryRun.data) : undefined;
  const name = node?.instanceName ?? node?.instanceId ?? '';
  const scope = { account: ref.accountId, region: ref.region };
  return (
    <Modal
      open={!!node}
      title={t('drain.title', { name })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            danger
            type="primary"
            disabled={!pods}
            loading={drain.isPending}
            onClick={async () => {
              try {
                const r = await drain.mutateAsync(node!.instanceId!);
                message.success(t('drain.done', { name, count: podsOf(r).length }));
                onClose();
              } catch {
                // shown below
              }
            }}
          >
            {t('drain.confirm')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        <Alert type="info" showIcon title={t('drain.dryRunNote')} />
        {dryRun.isPending && <Typography.Text type="secondary">{t('drain.dryRunning')}</Typography.Text>}
        {dryRun.error && <ErrorAlert error={dryRun.error} scope={scope} onRetry={() => node?.instanceId && dryRun.mutate(node.instanceId)} />}
        {pods && (
          <>
            <Typography.Text strong data-testid="drain-summary">
              {t('drain.wouldEvict', { count: pods.length })}
            </Typography.Text>
            <Table
              size="small"
              pagination={false}
              rowKey={(p) => `${p.Namespace}/${p.Name}`}
              dataSource={pods}
              scroll={{ y: 240 }}
              aria-label={t('drain.pods')}
              columns={[
                { key: 'name', title: t('drain.pod'), dataIndex: 'Name' },
                { key: 'ns', title: t('drain.namespace'), dataIndex: 'Namespace', width: 140 },
                { key: 'ip', title: t('drain.nodeIp'), dataIndex: 'NodeIp', width: 140 },
              ]}
            />
          </>
        )}
        {drain.error && <ErrorAlert error={drain.error} scope={scope} />}
      </Flex>
    </Modal>
  );
}
