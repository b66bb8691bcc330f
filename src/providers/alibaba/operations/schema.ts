import { z } from 'zod';

/**
 * Building blocks of the Alibaba (retailcloud RPC) schemas. Parameters arrive typed from the
 * console (numbers, booleans, arrays) and as strings from the wire (`UserRoles.1.RoleName=Owner`,
 * unflattened by the emulator); each block accepts both and yields the typed value, so the client
 * and the emulator validate with the same definition.
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

/** Booleans travel as "true"/"false". */
export const bool = () => z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/** Repeat lists (`Name.N`, 1-based on the wire): an array in the console's form. */
export const list = <T extends z.ZodType>(item: T) => z.array(item);

/** Response blocks: lenient about the document's number/string mix, strict about the kind of value. */
export const rStr = () => z.union([z.string(), z.number()]).nullish();
export const rNum = () => z.union([z.number(), z.string().regex(/^-?\d*(\.\d+)?$/, 'must be numeric')]).nullish();
export const rBool = () => z.union([z.boolean(), z.enum(['true', 'false'])]).nullish();
export const rList = () => z.array(z.unknown()).nullish();
