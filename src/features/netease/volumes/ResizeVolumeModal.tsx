import { useEffect, useState } from 'react';
import { Form, InputNumber, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { neteaseKeys } from '../shared/keys';
import { useNeteaseChange, type Target } from '../shared/useNeteaseChange';
import { useNeteaseT } from '../useNeteaseT';
import { nextSize, resizeAllowed, VOLUME_STEP_GB } from './sizeRules';
import type { VolumeRow } from './volumeColumns';

/** 7.3: grow only, below 1000 GB, a multiple of 10. */
export function ResizeVolumeModal({ row, onClose, onResized }: { row?: VolumeRow; onClose: () => void; onResized: (name: string, size: number) => void }) {
  const t = useNeteaseT();
  const [size, setSize] = useState<number | null>(null);
  const [tried, setTried] = useState(false);
  const resize = useNeteaseChange((api, v: Target & { id: number; size: number }) => api.call('resizeVolume', { id: v.id, size: v.size }), neteaseKeys.volumes);
  const current = row?.item.size ?? 0;
  useEffect(() => {
    setSize(row ? nextSize(row.item.size) : null);
    setTried(false);
    resize.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [row]);

  const ok = resizeAllowed(current, size);
  const submit = async () => {
    setTried(true);
    if (!row || !ok || size == null) return;
    const done = await resize.mutateAsync({ accountId: row.accountId, region: row.region, id: row.item.id, size }).then(
      () => true,
      () => false,
    );
    if (done) onResized(row.item.name, size);
  };

  const rule = t('volumes.resizeRule', { current });
  return (
    <Modal
      open={!!row}
      title={t('volumes.resizeTitle', { name: row?.item.name ?? '' })}
      okText={t('volumes.resize')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: resize.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('volumes.currentSize', { current })}</Typography.Paragraph>
      <Form layout="vertical" onFinish={submit}>
        <Form.Item label={t('volumes.newSize')} validateStatus={tried && !ok ? 'error' : undefined} help={tried && !ok ? rule : undefined} extra={tried && !ok ? undefined : rule}>
          <InputNumber autoFocus aria-label={t('volumes.newSize')} value={size} onChange={(v) => setSize(typeof v === 'number' ? v : null)} step={VOLUME_STEP_GB} precision={0} style={{ width: 160 }} onPressEnter={submit} />
        </Form.Item>
      </Form>
      {resize.error ? <ErrorAlert error={resize.error} scope={{ account: row?.accountName }} /> : null}
    </Modal>
  );
}
