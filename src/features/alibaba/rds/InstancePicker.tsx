import { useEffect, useState } from 'react';
import { AutoComplete, Button, Flex, Form } from 'antd';
import { useAlibabaT } from '../useAlibabaT';
import { RDS_ID } from './recentInstances';

/** An instance id typed or taken from the remembered ones (the document cannot list instances). */
export function InstancePicker({ value, recent, onOpen }: { value: string; recent: readonly string[]; onOpen: (id: string) => void }) {
  const t = useAlibabaT();
  const [typed, setTyped] = useState(value);
  const [refused, setRefused] = useState(false);
  useEffect(() => setTyped(value), [value]);
  const open = (id = typed) => {
    const trimmed = id.trim();
    const bad = !RDS_ID.test(trimmed);
    setRefused(bad);
    if (!bad) onOpen(trimmed);
  };
  return (
    <Form layout="inline" onFinish={() => open()}>
      <Form.Item label={t('rds.instance')} validateStatus={refused ? 'error' : undefined} help={refused ? t('rds.instanceRule') : t('rds.instanceHelp')} style={{ maxWidth: 720 }}>
        <Flex gap={8}>
          <AutoComplete
            aria-label={t('rds.instance')}
            style={{ width: 300 }}
            value={typed}
            placeholder="rm-…"
            options={recent.map((id) => ({ value: id, label: id }))}
            onChange={(v: string) => setTyped(v)}
            onSelect={(v: string) => open(v)}
          />
          <Button type="primary" htmlType="submit">
            {t('rds.open')}
          </Button>
        </Flex>
      </Form.Item>
    </Form>
  );
}
