import { useEffect, useState } from 'react';
import { Input, Modal, Typography } from 'antd';
import { useT } from '../app/i18n/useI18n';

export interface DangerConfirmProps {
  open: boolean;
  /** What is deleted, e.g. "cluster" (already translated). */
  kind: string;
  /** The resource's name; the user must type it exactly. */
  name: string;
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
}

/** Confirmation for destructive actions: the button stays disabled until the name is typed. */
export function DangerConfirm({ open, kind, name, onConfirm, onCancel }: DangerConfirmProps) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) setTyped('');
  }, [open]);
  const matches = typed === name;
  const confirm = async () => {
    if (!matches) return;
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('danger.title', { kind, name })}
      okText={t('danger.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, disabled: !matches, loading: busy }}
      onOk={confirm}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('danger.warning', { name })}</Typography.Paragraph>
      <Input
        autoFocus
        aria-label={t('danger.placeholder', { name })}
        placeholder={t('danger.placeholder', { name })}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onPressEnter={confirm}
        autoComplete="off"
        spellCheck={false}
      />
    </Modal>
  );
}
