import { useState } from 'react';
import { App, Descriptions, Modal, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { CopyButton } from '../../ui/CopyButton';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { links } from '../shared/links';
import { environmentLabel } from '../ingresses/adapters';
import { useIngressT } from '../ingresses/useIngressT';
import { useAccountRegion, useAlibabaIngressChanges, useEnvironments, useSlbAp } from './api';
import { DetailFrame, useEditParam } from './DetailFrame';
import { isHttp, modifySlbApParams, type SlbApValues } from './rules';
import { SlbApForm } from './SlbApForm';

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const num = (v: unknown) => (v === undefined || v === null || v === '' || Number(v) === 0 ? undefined : Number(v));

/** DescribeSlbAPDetail, with ModifySlbAP (edit) and DeleteSlbAP (typed name). */
export default function SlbApDetailPage() {
  const ti = useIngressT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { accountId = '', slbApId = '' } = useParams();
  const { account, region, accounts } = useAccountRegion(accountId);
  const ap = useSlbAp(accountId, region, slbApId, !!account);
  const envs = useEnvironments(account ? accountId : undefined, region);
  const { modifyAp, deleteAp } = useAlibabaIngressChanges(accountId, region);
  const [editing, setEditing] = useEditParam();
  const [deleting, setDeleting] = useState(false);
  const scope = { account: account?.name ?? accountId, region };
  const a = ap.data;
  const name = str(a?.Name) || slbApId;
  const env = envs.data?.find((e) => e.envId === Number(a?.EnvId));
  const protocol = str(a?.Protocol);
  const dash = (v: unknown) => (num(v) === undefined ? '—' : str(v));

  return (
    <DetailFrame
      title={`${ti('ali.ap.title')} ${name}`}
      loaded={!!a}
      isLoading={ap.isLoading || accounts.isLoading}
      isFetching={ap.isFetching}
      error={ap.error ?? accounts.error}
      changeError={deleteAp.error}
      scope={scope}
      notFound={ti('common.notFound', { what: ti('ali.ap.title'), name: slbApId })}
      onRefresh={() => ap.refetch()}
      onEdit={() => setEditing(true)}
      onDelete={() => setDeleting(true)}
    >
      {a && (
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={ti('ali.apId')}>{str(a.SlbAPId)}</Descriptions.Item>
          <Descriptions.Item label={ti('common.name')}>{name}</Descriptions.Item>
          <Descriptions.Item label={ti('ali.environment')}>
            <Link to={links.alibabaApp(accountId, str(a.AppId), { env: str(a.EnvId) })}>{env ? environmentLabel(env) : `${str(a.AppId)} / ${str(a.EnvId)}`}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={ti('ali.slbId')}>{str(a.SlbId)}</Descriptions.Item>
          <Descriptions.Item label={ti('ali.slbIp')}>
            <span data-testid="slb-address">
              {str(a.SlbIp)}:{str(a.ListenerPort)} <CopyButton text={`${str(a.SlbIp)}:${str(a.ListenerPort)}`} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={ti('ali.networkMode')}>{a.NetworkMode === 'internet' || a.NetworkMode === 'intranet' ? ti(`ali.network.${a.NetworkMode}`) : str(a.NetworkMode)}</Descriptions.Item>
          <Descriptions.Item label={ti('ali.protocol')}>{protocol}</Descriptions.Item>
          <Descriptions.Item label={ti('ali.listenerPort')}>{str(a.ListenerPort)}</Descriptions.Item>
          <Descriptions.Item label={ti('ali.realServerPort')}>{str(a.RealServerPort)}</Descriptions.Item>
          {protocol === 'TCP' && <Descriptions.Item label={ti('ali.establishedTimeout')}>{dash(a.EstablishedTimeout)}</Descriptions.Item>}
          {isHttp(protocol) && <Descriptions.Item label={ti('ali.stickySession')}>{Number(a.StickySession) === 1 ? ti('common.yes') : ti('common.no')}</Descriptions.Item>}
          {isHttp(protocol) && Number(a.StickySession) === 1 && <Descriptions.Item label={ti('ali.cookieTimeout')}>{dash(a.CookieTimeout)}</Descriptions.Item>}
          {protocol === 'HTTPS' && <Descriptions.Item label={ti('ali.sslCertId')}>{str(a.SslCertId) || <Typography.Text type="secondary">—</Typography.Text>}</Descriptions.Item>}
        </Descriptions>
      )}
      <Modal open={editing && !!a} title={ti('ali.ap.editTitle', { name })} footer={null} width={900} onCancel={() => setEditing(false)} destroyOnHidden>
        {modifyAp.error ? <ErrorAlert error={modifyAp.error} scope={scope} /> : null}
        {a && (
          <SlbApForm
            mode="edit"
            busy={modifyAp.isPending}
            initial={{
              Name: name,
              SlbId: str(a.SlbId),
              Protocol: protocol as SlbApValues['Protocol'],
              ListenerPort: num(a.ListenerPort),
              RealServerPort: num(a.RealServerPort),
              EstablishedTimeout: num(a.EstablishedTimeout),
              StickySession: Number(a.StickySession) === 1,
              CookieTimeout: num(a.CookieTimeout),
              SslCertId: str(a.SslCertId),
            }}
            onCancel={() => setEditing(false)}
            onSubmit={(v) =>
              modifyAp.mutate(modifySlbApParams(Number(a.SlbAPId), protocol, v), {
                onSuccess: () => {
                  message.success(ti('common.saved.ok', { name: v.Name ?? name }));
                  setEditing(false);
                  modifyAp.reset();
                },
              })
            }
          />
        )}
      </Modal>
      <DangerConfirm
        open={deleting}
        kind={ti('ali.ap.title')}
        name={name}
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          try {
            await deleteAp.mutateAsync({ SlbAPId: Number(slbApId) });
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
