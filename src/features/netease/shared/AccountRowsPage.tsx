import type { ReactNode } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { EmptyState } from '../../../ui/EmptyState';
import { ResourceTable, type ResourceColumn, type ResourceTableProps } from '../../../ui/resource-table/ResourceTable';
import { PageFrame, RefreshButton } from './PageFrame';
import type { AccountRow, useAcrossAccounts } from './useAcrossAccounts';
import type { ChangeErrors } from './useChangeError';
import type { useNeteaseScopes } from './useNeteaseScopes';

/*
 * The NetEase list pages (volumes, IPs, SSH keys, certificates, load balancers, spaces) had the same
 * frame written out six times: PageFrame with the accounts' and the last change's errors, the create
 * button, and the table over every account's rows. One piece keeps them alike, so a fix lands on all.
 */

/** Rows are keyed `account/id` (useAcrossAccounts); one function, so the table's prop is stable. */
export const accountRowKey = (row: AccountRow<unknown>): string => row.key;

type Where = ReturnType<typeof useNeteaseScopes>;
type List<T> = ReturnType<typeof useAcrossAccounts<T>>;

interface TableProps<T> {
  ariaLabel: string;
  /** The accounts query and its scopes, as useNeteaseScopes gives them. */
  accounts: Where['accounts'];
  scopes: Where['scopes'];
  list: List<T>;
  columns: readonly ResourceColumn<AccountRow<T>>[];
  /** Said when no NetEase account is configured (the area's own text). */
  noAccounts: string;
  /** Before the refresh button (filters). */
  toolbar?: ReactNode;
  onOpen?: ResourceTableProps<AccountRow<T>>['onOpen'];
  expandable?: ResourceTableProps<AccountRow<T>>['expandable'];
}

/**
 * The table of a NetEase list page: every account's rows, "loading" until the first answers,
 * "no account" when there is none, and a refresh button.
 */
export function AccountRowsTable<T>({ ariaLabel, accounts, scopes, list, columns, noAccounts, toolbar, onOpen, expandable }: TableProps<T>) {
  return (
    <ResourceTable
      ariaLabel={ariaLabel}
      rows={list.rows}
      columns={columns}
      rowKey={accountRowKey}
      loading={list.rows.length === 0 && (list.isLoading || accounts.isLoading)}
      onOpen={onOpen}
      expandable={expandable}
      emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={noAccounts} /> : undefined}
      toolbar={
        <>
          {toolbar}
          <RefreshButton spinning={list.isFetching} onClick={list.refetchAll} />
        </>
      }
    />
  );
}

/**
 * A whole NetEase list page: PageFrame (header with the create button, the accounts' and the last
 * change's errors), then `above` (banners), the table, and the page's dialogs (children).
 */
export function AccountRowsPage<T>(
  props: Omit<TableProps<T>, 'ariaLabel'> & {
    title: string;
    subtitle: string;
    /** The header's primary button (create, upload, allocate); disabled without an account. */
    create: { label: string; onClick: () => void };
    change: ChangeErrors;
    above?: ReactNode;
    children?: ReactNode;
  },
) {
  const { title, subtitle, create, change, above, children, ...table } = props;
  const { accounts, scopes } = table;
  return (
    <PageFrame
      title={title}
      subtitle={subtitle}
      accountsError={accounts.error}
      onRetryAccounts={() => accounts.refetch()}
      failed={table.list.failed}
      {...change.frame}
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={scopes.length === 0} onClick={create.onClick}>
          {create.label}
        </Button>
      }
    >
      {above}
      <AccountRowsTable ariaLabel={title} {...table} />
      {children}
    </PageFrame>
  );
}
