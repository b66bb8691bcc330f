import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import type { ViewState } from './viewState';

/** The sort asked for: the header shows it at once, the rows follow when sorted. */
export const SortContext = createContext<ViewState['sort']>(undefined);

/**
 * A sortable column's title with antd's sorter carets (antd's own class names, so it looks the
 * same). The sort lives here and not in antd's column props: a click then renders this title and
 * the new rows, not antd's whole pipeline over 10,000 rows twice.
 */
export function SortTitle({ columnKey, children }: { columnKey: string; children: ReactNode }) {
  const sort = useContext(SortContext);
  const order = sort?.key === columnKey ? sort.order : undefined;
  const ref = useRef<HTMLSpanElement>(null);
  // The header cell says how it is sorted, to screen readers and to antd's sorted-column style.
  useLayoutEffect(() => {
    const th = ref.current?.closest('th');
    if (!th) return;
    if (order) th.setAttribute('aria-sort', order === 'ascend' ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
    th.classList.toggle('ant-table-column-sort', !!order);
  }, [order]);
  return (
    <span ref={ref} className="ant-table-column-sorters">
      <span className="ant-table-column-title">{children}</span>
      <span className="ant-table-column-sorter ant-table-column-sorter-full">
        <span className="ant-table-column-sorter-inner" aria-hidden>
          <CaretUpOutlined className={`ant-table-column-sorter-up${order === 'ascend' ? ' active' : ''}`} />
          <CaretDownOutlined className={`ant-table-column-sorter-down${order === 'descend' ? ' active' : ''}`} />
        </span>
      </span>
    </span>
  );
}

/** antd's order of clicks on a sortable header: ascending, descending, none. */
export function nextSort(current: ViewState['sort'], key: string): ViewState['sort'] {
  if (current?.key !== key) return { key, order: 'ascend' };
  return current.order === 'ascend' ? { key, order: 'descend' } : undefined;
}
