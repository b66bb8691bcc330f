import { invalidParameter } from '../errors';

/** IPv4 CIDR as a [first, last] range of 32-bit addresses. */
export function parseCidr(name: string, text: string): [number, number] {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) > 32) throw invalidParameter(name, `不是合法的 CIDR：${text}`);
  const prefix = Number(m[5]);
  if (prefix < 8 || prefix > 28) throw invalidParameter(name, `掩码须在 8 到 28 之间：${text}`);
  const addr = ((Number(m[1]) << 24) | (Number(m[2]) << 16) | (Number(m[3]) << 8) | Number(m[4])) >>> 0;
  const size = 2 ** (32 - prefix);
  const first = addr - (addr % size);
  return [first, first + size - 1];
}

export const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
