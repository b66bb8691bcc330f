import { useState } from 'react';
import { Button, Divider, Flex, Form, InputNumber, Typography } from 'antd';
import { neteaseOps } from '../../../../providers/netease/operations';
import { useServiceChange, type Target } from '../../shared/api';
import { EnvEditor, LogDirsInput, type EnvRow } from '../../shared/EnvEditor';
import { field } from '../../shared/field';
import { evenWeights, issuePaths } from '../../shared/rules';
import { useSvcT } from '../../useSvcT';
import { ActionModal, runChange, type ActionProps } from './ActionModal';

interface Row {
  container_id: number;
  container_name: string;
  envs: EnvRow[];
  log_dirs: string[];
  cpu_weight: number | null;
  memory_weight: number | null;
}

/** 9.9: environment, log directories and weights of every container of a stateless service. */
export function StatelessModal(props: ActionProps) {
  const t = useSvcT();
  const info = props.service.service_info;
  const [rows, setRows] = useState<Row[]>(() =>
    props.service.service_container_infos.map((c) => ({ container_id: c.container_id, container_name: c.container_name, envs: c.envs.map((e) => ({ key: e.key, value: e.value })), log_dirs: c.log_dirs, cpu_weight: c.cpu_weight, memory_weight: c.memory_weight })),
  );
  const [problems, setProblems] = useState(new Map<string, string>());
  const change = useServiceChange('updateStatelessService', (api, v: Target & { container_infos: Array<{ container_id: number; envs: EnvRow[]; log_dirs: string[]; cpu_weight: number; memory_weight: number }> }) =>
    api.call('updateStatelessService', { id: info.id, container_infos: v.container_infos }),
  );
  const set = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = () => {
    const container_infos = rows.map((r) => ({
      container_id: r.container_id,
      envs: r.envs.filter((e) => e.key !== '' || e.value !== ''),
      log_dirs: r.log_dirs.map((d) => d.trim()).filter(Boolean),
      cpu_weight: r.cpu_weight ?? (undefined as unknown as number),
      memory_weight: r.memory_weight ?? (undefined as unknown as number),
    }));
    const bad = issuePaths(neteaseOps.updateStatelessService.params, { id: info.id, container_infos });
    rows.forEach((r, i) => r.envs.forEach((e, j) => e.key === '' && e.value !== '' && bad.set(`container_infos.${i}.envs.${j}.key`, 'required')));
    setProblems(bad);
    if (bad.size) return;
    void runChange(
      () => change.mutateAsync({ accountId: props.accountId, region: props.region, subject: `service:${info.id}`, container_infos }),
      (answer) => props.onDone(t('actions.statelessSaved', { name: info.service_name }), answer),
    );
  };
  const weightsBad = problems.has('container_infos');
  return (
    <ActionModal open={props.open} title={t('actions.statelessTitle', { name: info.service_name })} okText={t('actions.save')} onOk={submit} onCancel={props.onClose} loading={change.isPending} error={change.error} accountName={props.accountName} width={720}>
      <Typography.Text type="secondary">{t('actions.statelessHint')}</Typography.Text>
      <Form layout="vertical">
        {rows.map((r, i) => (
          <div key={r.container_id}>
            <Divider titlePlacement="start" style={{ margin: '8px 0' }}>
              {r.container_name}
            </Divider>
            <Form.Item label={t('env.title')}>
              <EnvEditor value={r.envs} onChange={(envs) => set(i, { envs })} problems={problems} prefix={`container_infos.${i}.envs`} label={r.container_name} />
            </Form.Item>
            <Form.Item label={t('env.logDirs')} extra={t('rules.logDirs')}>
              <LogDirsInput value={r.log_dirs} onChange={(log_dirs) => set(i, { log_dirs })} label={`${t('env.logDirs')} ${r.container_name}`} />
            </Form.Item>
            <Flex gap={12}>
              <Form.Item label={t('containers.cpuWeight')} {...field(problems, `container_infos.${i}.cpu_weight`)} validateStatus={weightsBad || problems.has(`container_infos.${i}.cpu_weight`) ? 'error' : undefined}>
                <InputNumber aria-label={`${t('containers.cpuWeight')} ${r.container_name}`} value={r.cpu_weight} onChange={(v) => set(i, { cpu_weight: v })} precision={0} />
              </Form.Item>
              <Form.Item label={t('containers.memoryWeight')} {...field(problems, `container_infos.${i}.memory_weight`)} validateStatus={weightsBad || problems.has(`container_infos.${i}.memory_weight`) ? 'error' : undefined}>
                <InputNumber aria-label={`${t('containers.memoryWeight')} ${r.container_name}`} value={r.memory_weight} onChange={(v) => set(i, { memory_weight: v })} precision={0} />
              </Form.Item>
            </Flex>
          </div>
        ))}
        <Flex gap={8} align="center">
          <Typography.Text type={weightsBad ? 'danger' : 'secondary'}>{t('rules.weights')}</Typography.Text>
          {rows.length > 1 ? (
            <Button size="small" onClick={() => setRows((rs) => rs.map((r, i) => ({ ...r, cpu_weight: evenWeights(rs.length)[i], memory_weight: evenWeights(rs.length)[i] })))}>
              {t('containers.splitEvenly')}
            </Button>
          ) : null}
        </Flex>
      </Form>
    </ActionModal>
  );
}
