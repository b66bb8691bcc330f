import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { RANGE_PRESETS, readInstant } from './logic';
import { useLogsT } from './useLogsT';
import { useUrlState } from '../shared/useUrlState';

export const CAPS = [10_000, 50_000, 100_000] as const;

/** Time range (presets, custom start, or the `at` a chart linked to) and the buffer cap, in the URL. */
export function RangeControls({ withRange }: { withRange: boolean }) {
  const t = useLogsT();
  const { get, set } = useUrlState();
  const at = readInstant(get('at'));
  const since = readInstant(get('since'));
  const value = at !== undefined ? 'at' : since !== undefined ? 'custom' : get('range') || 'tail';
  const cap = Number(get('cap')) || 100_000;
  return (
    <Space size={4} wrap>
      {withRange && (
        <>
          <Select
            size="small"
            aria-label={t('range')}
            style={{ width: 150 }}
            value={value}
            onChange={(v) => set({ range: v === 'tail' || v === 'custom' || v === 'at' ? undefined : v, at: undefined, since: v === 'custom' ? Date.now() - 3_600_000 : undefined })}
            options={[
              ...RANGE_PRESETS.map((p) => ({ value: p, label: t(`range.${p}`) })),
              { value: 'custom', label: t('range.custom') },
              ...(at !== undefined ? [{ value: 'at', label: t('range.at', { time: dayjs(at).format('MM-DD HH:mm') }) }] : []),
            ]}
          />
          {value === 'custom' && (
            <DatePicker
              size="small"
              showTime
              aria-label={t('since')}
              value={since !== undefined ? dayjs(since) : null}
              disabledDate={(d) => d.isAfter(dayjs())}
              onChange={(d) => set({ since: d ? d.valueOf() : undefined })}
            />
          )}
        </>
      )}
      <Select
        size="small"
        aria-label={t('cap')}
        title={t('cap')}
        style={{ width: 110 }}
        value={cap}
        onChange={(v) => set({ cap: v === 100_000 ? undefined : v })}
        options={CAPS.map((c) => ({ value: c, label: `≤ ${c.toLocaleString()}` }))}
      />
    </Space>
  );
}
