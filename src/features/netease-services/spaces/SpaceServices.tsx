import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n/useI18n';
import { links } from '../../shared/links';
import { useSvcT } from '../useSvcT';
import { ServiceStatus } from '../shared/ServiceStatus';
import { specById } from '../shared/rules';
import type { SpaceRow } from './spaceColumns';

/** The services of one space (9.6), each opening its detail. */
export function SpaceServices({ row }: { row: SpaceRow }) {
  const t = useSvcT();
  const { lang } = useI18n();
  const { space, services } = row.item;
  if (services.length === 0) return <Typography.Text type="secondary">{t('spaces.noServices')}</Typography.Text>;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="id"
      aria-label={t('spaces.servicesOf', { space: space.display_name })}
      dataSource={services}
      columns={[
        { key: 'name', title: t('services.name'), render: (_, s) => <Link to={links.neteaseService(row.accountId, space.id, s.id)}>{s.service_name}</Link> },
        { key: 'kind', title: t('services.kind'), render: (_, s) => <Tag>{s.stateful === 1 ? t('services.stateful') : t('services.stateless')}</Tag> },
        { key: 'status', title: t('services.status'), render: (_, s) => <ServiceStatus status={s.status} /> },
        { key: 'replicas', title: t('services.replicas'), render: (_, s) => s.replicas },
        { key: 'spec', title: t('services.spec'), render: (_, s) => specById(s.spec_id)?.[lang === 'en' ? 'nameEn' : 'name'] ?? s.spec_id },
        { key: 'ports', title: t('services.ports'), render: (_, s) => s.port_maps.map((p) => `${p.dest_port}→${p.source_port}/${p.protocol}`).join(', ') },
      ]}
    />
  );
}
