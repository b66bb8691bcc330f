import { memo, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Table, type TableProps } from 'antd';
import type { Reference } from '@rc-component/table/lib/interface';

/** Below this many rows the table renders every row plainly: cheap, and no overlay scrollbar. */
const VIRTUAL_FROM = 100;

export interface ListTableProps<T> {
  box: RefObject<HTMLDivElement | null>;
  ariaLabel?: string;
  /** The rows of the view, filtered and sorted. */
  rows: readonly T[];
  /** Rows before filtering: a long list stays virtual while filtered, so a search does not rebuild the body. */
  total: number;
  columns: TableProps<T>['columns'];
  rowKey: (row: T) => string;
  loading?: boolean;
  expandable?: TableProps<T>['expandable'];
  scrollX: number;
  height: number;
  /** Changes with the view (search, sort, filters): the list goes back to its first row. */
  resetKey: unknown;
  onChange: TableProps<T>['onChange'];
  onRow?: TableProps<T>['onRow'];
  emptyText: ReactNode;
}

/**
 * The antd table under the toolbar. Memoised: typing in the search box renders the toolbar at
 * once and this table only when the deferred view has its rows (10,000 rows pass through antd's
 * hooks on every render of it).
 */
function ListTableInner<T extends object>(props: ListTableProps<T>) {
  const { rows, resetKey } = props;
  const virtual = props.total > VIRTUAL_FROM;
  const table = useRef<Reference>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // At once, not antd's animated scroll (scrollToFirstRowOnChange), which renders every frame.
    if (virtual) table.current?.scrollTo({ top: 0 });
    else {
      const body = props.box.current?.querySelector<HTMLElement>('.ant-table-body');
      if (body) body.scrollTop = 0;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resetKey]);
  return (
    <div ref={props.box} role="region" aria-label={props.ariaLabel}>
      <Table<T>
        ref={table}
        virtual={virtual}
        size="small"
        rowKey={props.rowKey}
        columns={props.columns}
        dataSource={rows as T[]}
        loading={props.loading}
        pagination={false}
        showSorterTooltip={false}
        expandable={props.expandable}
        scroll={{ x: props.scrollX, y: props.height, scrollToFirstRowOnChange: false }}
        onChange={props.onChange}
        locale={{ emptyText: props.emptyText }}
        onRow={props.onRow}
      />
    </div>
  );
}

export const ListTable = memo(ListTableInner) as typeof ListTableInner;
