import type { NeteaseOperationDef } from './operations/define';

/**
 * Encodes a call the document's way: path placeholders filled, query parameters in the query
 * string, the `namespace` header for load balancers and listeners, the rest as a JSON body
 * (5.1: a multipart form with the Dockerfile as `docker_file`).
 */
export function buildNeteaseRequest(
  op: Pick<NeteaseOperationDef, 'method' | 'path' | 'in' | 'bodyType'>,
  params: Record<string, unknown>,
  endpoint: string,
  authorization?: string,
): Request {
  let path = op.path;
  const query = new URLSearchParams();
  const headers = new Headers();
  const body: Record<string, unknown> = {};
  const form = new FormData();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const where = op.in[name];
    if (where === 'path') path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
    else if (where === 'query') query.set(name, String(value));
    else if (where === 'header') headers.set(name, String(value));
    else if (where === 'form') form.set(name, new Blob([String(value)], { type: 'application/octet-stream' }), 'Dockerfile');
    else body[name] = value;
  }
  const missing = /\{(\w+)\}/.exec(path);
  if (missing) throw new TypeError(`path parameter ${missing[1]} is missing`);
  const url = new URL(path, endpoint);
  url.search = query.toString();
  if (authorization) headers.set('Authorization', authorization);
  let payload: BodyInit | undefined;
  if (op.bodyType === 'multipart') payload = form;
  else {
    // Every example sends Content-Type: application/json, also on GET and DELETE.
    headers.set('Content-Type', 'application/json');
    if (op.bodyType === 'json') payload = JSON.stringify(body);
  }
  return new Request(url, { method: op.method, headers, body: payload });
}
