import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { CopyButton } from '../../../ui/CopyButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { downloadText, pemFileName } from '../shared/download';
import { useNeteaseT } from '../useNeteaseT';

export interface FreshKey {
  name: string;
  accountName: string;
  pem?: string;
  error?: unknown;
}

/** Shown once after 4.1: the private key (4.3's PEM text), to download or copy at once. */
export function PrivateKeyModal({ fresh, onClose }: { fresh?: FreshKey; onClose: () => void }) {
  const t = useNeteaseT();
  if (!fresh) return null;
  const pem = fresh.pem;
  return (
    <Modal
      open
      title={t('keys.createdTitle', { name: fresh.name })}
      onCancel={onClose}
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button type="primary" icon={<DownloadOutlined />} disabled={!pem} onClick={() => pem && downloadText(pemFileName(fresh.name), pem)}>
            {t('keys.download')}
          </Button>
        </Flex>
      }
      width={680}
    >
      {pem ? (
        <Flex vertical gap={8}>
          <Alert type="warning" showIcon title={t('keys.createdHint')} />
          <Flex justify="end">
            <CopyButton text={pem} />
          </Flex>
          <Typography.Paragraph>
            <pre data-testid="private-key" style={{ maxHeight: 280, overflow: 'auto', fontSize: 12, margin: 0 }}>
              {pem}
            </pre>
          </Typography.Paragraph>
        </Flex>
      ) : fresh.error ? (
        <Flex vertical gap={8}>
          <Typography.Text>{t('keys.downloadFailed')}</Typography.Text>
          <ErrorAlert error={fresh.error} scope={{ account: fresh.accountName }} />
        </Flex>
      ) : null}
    </Modal>
  );
}
