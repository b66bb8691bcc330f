import dayjs from 'dayjs';

/** Dates as the providers send them (ISO, "YYYY-MM-DD HH:mm:ss", seconds or ms since epoch). */
export function toDate(value: string | number | undefined): dayjs.Dayjs | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number' || /^\d+$/.test(value)) {
    const n = Number(value);
    const d = dayjs(n < 1e12 ? n * 1000 : n);
    return d.isValid() ? d : undefined;
  }
  const d = dayjs(value);
  return d.isValid() ? d : undefined;
}

export const formatDate = (value: string | number | undefined): string => toDate(value)?.format('YYYY-MM-DD HH:mm') ?? '';

/** Sort key for dates: epoch ms, missing dates last. */
export const dateSortValue = (value: string | number | undefined): number | undefined => toDate(value)?.valueOf();

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i += 1;
  }
  return `${n >= 10 || i === 0 ? Math.round(n) : n.toFixed(1)} ${units[i]}`;
}
