import { useState } from 'react';
import { Alert, Flex, Form, Input, Modal } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AccountSelect, scopeOf } from '../../netease/shared/AccountSelect';
import { useNeteaseChange, type Target } from '../../netease/shared/useNeteaseChange';
import { lbKeys } from '../shared/keys';
import { certificateIssues } from '../shared/rules';
import { TextFileButton } from '../shared/TextFileButton';
import type { Certificate } from '../shared/types';
import { useLbT } from '../useLbT';

interface Values {
  accountId?: string;
  name?: string;
  pubCert?: string;
  priKey?: string;
}

/** PEM files are small; anything over 64 KB is not a certificate or key. */
const PEM_MAX = 64 * 1024;

/**
 * 6.10 upload, or 6.12 replace (`editing`): name, certificate and private key, all required. The
 * key lives in this form only until it is sent; the form is destroyed when the modal closes.
 */
export function CertificateModal({ open, scopes, editing, onClose, onDone }: { open: boolean; scopes: readonly Scope[]; editing?: { accountId: string; region: string; accountName: string; cert: Certificate }; onClose: () => void; onDone: (name: string) => void }) {
  const t = useLbT();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const [tooBig, setTooBig] = useState<string>();
  const upload = useNeteaseChange((api, v: Target & { name: string; pubCert: string; priKey: string }) => api.call('uploadCertificate', { name: v.name, pubCert: v.pubCert, priKey: v.priKey }), lbKeys.certificates);
  const update = useNeteaseChange(
    (api, v: Target & { cert_id: string; name: string; pubCert: string; priKey: string }) => api.call('updateCertificate', { cert_id: v.cert_id, name: v.name, pubCert: v.pubCert, priKey: v.priKey }),
    lbKeys.certificates,
  );
  const change = editing ? update : upload;

  const close = () => {
    upload.reset();
    update.reset();
    setRefused(new Set());
    setTooBig(undefined);
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    const v = form.getFieldsValue();
    const bad = certificateIssues(v);
    const scope = editing ? { account: { id: editing.accountId }, region: editing.region } : scopeOf(scopes, v.accountId);
    if (!scope) bad.add('accountId');
    setRefused(bad);
    if (bad.size > 0 || !scope) return;
    const payload = { accountId: scope.account.id, region: scope.region, name: v.name!.trim(), pubCert: v.pubCert!.trim(), priKey: v.priKey!.trim() };
    const ok = editing ? await update.mutateAsync({ ...payload, cert_id: editing.cert.id }).then(() => true, () => false) : await upload.mutateAsync(payload).then(() => true, () => false);
    if (ok) {
      close();
      onDone(payload.name);
    }
  };

  const field = (name: string, rule: string, help?: string) => ({
    validateStatus: refused.has(name) ? ('error' as const) : undefined,
    help: refused.has(name) ? rule : tooBig === name ? t('common.fileTooBig', { max: '64 KB' }) : help,
  });
  const pem = (name: 'pubCert' | 'priKey', label: string, rule: string, help?: string) => (
    <Form.Item
      label={
        <Flex gap={8} align="center">
          {label}
          <TextFileButton
            label={t('common.loadFile')}
            accept=".pem,.crt,.cer,.key,.txt"
            maxBytes={PEM_MAX}
            onTooBig={() => setTooBig(name)}
            onText={(text) => {
              setTooBig(undefined);
              form.setFieldValue(name, text);
            }}
          />
        </Flex>
      }
      required
      {...field(name, rule, help)}
    >
      <Form.Item name={name} noStyle>
        <Input.TextArea aria-label={label} rows={5} spellCheck={false} autoComplete="off" style={{ fontFamily: 'monospace', fontSize: 12 }} />
      </Form.Item>
    </Form.Item>
  );

  return (
    <Modal
      open={open}
      title={editing ? t('cert.updateTitle', { name: editing.cert.name }) : t('cert.uploadTitle')}
      okText={editing ? t('cert.update') : t('cert.upload')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: change.isPending }}
      onCancel={close}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" initialValues={{ accountId: scopes[0]?.account.id, name: editing?.cert.name ?? '' }}>
        {editing ? (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('cert.updateHint')} />
        ) : (
          <Form.Item name="accountId" label={t('common.account')} {...field('accountId', t('common.accountRequired'))}>
            <AccountSelect scopes={scopes} label={t('common.account')} />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('cert.name')} required {...field('name', t('cert.nameRule'))}>
          <Input aria-label={t('cert.name')} maxLength={80} autoComplete="off" />
        </Form.Item>
        {pem('pubCert', t('cert.pubCert'), t('cert.pubCertRule'))}
        {pem('priKey', t('cert.priKey'), t('cert.priKeyRule'), t('cert.priKeyHelp'))}
      </Form>
      {change.error ? <ErrorAlert error={change.error} scope={{ account: editing?.accountName ?? scopeOf(scopes, form.getFieldValue('accountId'))?.account.name }} /> : null}
    </Modal>
  );
}
