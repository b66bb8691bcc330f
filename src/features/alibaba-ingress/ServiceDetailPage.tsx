import { useState } from 'react';
import { App, Descriptions, Modal, Table, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { CopyButton } from '../../ui/CopyButton';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { links } from '../shared/links';
import { environmentLabel } from '../ingresses/adapters';
import { useIngressT } from '../ingresses/useIngressT';
import { useAccountRegion, useAlibabaIngressChanges, useEnvironments, useK8sService } from './api';
import { DetailFrame, useEditParam } from './DetailFrame';
import { modifyServiceParams, type PortMappingValues, type ServiceValues } from './rules';
import { ServiceForm } from './ServiceForm';

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** DescribeServiceDetail (a k8s service of an app environment), with ModifyService and DeleteService. */
export default function ServiceDetailPage() {
  const ti = useIngressT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { accountId = '', serviceId = '' } = useParams();
  const { account, region, accounts } = useAccountRegion(accountId);
  const service = useK8sService(accountId, region, serviceId, !!account);
  const envs = useEnvironments(account ? accountId : undefined, region);
  const { modifyService, deleteService } = useAlibabaIngressChanges(accountId, region);
  const [editing, setEditing] = useEditParam();
  const [deleting, setDeleting] = useState(false);
  const scope = { account: account?.name ?? accountId, region };
  const s = service.data;
  const name = str(s?.Name) || serviceId;
  const type = str(s?.ServiceType);
  const env = envs.data?.find((e) => e.envId === Number(s?.EnvId));
  const ports = (Array.isArray(s?.PortMappings) ? s.PortMappings : []) as Row[];
  const portColumns = [
    { key: 'name', title: ti('ali.portName'), render: (m: Row) => str(m.Name) },
    { key: 'protocol', title: ti('ali.protocol'), render: (m: Row) => str(m.Protocol) },
    { key: 'port', title: ti('ali.port'), render: (m: Row) => str(m.Port) },
    { key: 'target', title: ti('ali.targetPort'), render: (m: Row) => str(m.TargetPort) },
    { key: 'node', title: ti('ali.nodePort'), render: (m: Row) => (Number(m.NodePort) ? str(m.NodePort) : '—') },
  ];

  return (
    <DetailFrame
      title={`${ti('ali.svc.title')} ${name}`}
      loaded={!!s}
      isLoading={service.isLoading || accounts.isLoading}
      isFetching={service.isFetching}
      error={service.error ?? accounts.error}
      changeError={deleteService.error}
      scope={scope}
      notFound={ti('common.notFound', { what: ti('ali.svc.title'), name: serviceId })}
      onRefresh={() => service.refetch()}
      onEdit={() => setEditing(true)}
      onDelete={() => setDeleting(true)}
    >
      {s && (
        <>
          <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={ti('ali.serviceId')}>{str(s.ServiceId)}</Descriptions.Item>
            <Descriptions.Item label={ti('common.name')}>{name}</Descriptions.Item>
            <Descriptions.Item label={ti('ali.environment')}>
              <Link to={links.alibabaApp(accountId, str(s.AppId), { env: str(s.EnvId) })}>{env ? environmentLabel(env) : `${str(s.AppId)} / ${str(s.EnvId)}`}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={ti('ali.k8sName')}>
              <span data-testid="k8s-name">
                {str(s.K8sServiceId)} <CopyButton text={str(s.K8sServiceId)} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={ti('ali.serviceType')}>{type === 'ClusterIP' || type === 'NodePort' ? ti(`ali.type.${type}`) : type}</Descriptions.Item>
            <Descriptions.Item label={ti('ali.headless')}>{s.Headless === true ? ti('common.yes') : ti('common.no')}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
            {ti('ali.portMappings')}
          </Typography.Title>
          <Table<Row> size="small" aria-label={ti('ali.portMappings')} rowKey={(m) => `${str(m.Name)} ${str(m.Port)} ${str(m.Protocol)}`} columns={portColumns} dataSource={ports} pagination={false} />
        </>
      )}
      <Modal open={editing && !!s} title={ti('ali.svc.editTitle', { name })} footer={null} width={900} onCancel={() => setEditing(false)} destroyOnHidden>
        {modifyService.error ? <ErrorAlert error={modifyService.error} scope={scope} /> : null}
        {s && (
          <ServiceForm
            mode="edit"
            busy={modifyService.isPending}
            initial={{
              Name: name,
              K8sServiceId: str(s.K8sServiceId),
              ServiceType: type as ServiceValues['ServiceType'],
              Headless: s.Headless === true,
              PortMappings: ports.map(
                (m): PortMappingValues => ({
                  Name: str(m.Name),
                  Protocol: (str(m.Protocol) || 'TCP') as PortMappingValues['Protocol'],
                  Port: Number(m.Port),
                  TargetPort: str(m.TargetPort),
                  NodePort: Number(m.NodePort) || undefined,
                }),
              ),
            }}
            onCancel={() => setEditing(false)}
            onSubmit={(v) =>
              modifyService.mutate(modifyServiceParams(Number(s.ServiceId), type, v), {
                onSuccess: () => {
                  message.success(ti('common.saved.ok', { name: v.Name ?? name }));
                  setEditing(false);
                  modifyService.reset();
                },
              })
            }
          />
        )}
      </Modal>
      <DangerConfirm
        open={deleting}
        kind={ti('ali.svc.title')}
        name={name}
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          try {
            await deleteService.mutateAsync({ ServiceId: Number(serviceId) });
            message.success(ti('common.deleted.ok', { name }));
            navigate('/ingresses');
          } catch {
            setDeleting(false);
          }
        }}
      />
    </DetailFrame>
  );
}
