import { z } from 'zod';

// The blocks shared with the other RPC-style provider live in core; Alibaba's own follow.
export { bool, int, intEnum, str, strEnum } from '../../core/schema';

/** Repeat lists (`Name.N`, 1-based on the wire): an array in the console's form. */
export const list = <T extends z.ZodType>(item: T) => z.array(item);

/** Response blocks: lenient about the document's number/string mix, strict about the kind of value. */
export const rStr = () => z.union([z.string(), z.number()]).nullish();
export const rNum = () => z.union([z.number(), z.string().regex(/^-?\d*(\.\d+)?$/, 'must be numeric')]).nullish();
export const rBool = () => z.union([z.boolean(), z.enum(['true', 'false'])]).nullish();
export const rList = () => z.array(z.unknown()).nullish();
