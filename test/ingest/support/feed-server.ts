import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A request as the fake outlet saw it. */
export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface FeedServer {
  /** Absolute URL on this server. */
  url(path: string): string;
  /** Requests received, in order. */
  seen: SeenRequest[];
  /** Replace or add a route while the server runs. */
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** A local outlet on 127.0.0.1 (port chosen by the OS) serving the given routes; anything else is a 404. */
export async function startFeedServer(routes: Record<string, Handler> = {}): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, headers: req.headers });
    const handler = table.get(path.split('?')[0] ?? path);
    if (handler) handler(req, res);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    seen,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serve a fixed body with headers; answers 304 when the client's If-None-Match equals `etag`. */
export function serveFeed(
  body: string | Buffer,
  opts: { etag?: string; contentType?: string; lastModified?: string } = {},
): Handler {
  return (req, res) => {
    if (opts.etag && req.headers['if-none-match'] === opts.etag) {
      res.writeHead(304, { etag: opts.etag }).end();
      return;
    }
    const headers: Record<string, string> = {
      'content-type': opts.contentType ?? 'application/rss+xml; charset=utf-8',
    };
    if (opts.etag) headers['etag'] = opts.etag;
    if (opts.lastModified) headers['last-modified'] = opts.lastModified;
    res.writeHead(200, headers).end(body);
  };
}
