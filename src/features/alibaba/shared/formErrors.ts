import type { z } from 'zod';

/**
 * Which top-level fields an operation's parameter schema refuses: the form's rules come from the
 * operation definition itself, the words beside the field from the dictionary.
 */
export function refusedFields(schema: z.ZodType, values: Record<string, unknown>): Set<string> {
  const result = schema.safeParse(values);
  if (result.success) return new Set();
  return new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
}

/** antd Form.Item props for a refused field: red, with the rule beside it. */
export const fieldState = (refused: Set<string>, field: string, rule: string, help?: string) =>
  refused.has(field) ? { validateStatus: 'error' as const, help: rule } : { help };
