import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useSvcT } from '../useSvcT';
import { field } from './field';

export type EnvRow = { key: string; value: string };

/** Environment variables as key/value rows (9.5, 9.9): a value needs a key. `prefix` is the body path. */
export function EnvEditor({ value, onChange, problems, prefix, label }: { value: EnvRow[]; onChange: (rows: EnvRow[]) => void; problems: Map<string, string>; prefix: string; label: string }) {
  const t = useSvcT();
  const set = (i: number, patch: Partial<EnvRow>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Flex vertical gap={4}>
      {value.length === 0 ? <Typography.Text type="secondary">{t('env.none')}</Typography.Text> : null}
      {value.map((row, i) => (
        <Flex key={i} gap={8} align="start">
          <Form.Item style={{ marginBottom: 4, flex: 1 }} {...field(problems, `${prefix}.${i}.key`, problems.has(`${prefix}.${i}.key`) ? t('rules.envKey') : undefined)}>
            <Input aria-label={`${label} ${t('env.key')} ${i + 1}`} placeholder={t('env.key')} value={row.key} onChange={(e) => set(i, { key: e.target.value })} autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Input aria-label={`${label} ${t('env.value')} ${i + 1}`} placeholder={t('env.value')} value={row.value} onChange={(e) => set(i, { value: e.target.value })} style={{ flex: 2 }} autoComplete="off" spellCheck={false} />
          <Button aria-label={`${t('env.remove')} ${i + 1}`} icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_, j) => j !== i))} />
        </Flex>
      ))}
      <div>
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...value, { key: '', value: '' }])}>
          {t('env.add')}
        </Button>
      </div>
    </Flex>
  );
}

/** Log directories collected by the log service (9.5 log_dirs): typed, Enter adds one. */
export function LogDirsInput({ value, onChange, label }: { value: string[]; onChange: (dirs: string[]) => void; label: string }) {
  const t = useSvcT();
  return <Select mode="tags" aria-label={label} value={value} onChange={onChange} open={false} placeholder={t('env.logDirsPlaceholder')} tokenSeparators={[',', ' ']} style={{ width: '100%' }} />;
}
