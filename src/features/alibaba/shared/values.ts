/**
 * The response schemas read fields leniently (a String column may arrive as a number, a Long as a
 * string, any may be null): the pages read them through these two.
 */
export const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

export function num(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
