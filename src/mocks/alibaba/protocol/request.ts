/** The RPC request as the gateway sees it: query and form body merged (the body wins). */
export interface RpcRequest {
  method: string;
  params: Record<string, string>;
}

export async function readRpcRequest(request: Request): Promise<RpcRequest> {
  const url = new URL(request.url);
  const params: Record<string, string> = {};
  url.searchParams.forEach((value, name) => {
    params[name] = value;
  });
  if (request.method === 'POST') {
    const type = request.headers.get('content-type') ?? '';
    const text = await request.text();
    // The SDKs send form bodies; a body without a content type is read as a form too.
    if (text && (type.includes('application/x-www-form-urlencoded') || type === '' || type.includes('text/plain'))) {
      new URLSearchParams(text).forEach((value, name) => {
        params[name] = value;
      });
    }
  }
  return { method: request.method.toUpperCase(), params };
}
