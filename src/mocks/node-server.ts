import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Anything that answers a web-standard Request: an emulator, or the proxy's fetch handler. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** Reads a Node request into a web-standard Request, keeping the Host the client addressed. */
export async function toWebRequest(req: IncomingMessage, fallbackOrigin: string): Promise<Request> {
  const host = req.headers.host ?? new URL(fallbackOrigin).host;
  const url = new URL(req.url ?? '/', `http://${host}`);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && chunks.length > 0;
  return new Request(url, { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

/** Writes a web-standard Response to a Node response, streaming the body. */
export async function writeWebResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, response.statusText, headers);
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  }
  res.end();
}

/** Serves a fetch handler over HTTP; resolves once listening. Port 0 picks a free port. */
export async function serveFetchHandler(handler: FetchHandler, port: number, host = '127.0.0.1'): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const request = await toWebRequest(req, `http://${host}:${port}`);
        await writeWebResponse(res, await handler(request));
      } catch (error) {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`internal error: ${(error as Error).message}`);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { server, url, close };
}
