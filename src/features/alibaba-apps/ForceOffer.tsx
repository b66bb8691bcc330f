import { Alert, Button } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';

/**
 * After a delete refused because something is still inside (the delete calls' Force=false only
 * checks), offers the Force variant — which again asks for the typed name.
 */
export function ForceOffer({ label, help, onForce }: { label: string; help: string; onForce: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      title={help}
      action={
        <Button size="small" danger icon={<DeleteOutlined />} onClick={onForce}>
          {label}
        </Button>
      }
    />
  );
}
