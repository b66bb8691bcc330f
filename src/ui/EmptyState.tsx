import type { ReactNode } from 'react';
import { Empty, Flex, Spin } from 'antd';
import { useT } from '../app/i18n/useI18n';

export function EmptyState({ description }: { description?: ReactNode }) {
  const t = useT();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description ?? t('common.empty')} />;
}

export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <Flex justify="center" align="center" style={{ padding: 48 }} role="status" aria-live="polite">
      <Spin description={label ?? t('common.loading')} />
    </Flex>
  );
}
