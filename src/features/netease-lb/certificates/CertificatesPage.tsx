import { useMemo, useState } from 'react';
import { App, Button, Flex, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { CopyButton } from '../../../ui/CopyButton';
import type { ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../../shared/format';
import { AccountRowsPage } from '../../netease/shared/AccountRowsPage';
import { ConfirmRowChange } from '../../netease/shared/ConfirmRowChange';
import { useAcrossAccounts, type AccountRow } from '../../netease/shared/useAcrossAccounts';
import { useChangeError } from '../../netease/shared/useChangeError';
import { useNeteaseChange, type Target } from '../../netease/shared/useNeteaseChange';
import { useNeteaseScopes } from '../../netease/shared/useNeteaseScopes';
import { lbKeys } from '../shared/keys';
import type { Certificate } from '../shared/types';
import type { LbTranslate } from '../messages';
import { useLbT } from '../useLbT';
import { CertificateModal } from './CertificateModal';

type CertRow = AccountRow<Certificate>;

function certColumns(t: LbTranslate, actions: { edit: (r: CertRow) => void; remove: (r: CertRow) => void }): ResourceColumn<CertRow>[] {
  return [
    { key: 'name', title: t('cert.name'), width: 200, ellipsis: true, sortValue: (r) => r.item.name, searchText: (r) => r.item.name, render: (r) => <Typography.Text strong>{r.item.name}</Typography.Text> },
    {
      key: 'id',
      title: t('cert.id'),
      width: 330,
      searchText: (r) => r.item.id,
      render: (r) => (
        <Flex gap={4} align="center">
          <Typography.Text code>{r.item.id}</Typography.Text>
          <CopyButton text={r.item.id} />
        </Flex>
      ),
    },
    { key: 'fingerprint', title: t('cert.fingerprint'), width: 300, ellipsis: true, searchText: (r) => r.item.fingerPrint, render: (r) => <Typography.Text code>{r.item.fingerPrint}</Typography.Text> },
    { key: 'account', title: t('common.account'), width: 150, ellipsis: true, filterValue: (r) => r.accountName, sortValue: (r) => r.accountName, render: (r) => r.accountName },
    { key: 'created', title: t('common.created'), width: 140, sortValue: (r) => dateSortValue(r.item.createtime), render: (r) => formatDate(r.item.createtime) },
    { key: 'updated', title: t('common.updated'), width: 140, sortValue: (r) => dateSortValue(r.item.updatetime), render: (r) => formatDate(r.item.updatetime) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      fixed: 'right',
      render: (r) => (
        <Flex gap={4}>
          <Tooltip title={t('cert.update')}>
            <Button size="small" icon={<EditOutlined />} aria-label={`${t('cert.update')} ${r.item.name}`} onClick={() => actions.edit(r)} />
          </Tooltip>
          <Tooltip title={t('common.delete')}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${r.item.name}`} onClick={() => actions.remove(r)} />
          </Tooltip>
        </Flex>
      ),
    },
  ];
}

/** 6.10 upload, 6.11 list, 6.12 replace, 6.13 delete. The private key is never read back. */
export default function CertificatesPage() {
  const t = useLbT();
  const { message } = App.useApp();
  const { accounts, scopes } = useNeteaseScopes();
  const list = useAcrossAccounts<Certificate>(scopes, lbKeys.certificates, (api) => api.call('listCertificates', {}), (c) => c.id);
  const [uploading, setUploading] = useState(false);
  const [editing, setEditing] = useState<CertRow>();
  const [deleting, setDeleting] = useState<CertRow>();
  const change = useChangeError();
  const remove = useNeteaseChange((api, v: Target & { cert_id: string }) => api.call('deleteCertificate', { cert_id: v.cert_id }), lbKeys.certificates);
  const columns = useMemo(() => certColumns(t, { edit: setEditing, remove: setDeleting }), [t]);

  return (
    <AccountRowsPage
      title={t('cert.title')}
      subtitle={t('cert.subtitle')}
      create={{ label: t('cert.upload'), onClick: () => setUploading(true) }}
      noAccounts={t('common.noAccounts')}
      accounts={accounts} scopes={scopes} list={list} columns={columns} change={change}
    >
      <CertificateModal
        // A fresh form for every opening: no key text survives a closed dialog.
        key={editing ? `edit-${editing.key}` : uploading ? 'new' : 'closed'}
        open={uploading || !!editing}
        scopes={scopes}
        editing={editing ? { accountId: editing.accountId, region: editing.region, accountName: editing.accountName, cert: editing.item } : undefined}
        onClose={() => {
          setUploading(false);
          setEditing(undefined);
        }}
        onDone={(name) => {
          message.success(t(editing ? 'cert.updated' : 'cert.uploaded', { name }));
          change.clear();
        }}
      />
      <ConfirmRowChange
        row={deleting}
        onClose={() => setDeleting(undefined)}
        kind={t('cert.kind')}
        name={(r) => r.item.name}
        run={(r) => remove.mutateAsync({ accountId: r.accountId, region: r.region, cert_id: r.item.id })}
        success={(r) => t('cert.deleted', { name: r.item.name })}
        change={change}
      />
    </AccountRowsPage>
  );
}
