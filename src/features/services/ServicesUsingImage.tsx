import { useQueries } from '@tanstack/react-query';
import { Flex, List, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/useI18n';
import type { Service } from '../../domain/types';
import type { ProviderId } from '../../providers/core/types';
import { ProviderTag } from '../../ui/ProviderTag';
import { StatusBadge } from '../../ui/StatusBadge';
import { domainContext, domainOf } from '../shared/domainContext';
import { resourceKeys } from '../shared/queryKeys';
import { imageFromRepository } from './imageMatch';
import { servicePath } from './servicePaths';
import { useServices } from './useServices';

/** Beyond this many services without images in their list, the page does not ask each one. */
const MAX_DESCRIBED = 300;

/**
 * The services whose containers run an image of `repository` (`host/ns/name`), across every
 * account of `provider`, each linking to its page. Lists that carry no images are completed with
 * the same per-service query the Services table uses (shared cache).
 */
export function ServicesUsingImage({ provider, repository }: { provider: ProviderId; repository: string }) {
  const t = useT();
  const { rows, isLoading } = useServices();
  const mine = rows.filter((s) => s.provider === provider);
  const toDescribe = mine.filter((s) => s.images.length === 0 && domainOf(s.provider).describeService).slice(0, MAX_DESCRIBED);
  const described = useQueries({
    queries: toDescribe.map((s) => ({
      queryKey: [...resourceKeys.scope(s.provider, s.accountId, s.region), 'service-summary', { id: s.id }],
      queryFn: () => domainOf(s.provider).describeService!(domainContext(s.provider, s.accountId, s.region), s),
      staleTime: 60_000,
      retry: false,
    })),
  });
  const imagesOf = new Map(toDescribe.map((s, i) => [s, described[i]?.data?.images ?? []]));
  const using: Service[] = mine.filter((s) => (s.images.length ? s.images : imagesOf.get(s) ?? []).some((image) => imageFromRepository(image, repository)));
  const pending = isLoading || described.some((q) => q.isLoading);

  return (
    <Flex vertical gap={4} data-testid="services-using-image">
      <Typography.Text strong>
        {t('usedBy.title')} {pending ? <Spin size="small" /> : null}
      </Typography.Text>
      {!pending && using.length === 0 ? <Typography.Text type="secondary">{t('usedBy.none')}</Typography.Text> : null}
      {using.length > 0 ? (
        <List
          size="small"
          dataSource={using}
          renderItem={(s) => (
            <List.Item style={{ paddingInline: 0 }}>
              <Flex gap={8} align="center" wrap>
                <ProviderTag provider={s.provider} />
                <Link to={servicePath(s)}>{s.name}</Link>
                <Typography.Text type="secondary">{s.group.name}</Typography.Text>
                <StatusBadge status={s.status} text={s.statusText} />
              </Flex>
            </List.Item>
          )}
        />
      ) : null}
    </Flex>
  );
}
