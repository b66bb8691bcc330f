/**
 * The document's parameter encoding: arrays as `name.0`, `name.1`, nested object arrays chained
 * (`containers.0.healthCheck.0.port`), objects flattened with dots (`inputOption.allNamespaces`),
 * maps as `label.<key>=<value>`, booleans as "true"/"false".
 */
export function flattenParams(params: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item !== null && typeof item === 'object') Object.assign(out, flattenParams(item as Record<string, unknown>, `${name}.${i}`));
        else if (item !== undefined && item !== null) out[`${name}.${i}`] = String(item);
      });
    } else if (typeof value === 'object') Object.assign(out, flattenParams(value as Record<string, unknown>, name));
    else out[name] = String(value);
  }
  return out;
}

/**
 * The reverse, for the emulator: `a.0.b=1` → `{a: [{b: '1'}]}`. Numeric segments make arrays
 * (in index order, holes dropped); values stay strings for the schemas to coerce.
 */
export function unflattenParams(flat: Record<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(flat)) {
    const segments = name.split('.');
    let node: Record<string, unknown> = root;
    segments.forEach((seg, i) => {
      if (i === segments.length - 1) {
        if (!(seg in node) || typeof node[seg] !== 'object') node[seg] = value;
        return;
      }
      const next = node[seg];
      if (next === undefined || typeof next !== 'object' || next === null) node[seg] = {};
      node = node[seg] as Record<string, unknown>;
    });
  }
  return arraysFromIndexedObjects(root) as Record<string, unknown>;
}

function arraysFromIndexedObjects(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  const converted = Object.fromEntries(keys.map((k) => [k, arraysFromIndexedObjects(obj[k])]));
  if (keys.length && keys.every((k) => /^\d+$/.test(k)))
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((i) => converted[String(i)]);
  return converted;
}
