import { useState } from 'react';
import { Button, Tooltip } from 'antd';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useT } from '../app/i18n/useI18n';

/** Copies text to the clipboard and says so for two seconds. */
export function CopyButton({ text, label, size = 'small' }: { text: string; label?: string; size?: 'small' | 'middle' }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const name = label ?? t('common.copy');
  return (
    <Tooltip title={copied ? t('common.copied') : name}>
      <Button
        size={size}
        type="text"
        aria-label={name}
        icon={copied ? <CheckOutlined /> : <CopyOutlined />}
        onClick={async (e) => {
          e.stopPropagation();
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        }}
      />
    </Tooltip>
  );
}
