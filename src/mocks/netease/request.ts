import type { NeteaseOperationDef } from '../../providers/netease/operations/define';
import { DOCKERFILE_MAX_BYTES } from '../../providers/netease/operations/repositories';
import { badRequest, DETAIL, NeteaseApiError, type ServiceName } from './errors';

/** Which of our (invented) service codes answers for an operation group. */
export const SERVICE_OF_GROUP: Record<string, ServiceName> = {
  token: 'token',
  secretkey: 'secretkey',
  image: 'repository',
  repository: 'repository',
  loadbalancer: 'nlb',
  listener: 'nlb',
  certificate: 'nlb',
  disk: 'disk',
  ip: 'ip',
  space: 'space',
  service: 'service',
  container: 'service',
};

const malformed = () => new NeteaseApiError(400, 'gateway', DETAIL.malformedBody, 'Request body must be JSON-formatted');

/**
 * Gathers a request's parameters into the definition's flat form: path placeholders, query
 * values, the `namespace` header, then the JSON body (or 5.1's multipart Dockerfile). Where a
 * name appears twice the path, query and header win over the body.
 */
export async function readParams(op: NeteaseOperationDef, request: Request, pathParams: Record<string, string | readonly string[] | undefined>): Promise<Record<string, unknown>> {
  const url = new URL(request.url);
  const located: Record<string, unknown> = {};
  for (const [name, where] of Object.entries(op.in)) {
    if (where === 'path') located[name] = pathParams[name];
    else if (where === 'query' && url.searchParams.has(name)) located[name] = url.searchParams.get(name);
    else if (where === 'header' && request.headers.has(name)) located[name] = request.headers.get(name);
  }
  if (op.bodyType === 'multipart') return { ...located, docker_file: await readDockerfile(request, url, op) };
  if (op.bodyType === 'none') return located;
  const text = await request.text();
  if (!text.trim()) return located;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw malformed();
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw malformed();
  return { ...(body as Record<string, unknown>), ...located };
}

/** 5.1: `docker_file` as a multipart file (or field), or, as the template prints it, in the query. */
async function readDockerfile(request: Request, url: URL, op: NeteaseOperationDef): Promise<string | undefined> {
  const service = SERVICE_OF_GROUP[op.group];
  if ((request.headers.get('content-type') ?? '').includes('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw badRequest(service, 'Request body must be multipart/form-data');
    }
    const value = form.get('docker_file');
    if (value === null) return undefined;
    if (typeof value === 'string') return value;
    if (value.size > DOCKERFILE_MAX_BYTES) throw badRequest(service, 'docker_file must not exceed 1M');
    return value.text();
  }
  return url.searchParams.get('docker_file') ?? undefined;
}
