/** Form values as a call's parameters: trimmed, and empty fields left out (so "required" is the schema's to say). */
export function present(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const v = typeof value === 'string' ? value.trim() : value;
    if (v !== undefined && v !== null && v !== '') out[key] = v;
  }
  return out;
}
