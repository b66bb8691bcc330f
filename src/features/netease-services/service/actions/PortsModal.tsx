import { useState } from 'react';
import { Form, Typography } from 'antd';
import { neteaseOps } from '../../../../providers/netease/operations';
import { useServiceChange, type Target } from '../../shared/api';
import { PortsEditor, portProblems, type PortRow } from '../../shared/PortsEditor';
import { detailPortMaps, issuePaths, type PortMap } from '../../shared/rules';
import { useSvcT } from '../../useSvcT';
import { ActionModal, runChange, type ActionProps } from './ActionModal';

/** 9.10: the whole list of port mappings replaces the old one (the table's keys dest_port/source_port). */
export function PortsModal(props: ActionProps) {
  const t = useSvcT();
  const info = props.service.service_info;
  const [rows, setRows] = useState<PortRow[]>(() => detailPortMaps(info.port_maps));
  const [problems, setProblems] = useState(new Map<string, string>());
  const change = useServiceChange('updateServicePorts', (api, v: Target & { port_maps: PortMap[] }) => api.call('updateServicePorts', { id: info.id, port_maps: v.port_maps }));
  const submit = () => {
    const port_maps = rows.map((r) => ({ dest_port: r.dest_port!, source_port: r.source_port!, protocol: r.protocol ?? 'TCP' }));
    const bad = new Map([...issuePaths(neteaseOps.updateServicePorts.params, { id: info.id, port_maps }), ...portProblems(rows, 'port_maps')]);
    setProblems(bad);
    if (bad.size) return;
    void runChange(
      () => change.mutateAsync({ accountId: props.accountId, region: props.region, subject: `service:${info.id}`, port_maps }),
      (answer) => props.onDone(t('actions.portsChanged', { name: info.service_name }), answer),
    );
  };
  return (
    <ActionModal open={props.open} title={t('actions.portsTitle', { name: info.service_name })} okText={t('actions.save')} onOk={submit} onCancel={props.onClose} loading={change.isPending} error={change.error} accountName={props.accountName} width={620}>
      <Typography.Text type="secondary">{t('ports.hint')}</Typography.Text>
      <Form layout="vertical">
        <PortsEditor value={rows} onChange={setRows} problems={problems} prefix="port_maps" />
      </Form>
    </ActionModal>
  );
}
