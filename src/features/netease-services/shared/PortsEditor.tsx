import { Button, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PORT_PROTOCOLS } from '../../../providers/netease/operations/enums';
import { useSvcT } from '../useSvcT';
import { field } from './field';
import type { PortMap } from './rules';

export type PortRow = Partial<PortMap>;

/** Port mappings (9.5, 9.10): service port → container port, TCP or UDP, ports 1-65535. `prefix` is the body path of the list. */
export function PortsEditor({ value, onChange, problems, prefix }: { value: PortRow[]; onChange: (rows: PortRow[]) => void; problems: Map<string, string>; prefix: string }) {
  const t = useSvcT();
  const set = (i: number, patch: PortRow) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Flex vertical gap={4}>
      {value.length === 0 ? (
        <Typography.Text type="secondary">{t('ports.none')}</Typography.Text>
      ) : (
        <Flex gap={8}>
          <Typography.Text type="secondary" style={{ width: 140 }}>{t('ports.servicePort')}</Typography.Text>
          <Typography.Text type="secondary" style={{ width: 14 }} />
          <Typography.Text type="secondary" style={{ width: 140 }}>{t('ports.containerPort')}</Typography.Text>
          <Typography.Text type="secondary">{t('ports.protocol')}</Typography.Text>
        </Flex>
      )}
      {value.map((row, i) => (
        <Flex key={i} gap={8} align="start" data-testid="port-row">
          <Form.Item style={{ marginBottom: 4 }} {...field(problems, `${prefix}.${i}.dest_port`, i === value.length - 1 ? t('rules.port') : undefined)}>
            <InputNumber aria-label={`${t('ports.servicePort')} ${i + 1}`} placeholder={t('ports.servicePort')} value={row.dest_port ?? null} onChange={(v) => set(i, { dest_port: v ?? undefined })} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Typography.Text style={{ lineHeight: '32px' }}>→</Typography.Text>
          <Form.Item style={{ marginBottom: 4 }} {...field(problems, `${prefix}.${i}.source_port`)}>
            <InputNumber aria-label={`${t('ports.containerPort')} ${i + 1}`} placeholder={t('ports.containerPort')} value={row.source_port ?? null} onChange={(v) => set(i, { source_port: v ?? undefined })} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Select aria-label={`${t('ports.protocol')} ${i + 1}`} value={row.protocol ?? 'TCP'} onChange={(p) => set(i, { protocol: p })} options={PORT_PROTOCOLS.map((p) => ({ value: p, label: p }))} style={{ width: 90 }} />
          <Button aria-label={`${t('ports.remove')} ${i + 1}`} icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_, j) => j !== i))} />
        </Flex>
      ))}
      <div>
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...value, { protocol: 'TCP' }])}>
          {t('ports.add')}
        </Button>
      </div>
    </Flex>
  );
}

/** A port row is refused as a whole when a port is missing (the schema's refinement has no field path). */
export function portProblems(rows: PortRow[], prefix: string): Map<string, string> {
  const problems = new Map<string, string>();
  rows.forEach((r, i) => {
    for (const key of ['dest_port', 'source_port'] as const) {
      const v = r[key];
      if (v === undefined || !Number.isInteger(v) || v < 1 || v > 65535) problems.set(`${prefix}.${i}.${key}`, 'port');
    }
  });
  return problems;
}
