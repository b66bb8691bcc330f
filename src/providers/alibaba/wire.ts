/**
 * RPC parameter encoding: repeat lists as 1-based `Name.N` (`ConfigMapList.1`), lists of structs
 * as `Name.N.Member` (`UserRoles.1.RoleName`), booleans as "true"/"false".
 */
export function flattenParams(params: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item !== null && typeof item === 'object') Object.assign(out, flattenParams(item as Record<string, unknown>, `${name}.${i + 1}`));
        else if (item !== undefined && item !== null) out[`${name}.${i + 1}`] = String(item);
      });
    } else if (typeof value === 'object') Object.assign(out, flattenParams(value as Record<string, unknown>, name));
    else out[name] = String(value);
  }
  return out;
}

/**
 * The reverse, for the emulator: `UserRoles.1.RoleName=Owner` → `{UserRoles: [{RoleName: 'Owner'}]}`.
 * Only `Name.<digits>` segments make lists (in index order); other dotted names stay flat, since
 * RPC parameter names never nest otherwise. Values stay strings for the schemas to coerce.
 */
export function unflattenParams(flat: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const lists = new Map<string, Map<number, unknown>>();
  for (const [name, value] of Object.entries(flat)) {
    const m = /^([A-Za-z]\w*)\.(\d+)(?:\.(\w+))?$/.exec(name);
    if (!m) {
      out[name] = value;
      continue;
    }
    const [, list, index, member] = m;
    const items = lists.get(list) ?? new Map<number, unknown>();
    lists.set(list, items);
    const n = Number(index);
    if (member) {
      const item = (items.get(n) as Record<string, string> | undefined) ?? {};
      item[member] = value;
      items.set(n, item);
    } else items.set(n, value);
  }
  for (const [list, items] of lists) out[list] = [...items.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);
  return out;
}
