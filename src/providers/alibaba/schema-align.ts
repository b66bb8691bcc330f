import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * XML has no arrays: a list of one item reads as that item, and an empty list as "". This
 * reshapes a value read from XML by the response schema (lists where the schema has lists),
 * so XML and JSON answers parse alike.
 */
export function alignToSchema(value: unknown, schema: z.ZodType): unknown {
  const def = defOf(schema);
  const align = (v: unknown, s: z.ZodType) => alignToSchema(v, s);
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return value === undefined || value === null ? value : align(value, def.innerType!);
    case 'pipe':
      return align(value, def.in!);
    case 'array': {
      if (value === '' || value === undefined) return [];
      const items = Array.isArray(value) ? value : [value];
      return items.map((item) => align(item, def.element!));
    }
    case 'object': {
      if (value === '') return {};
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, child] of Object.entries(def.shape ?? {})) if (key in out) out[key] = align(out[key], child);
      return out;
    }
    case 'union': {
      // Prefer an object or array branch when the value has that shape.
      const branch = def.options?.find((o) => ['object', 'array'].includes(defOf(o).type));
      return branch ? align(value, branch) : value;
    }
    default:
      return value;
  }
}

