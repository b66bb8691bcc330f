import { useCallback, useMemo, useState } from 'react';
import { Checkbox } from 'antd';
import type { ResourceColumn } from '../../../ui/resource-table/ResourceTable';

/** Row selection for batch actions, as a ResourceTable column (the shared table has no selection of its own). */
export function useSelection<T>(rowKey: (row: T) => string, label: (row: T) => string) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((key: string, on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  const column = useMemo<ResourceColumn<T>>(
    () => ({
      key: 'select',
      title: '',
      width: 44,
      render: (row) => (
        <span onClick={(e) => e.stopPropagation()}>
          <Checkbox aria-label={label(row)} checked={selected.has(rowKey(row))} onChange={(e) => toggle(rowKey(row), e.target.checked)} />
        </span>
      ),
    }),
    [selected, rowKey, label, toggle],
  );
  return { selected, column, clear, toggle };
}
