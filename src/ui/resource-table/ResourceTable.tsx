import { useDeferredValue, useMemo, useRef, useState, type Key, type ReactNode } from 'react';
import { App, Button, Flex, Input, Table, Tooltip, Typography, type InputRef, type TableProps } from 'antd';
import { ClearOutlined, LinkOutlined, SearchOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n/useI18n';
import { applyView, filterOptions, type ColumnLogic } from './applyView';
import { hasActiveView, type ViewState } from './viewState';
import { useAvailableHeight } from './useAvailableHeight';
import { useSlashFocus } from './useSlashFocus';
import { useViewState } from './useViewState';
import { EmptyState } from '../EmptyState';

/** One column: its view logic plus how it looks. Width is required by the virtual table. */
export interface ResourceColumn<T> extends ColumnLogic<T> {
  title: ReactNode;
  width: number;
  render?: (row: T) => ReactNode;
  /** Label for a filter value in the column's menu (e.g. translated status). */
  filterLabel?: (value: string) => ReactNode;
  ellipsis?: boolean;
  fixed?: 'left' | 'right';
}

export interface ResourceTableProps<T> {
  rows: readonly T[];
  columns: readonly ResourceColumn<T>[];
  rowKey: (row: T) => string;
  loading?: boolean;
  /** Separates the URL params of two tables on one page. */
  urlPrefix?: string;
  /** Opens a row (click or Enter on a focused row). */
  onOpen?: (row: T) => void;
  expandable?: TableProps<T>['expandable'];
  /** Next to the search box (refresh button, counts …). */
  toolbar?: ReactNode;
  emptyText?: ReactNode;
  /** Fixed height instead of "down to the window's bottom" (tables inside expanded rows). */
  height?: number;
  searchLabel?: string;
  ariaLabel?: string;
}

/** Below this many rows the table renders every row: cheap, and exact row heights. */
const VIRTUAL_FROM = 100;

export function ResourceTable<T extends object>(props: ResourceTableProps<T>) {
  const { rows, columns, rowKey, loading, urlPrefix = '', onOpen, expandable, toolbar, emptyText, ariaLabel } = props;
  const t = useT();
  const { message } = App.useApp();
  const [view, setView] = useViewState(urlPrefix);
  const [typed, setTyped] = useState<string | null>(null);
  const searchRef = useRef<InputRef>(null);
  const tableBox = useRef<HTMLDivElement>(null);
  const measured = useAvailableHeight(tableBox, 72);
  // Only the page's main table answers `/`.
  useSlashFocus(searchRef, !urlPrefix);

  // Rendering 10,000 rows again on every keystroke would stutter: filter on a deferred view.
  const deferredView = useDeferredValue(view);
  const shown = useMemo(() => applyView(rows, columns, deferredView), [rows, columns, deferredView]);

  const antColumns = useMemo<TableProps<T>['columns']>(
    () =>
      columns.map((c) => {
        const options = c.filterValue ? filterOptions(rows, c) : [];
        return {
          key: c.key,
          dataIndex: c.key,
          title: c.title,
          width: c.width,
          fixed: c.fixed,
          ellipsis: c.ellipsis,
          render: (_: unknown, row: T) => (c.render ? c.render(row) : String((row as Record<string, unknown>)[c.key] ?? '')),
          sorter: c.sortValue ? true : undefined,
          sortOrder: view.sort?.key === c.key ? view.sort.order : null,
          filters: c.filterValue ? options.map((v) => ({ text: c.filterLabel ? c.filterLabel(v) : v, value: v })) : undefined,
          filteredValue: c.filterValue ? view.filters[c.key] ?? null : undefined,
          filterSearch: options.length > 8,
        };
      }),
    [columns, rows, view],
  );

  const onChange: TableProps<T>['onChange'] = (_pagination, filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const next: ViewState = {
      search: view.search,
      sort: single?.order && single.columnKey ? { key: String(single.columnKey), order: single.order } : undefined,
      filters: Object.fromEntries(
        Object.entries(filters)
          .filter(([, v]) => v && v.length > 0)
          .map(([k, v]) => [k, (v as Key[]).map(String)]),
      ),
    };
    setView(next);
  };

  const copyLink = async () => {
    await navigator.clipboard?.writeText(window.location.href);
    message.success(t('table.linkCopied'));
  };

  const scrollX = columns.reduce((sum, c) => sum + c.width, 0) + (expandable ? 48 : 0);
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <Input
          ref={searchRef}
          allowClear
          prefix={<SearchOutlined />}
          placeholder={`${props.searchLabel ?? t('table.search')}${urlPrefix ? '' : ` (/)`}`}
          aria-label={props.searchLabel ?? t('table.search')}
          value={typed ?? view.search}
          onChange={(e) => {
            setTyped(e.target.value);
            setView({ ...view, search: e.target.value });
          }}
          onBlur={() => setTyped(null)}
          style={{ width: 280 }}
        />
        {hasActiveView(view) && (
          <Button icon={<ClearOutlined />} onClick={() => setView({ search: '', sort: view.sort, filters: {} })}>
            {t('table.clear')}
          </Button>
        )}
        <Tooltip title={t('table.copyLink')}>
          <Button icon={<LinkOutlined />} aria-label={t('table.copyLink')} onClick={copyLink} />
        </Tooltip>
        {toolbar}
        <Typography.Text type="secondary" style={{ marginLeft: 'auto' }} data-testid="row-count">
          {t('table.count', { shown: shown.length, total: rows.length })}
        </Typography.Text>
      </Flex>
      <div ref={tableBox} role="region" aria-label={ariaLabel}>
        <Table<T>
          // Virtual rows pay off on long lists; short ones render plainly (no overlay scrollbar over the last row).
          virtual={shown.length > VIRTUAL_FROM}
          size="small"
          rowKey={rowKey}
          columns={antColumns}
          dataSource={shown}
          loading={loading}
          pagination={false}
          showSorterTooltip={false}
          expandable={expandable}
          scroll={{ x: scrollX, y: props.height ?? measured }}
          onChange={onChange}
          locale={{ emptyText: emptyText ?? <EmptyState /> }}
          onRow={
            onOpen
              ? (row) => ({
                  onClick: (e) => {
                    // Links and buttons inside the row do their own thing.
                    if ((e.target as HTMLElement).closest('a,button,input,.ant-table-row-expand-icon')) return;
                    onOpen(row);
                  },
                  onKeyDown: (e) => {
                    if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(row);
                  },
                  tabIndex: 0,
                  style: { cursor: 'pointer' },
                })
              : undefined
          }
        />
      </div>
    </Flex>
  );
}
