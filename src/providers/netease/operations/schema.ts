import { z } from 'zod';

/**
 * Value helpers shared by the definitions. The document's examples send numbers as strings
 * ("51616", "1", "80") and query and path values arrive as strings, so numeric inputs accept
 * both and come out as numbers.
 */
export const intLike = z.union([z.number().int(), z.string().regex(/^-?\d+$/, 'must be an integer').transform(Number)]);
export const numberLike = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a number').transform(Number)]);
export const int = (check: (n: z.ZodNumber) => z.ZodNumber = (n) => n) => intLike.pipe(check(z.number().int()));
export const boolLike = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/** Lowercase letters, digits and '-', starting with a letter, ending with a letter or digit (6.6, 7.1). */
export const dnsName = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[a-z]([a-z0-9-]*[a-z0-9])?$/, `must be 1-${max} lowercase letters, digits or '-', start with a letter and end with a letter or digit`);

/** UTC ISO 8601, second (`…:00Z`) or millisecond (`….000Z`) precision. */
export const timestamp = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/, 'must be a UTC ISO 8601 timestamp');

/** PUT and DELETE answer 200 with no body (1.3.4): the client sees `null`. */
export const emptyAnswer = z.null();

export const noParams = z.object({});
