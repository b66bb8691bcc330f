import { Tag } from 'antd';
import type { ProviderId } from '../providers/core/types';
import { useT } from '../app/i18n/useI18n';

/** Each cloud's own brand colour, so the provider column can be read at a glance. */
export const PROVIDER_COLOR: Record<ProviderId, string> = { tencent: '#006eff', alibaba: '#ff6a00', netease: '#d4001a' };

export function ProviderTag({ provider }: { provider: ProviderId }) {
  const t = useT();
  return (
    <Tag color={PROVIDER_COLOR[provider]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t(`provider.${provider}`)}
    </Tag>
  );
}
