import { Skeleton, Tooltip, Typography } from 'antd';
import type { Service } from '../../domain/types';
import { useServiceSummary } from './useServiceSummary';

function ListCell({ service, pick }: { service: Service; pick: 'images' | 'ports' }) {
  const { summary, isLoading } = useServiceSummary(service);
  if (isLoading) return <Skeleton.Input active size="small" style={{ height: 14, width: 100 }} />;
  const values = summary[pick];
  if (values.length === 0) return <Typography.Text type="secondary">–</Typography.Text>;
  const text = values.join(', ');
  return (
    <Tooltip title={values.length > 1 || text.length > 28 ? values.join('\n') : undefined}>
      <Typography.Text ellipsis style={{ maxWidth: '100%', fontFamily: pick === 'images' ? 'var(--ant-font-family-code)' : undefined, fontSize: pick === 'images' ? 12 : undefined }}>
        {text}
      </Typography.Text>
    </Tooltip>
  );
}

export const ImagesCell = ({ service }: { service: Service }) => <ListCell service={service} pick="images" />;
export const PortsCell = ({ service }: { service: Service }) => <ListCell service={service} pick="ports" />;
