import type { z } from 'zod';

/**
 * Which top-level fields an operation's parameter schema refuses: the form rules come from the
 * operation definition itself, the words beside the field from the dictionary.
 */
export function refusedFields(schema: z.ZodType, values: Record<string, unknown>): Set<string> {
  const result = schema.safeParse(values);
  if (result.success) return new Set();
  // Issues without a path (object-level refinements) belong to the form as a whole: ''.
  return new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
}
