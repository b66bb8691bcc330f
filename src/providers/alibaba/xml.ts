/**
 * The gateway's XML form (Format=XML): `<ActionResponse>` root, one element per field, an array
 * as the element repeated. Small on purpose: no attributes, no namespaces, no CDATA, which this
 * API never uses. Pure string code, so it runs in the browser and in the emulator.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toXml(rootName: string, value: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${rootName}>${fields(value)}</${rootName}>`;
}

function fields(obj: Record<string, unknown>): string {
  return Object.entries(obj)
    .map(([k, v]) => element(k, v))
    .join('');
}

function element(name: string, value: unknown): string {
  if (value === undefined || value === null) return `<${name}></${name}>`;
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  if (typeof value === 'object') return `<${name}>${fields(value as Record<string, unknown>)}</${name}>`;
  return `<${name}>${escape(String(value))}</${name}>`;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Parses an XML answer into plain objects: leaves are strings, a repeated element becomes an
 * array. Returns the root element's name and content.
 */
export function fromXml(text: string): { root: string; value: unknown } {
  const tokens = text.replace(/<\?xml[^>]*\?>/g, '').replace(/<!--[\s\S]*?-->/g, '').match(/<\/?[^>]+>|[^<]+/g) ?? [];
  let i = 0;
  const parseNode = (): unknown => {
    const children: [string, unknown][] = [];
    let textContent = '';
    while (i < tokens.length) {
      const t = tokens[i];
      if (t.startsWith('</')) {
        i++;
        break;
      }
      if (t.startsWith('<')) {
        const name = t.slice(1, -1).trim().split(/\s/)[0].replace(/\/$/, '');
        i++;
        children.push([name, t.endsWith('/>') ? '' : parseNode()]);
      } else {
        textContent += t;
        i++;
      }
    }
    if (!children.length) return unescape(textContent.trim());
    const out: Record<string, unknown> = {};
    for (const [name, value] of children) {
      if (name in out) out[name] = Array.isArray(out[name]) ? [...(out[name] as unknown[]), value] : [out[name], value];
      else out[name] = value;
    }
    return out;
  };
  while (i < tokens.length && !tokens[i].startsWith('<')) i++;
  const root = (tokens[i] ?? '<>').slice(1, -1).trim().split(/\s/)[0];
  i++;
  return { root, value: parseNode() };
}
