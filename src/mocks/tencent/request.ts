/**
 * The parameters of one call, read the document's way: GET takes them all from the query string,
 * POST all from the form body (query-string parameters are then ignored).
 */
export async function readWireParams(request: Request): Promise<Record<string, string>> {
  if (request.method.toUpperCase() === 'GET') return Object.fromEntries(new URL(request.url).searchParams);
  const type = request.headers.get('content-type') ?? '';
  const text = await request.text();
  if (type.includes('application/json') && text.trim().startsWith('{')) {
    const body = JSON.parse(text) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  }
  return Object.fromEntries(new URLSearchParams(text));
}
