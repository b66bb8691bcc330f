import { memo, useCallback, useDeferredValue, useMemo, useRef, useState, type Key, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { App, Button, Flex, Input, Tooltip, Typography, type InputRef, type TableProps } from 'antd';
import { ClearOutlined, LinkOutlined, SearchOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n/useI18n';
import { filterOptions, prepareRows, type ColumnLogic } from './applyView';
import { hasActiveView, type ViewState } from './viewState';
import { useAvailableHeight } from './useAvailableHeight';
import { useSlashFocus } from './useSlashFocus';
import { useViewState } from './useViewState';
import { useIdleWarm } from './useIdleWarm';
import { ListTable } from './ListTable';
import { nextSort, SortContext, SortTitle } from './SortTitle';
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


/**
 * A cell's content, rendered again only when its row or its column's render changes. antd renders
 * a cell again whenever the row's position in the data changes, which in a window is every step.
 */
const CellContent = memo(function CellContent({ row, render }: { row: object; render: (row: object) => ReactNode }) {
  return render(row);
});
const plainValue = (key: string) => (row: object) => String((row as Record<string, unknown>)[key] ?? '');

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

  // antd asks rows' keys many times per render: build each key string once.
  const rowKeyRef = useRef(rowKey);
  rowKeyRef.current = rowKey;
  const cachedRowKey = useMemo(() => {
    const cache = new WeakMap<T, string>();
    return (row: T) => {
      let key = cache.get(row);
      if (key === undefined) cache.set(row, (key = rowKeyRef.current(row)));
      return key;
    };
  }, []);

  // Rendering 10,000 rows again on every keystroke would stutter: filter on a deferred view.
  const deferredView = useDeferredValue(view);
  const viewOf = useMemo(() => prepareRows(rows, columns), [rows, columns]);
  useIdleWarm(viewOf, rows.length);
  const shown = useMemo(() => viewOf(deferredView), [viewOf, deferredView]);

  // Stable callbacks and props, so that a keystroke or a sort click does not render the memoised table.
  // The router renders URL changes as a transition; the clicked header answers at once with this.
  const [askedSort, setAskedSort] = useState<{ before: ViewState; sort: ViewState['sort'] } | null>(null);
  const headerSort = askedSort && askedSort.before === view ? askedSort.sort : view.sort;
  const latest = useRef({ view, onOpen, headerSort });
  latest.current = { view, onOpen, headerSort };
  const sortBy = useCallback(
    (key: string) => {
      const current = latest.current.view;
      const sort = nextSort(latest.current.headerSort, key);
      setAskedSort({ before: current, sort });
      setView({ ...current, sort });
    },
    [setView],
  );
  const filtersKey = JSON.stringify(deferredView.filters);
  const sortedKey = deferredView.sort?.key;
  const sortableHeader = useCallback(
    (key: string) => ({
      className: 'ant-table-column-has-sorters',
      tabIndex: 0,
      onClick: (e: MouseEvent<HTMLElement>) => {
        // Clicks in the filter menu reach the header through React's portal; only its own count.
        const target = e.target as HTMLElement;
        if (!e.currentTarget.contains(target) || target.closest('.ant-table-filter-trigger')) return;
        sortBy(key);
      },
      onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
        if ((e.key === 'Enter' || e.key === ' ') && e.target === e.currentTarget) {
          e.preventDefault();
          sortBy(key);
        }
      },
    }),
    [sortBy],
  );

  // A filter menu offers the values present in all rows: computed when the rows change, not per view.
  const options = useMemo(() => columns.map((c) => (c.filterValue ? filterOptions(rows, c) : [])), [columns, rows]);
  const antColumns = useMemo<TableProps<T>['columns']>(
    () =>
      columns.map((c, i) => {
        const menuValues = options[i];
        const render = (c.render as ((row: object) => ReactNode) | undefined) ?? plainValue(c.key);
        return {
          key: c.key,
          dataIndex: c.key,
          title: c.sortValue ? <SortTitle columnKey={c.key}>{c.title}</SortTitle> : c.title,
          width: c.width,
          fixed: c.fixed,
          ellipsis: c.ellipsis,
          // Text goes to antd as it is (it titles cut-off cells with it); elements are memoised.
          render: (_: unknown, row: T) => {
            const content = render(row);
            return typeof content === 'object' && content !== null ? <CellContent row={row} render={render} /> : content;
          },
          onHeaderCell: c.sortValue ? () => sortableHeader(c.key) : undefined,
          // antd's tint of the sorted column's cells (small tables; its virtual rows have none).
          className: sortedKey === c.key ? 'ant-table-column-sort' : undefined,
          filters: c.filterValue ? menuValues.map((v) => ({ text: c.filterLabel ? c.filterLabel(v) : v, value: v })) : undefined,
          filteredValue: c.filterValue ? deferredView.filters[c.key] ?? null : undefined,
          filterSearch: menuValues.length > 8,
        };
      }),
    // The header shows the filters its rows show: the deferred view's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns, options, filtersKey, sortedKey, sortableHeader],
  );

  // antd reports filter changes here; sorting is ours (sortableHeader).
  const onChange = useCallback<NonNullable<TableProps<T>['onChange']>>((_pagination, filters) => {
    const next: ViewState = {
      search: latest.current.view.search,
      sort: latest.current.view.sort,
      filters: Object.fromEntries(
        Object.entries(filters)
          .filter(([, v]) => v && v.length > 0)
          .map(([k, v]) => [k, (v as Key[]).map(String)]),
      ),
    };
    setView(next);
  }, [setView]);
  const opens = !!onOpen;
  const onRow = useMemo<TableProps<T>['onRow']>(
    () =>
      opens
        ? (row) => ({
            onClick: (e) => {
              // Links and buttons inside the row do their own thing.
              if ((e.target as HTMLElement).closest('a,button,input,.ant-table-row-expand-icon')) return;
              latest.current.onOpen?.(row);
            },
            onKeyDown: (e) => {
              if (e.key === 'Enter' && e.target === e.currentTarget) latest.current.onOpen?.(row);
            },
            tabIndex: 0,
            style: { cursor: 'pointer' },
          })
        : undefined,
    [opens],
  );
  const empty = useMemo(() => emptyText ?? <EmptyState />, [emptyText]);

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
      <SortContext value={headerSort}>
        <ListTable<T>
          box={tableBox}
          ariaLabel={ariaLabel}
          rows={shown}
          total={rows.length}
          columns={antColumns}
          rowKey={cachedRowKey}
          loading={loading}
          expandable={expandable}
          scrollX={scrollX}
          height={props.height ?? measured}
          resetKey={deferredView}
          onChange={onChange}
          emptyText={empty}
          onRow={onRow}
        />
      </SortContext>
    </Flex>
  );
}
