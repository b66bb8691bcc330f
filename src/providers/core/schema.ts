import { z } from 'zod';

/**
 * Building blocks of the RPC-style parameter schemas (Tencent, Alibaba). Parameters arrive typed
 * from the console (numbers, booleans, arrays) and as strings from the wire (`a.0.b=1`,
 * `UserRoles.1.RoleName=Owner`); each block accepts both and yields the typed value, so the
 * client and the emulator validate with the same definition.
 */
const numeric = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'must be a number')
    .transform(Number),
]);

export function int(range: { min?: number; max?: number } = {}) {
  let n = z.number().int();
  if (range.min !== undefined) n = n.min(range.min);
  if (range.max !== undefined) n = n.max(range.max);
  return numeric.pipe(n);
}

export function intEnum<const T extends readonly number[]>(values: T) {
  return numeric.pipe(
    z.number().refine((v): v is T[number] => values.includes(v), { message: `must be one of ${values.join('|')}` }),
  ) as unknown as z.ZodType<T[number], T[number] | `${T[number]}` | number | string>;
}

export const strEnum = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

export function str(rules: { min?: number; max?: number; regex?: RegExp; message?: string } = {}) {
  let s = z.string();
  if (rules.min !== undefined) s = s.min(rules.min);
  if (rules.max !== undefined) s = s.max(rules.max);
  if (rules.regex) s = s.regex(rules.regex, rules.message);
  return s;
}

/** Booleans travel as "true"/"false" (case-sensitive, as both documents say). */
export const bool = () => z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
