import { Button, Card, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { EnvEditor, LogDirsInput } from '../shared/EnvEditor';
import { field } from '../shared/field';
import { useSvcT } from '../useSvcT';
import type { ContainerForm } from './createParams';
import { ImagePicker } from './ImagePicker';

export interface ContainerChoices {
  keys: string[];
  /** Volumes not mounted anywhere (7.2 status create_succ). */
  volumes: Array<{ id: number; name: string; size: number }>;
}

/** One of 9.5's service_container_infos. `i` is its index, for the refused paths. */
export function ContainerEditor(props: {
  i: number;
  value: ContainerForm;
  onChange: (patch: Partial<ContainerForm>) => void;
  onRemove?: () => void;
  problems: Map<string, string>;
  accountId: string;
  region: string;
  choices: ContainerChoices;
  weightsBad: boolean;
  showVolumes: boolean;
  showLocal: boolean;
}) {
  const t = useSvcT();
  const { i, value: c, onChange, problems } = props;
  const p = `service_container_infos.${i}`;
  const label = c.container_name || `#${i + 1}`;
  return (
    <Card
      size="small"
      title={t('create.containerN', { n: i + 1 })}
      data-testid="container-form"
      extra={props.onRemove ? <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('create.removeContainer')} ${i + 1}`} onClick={props.onRemove} /> : null}
    >
      <Flex gap={12} wrap>
        <Form.Item style={{ minWidth: 220 }} label={t('containers.name')} required {...field(problems, `${p}.container_name`, problems.get(`${p}.container_name`) === 'repeated' ? t('rules.containerNameRepeated') : t('rules.containerName'))}>
          <Input aria-label={`${t('containers.name')} ${i + 1}`} value={c.container_name} onChange={(e) => onChange({ container_name: e.target.value })} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item style={{ flex: 1, minWidth: 420 }} label={t('containers.image')} required {...field(problems, `${p}.image_path`, t('rules.image'))}>
          <ImagePicker accountId={props.accountId} region={props.region} value={c.image_path} onChange={(image_path) => onChange({ image_path })} label={label} invalid={problems.has(`${p}.image_path`)} />
        </Form.Item>
      </Flex>
      <Form.Item label={t('containers.command')} extra={t('rules.command')}>
        <Input aria-label={`${t('containers.command')} ${i + 1}`} value={c.command} onChange={(e) => onChange({ command: e.target.value })} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item label={t('containers.cpuWeight')} required {...field(problems, `${p}.cpu_weight`, t('rules.weight'))} validateStatus={props.weightsBad || problems.has(`${p}.cpu_weight`) ? 'error' : undefined}>
          <InputNumber aria-label={`${t('containers.cpuWeight')} ${i + 1}`} value={c.cpu_weight} onChange={(v) => onChange({ cpu_weight: v })} precision={0} suffix="%" />
        </Form.Item>
        <Form.Item label={t('containers.memoryWeight')} required {...field(problems, `${p}.memory_weight`, t('rules.weight'))} validateStatus={props.weightsBad || problems.has(`${p}.memory_weight`) ? 'error' : undefined}>
          <InputNumber aria-label={`${t('containers.memoryWeight')} ${i + 1}`} value={c.memory_weight} onChange={(v) => onChange({ memory_weight: v })} precision={0} suffix="%" />
        </Form.Item>
        <Form.Item style={{ flex: 1, minWidth: 240 }} label={t('containers.sshKeys')} extra={t('rules.sshKeys')}>
          <Select mode="multiple" aria-label={`${t('containers.sshKeys')} ${i + 1}`} value={c.ssh_keys} onChange={(ssh_keys) => onChange({ ssh_keys })} options={props.choices.keys.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
      </Flex>
      <Form.Item label={t('env.title')}>
        <EnvEditor value={c.envs} onChange={(envs) => onChange({ envs })} problems={problems} prefix={`${p}.envs`} label={label} />
      </Form.Item>
      <Form.Item label={t('env.logDirs')} extra={t('rules.logDirs')}>
        <LogDirsInput value={c.log_dirs} onChange={(log_dirs) => onChange({ log_dirs })} label={`${t('env.logDirs')} ${i + 1}`} />
      </Form.Item>
      {props.showVolumes ? (
        <Form.Item label={t('volumes.cloud')} extra={t('rules.volumes')}>
          <Flex vertical gap={4}>
            {c.volumes.map((v, j) => (
              <Flex key={j} gap={8} align="start">
                <Form.Item style={{ marginBottom: 4, flex: 1 }} {...field(problems, `${p}.volumes.${j}.volume_id`)}>
                  <Select
                    aria-label={`${t('volumes.cloud')} ${i + 1}.${j + 1}`}
                    placeholder={t('volumes.cloud')}
                    value={v.volume_id}
                    onChange={(volume_id: number) => onChange({ volumes: c.volumes.map((x, k) => (k === j ? { ...x, volume_id } : x)) })}
                    options={props.choices.volumes.map((vol) => ({ value: vol.id, label: `${vol.name} (${vol.size} GB)` }))}
                    notFoundContent={t('create.noFreeVolumes')}
                  />
                </Form.Item>
                <Form.Item style={{ marginBottom: 4, flex: 1 }} {...field(problems, `${p}.volumes.${j}.mount_path`, problems.has(`${p}.volumes.${j}.mount_path`) ? t('rules.absolutePath') : undefined)}>
                  <Input aria-label={`${t('volumes.mountPath')} ${i + 1}.${j + 1}`} placeholder="/mnt/" value={v.mount_path} onChange={(e) => onChange({ volumes: c.volumes.map((x, k) => (k === j ? { ...x, mount_path: e.target.value } : x)) })} />
                </Form.Item>
                <Button aria-label={`${t('create.removeVolume')} ${j + 1}`} icon={<DeleteOutlined />} onClick={() => onChange({ volumes: c.volumes.filter((_, k) => k !== j) })} />
              </Flex>
            ))}
            <div>
              <Button size="small" icon={<PlusOutlined />} onClick={() => onChange({ volumes: [...c.volumes, { mount_path: '/mnt/' }] })}>
                {t('create.addVolume')}
              </Button>
            </div>
          </Flex>
        </Form.Item>
      ) : null}
      {props.showLocal ? (
        <Form.Item label={t('volumes.local')} extra={t('rules.localDisks')}>
          <Flex vertical gap={4}>
            {c.local_disks.map((d, j) => (
              <Flex key={j} gap={8} align="start">
                <Form.Item style={{ marginBottom: 4 }} {...field(problems, `${p}.local_disks.${j}.name`)}>
                  <Input aria-label={`${t('volumes.name')} ${i + 1}.${j + 1}`} placeholder={t('volumes.name')} value={d.name} onChange={(e) => onChange({ local_disks: c.local_disks.map((x, k) => (k === j ? { ...x, name: e.target.value } : x)) })} />
                </Form.Item>
                <Form.Item style={{ marginBottom: 4 }} {...field(problems, `${p}.local_disks.${j}.path`, problems.has(`${p}.local_disks.${j}.path`) ? t('rules.absolutePath') : undefined)}>
                  <Input aria-label={`${t('volumes.mountPath')} L${i + 1}.${j + 1}`} placeholder="/data" value={d.path} onChange={(e) => onChange({ local_disks: c.local_disks.map((x, k) => (k === j ? { ...x, path: e.target.value } : x)) })} />
                </Form.Item>
                <Form.Item style={{ marginBottom: 4 }} {...field(problems, `${p}.local_disks.${j}.size`)}>
                  <InputNumber aria-label={`${t('volumes.size')} ${i + 1}.${j + 1}`} placeholder="GB" value={d.size} onChange={(size) => onChange({ local_disks: c.local_disks.map((x, k) => (k === j ? { ...x, size } : x)) })} precision={0} suffix="GB" />
                </Form.Item>
                <Button aria-label={`${t('create.removeLocalDisk')} ${j + 1}`} icon={<DeleteOutlined />} onClick={() => onChange({ local_disks: c.local_disks.filter((_, k) => k !== j) })} />
              </Flex>
            ))}
            <div>
              <Button size="small" icon={<PlusOutlined />} onClick={() => onChange({ local_disks: [...c.local_disks, { name: `disk${c.local_disks.length + 1}`, path: '/data', size: 20 }] })}>
                {t('create.addLocalDisk')}
              </Button>
            </div>
          </Flex>
        </Form.Item>
      ) : null}
      {!props.showVolumes && !props.showLocal ? <Typography.Text type="secondary">{t('create.noDisks')}</Typography.Text> : null}
    </Card>
  );
}
