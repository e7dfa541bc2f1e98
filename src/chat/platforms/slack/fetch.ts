import http from 'node:http';
import https from 'node:https';

/**
 * The `fetch` our Slack WebClient posts with: node:http(s) over one keep-alive connection pool, answering with just
 * the part of a Response that WebClient reads (status, statusText, url, headers.get/entries, text, json,
 * arrayBuffer). Every alert is one chat.postMessage, and the global fetch (undici's WHATWG streams, Request and
 * Response objects) spent more CPU on each than the rest of the post. A body that is not text (a file upload's
 * FormData) goes to the global fetch. A 3xx answer is an error, as WebClient asks (`redirect: 'error'`); an aborted
 * signal (WebClient's timeout) ends the request and rejects with the signal's reason.
 */

interface LeanResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  redirected: false;
  headers: {
    get(name: string): string | null;
    has(name: string): boolean;
    entries(): IterableIterator<[string, string]>;
  };
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export function slackFetch(opts: { maxSockets?: number } = {}): typeof fetch {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: opts.maxSockets ?? 16 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: opts.maxSockets ?? 16 }),
  };
  const lean = (input: string | URL, init: RequestInit = {}): Promise<LeanResponse> => {
    const url = new URL(String(input));
    const body = init.body;
    const transport = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => {
      headers[k] = v;
    });
    if (typeof body === 'string') headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const signal = init.signal;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const req = transport.request(
        url,
        { method: init.method ?? 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'] },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', fail);
          res.on('end', () => {
            signal?.removeEventListener('abort', abort);
            const status = res.statusCode ?? 0;
            if (status >= 300 && status < 400) {
              reject(new TypeError(`fetch failed: redirect (HTTP ${status}) refused`));
              return;
            }
            const bytes = Buffer.concat(chunks);
            const headerOf = (name: string): string | null => {
              const v = res.headers[name.toLowerCase()];
              return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
            };
            resolve({
              ok: status >= 200 && status < 300,
              status,
              statusText: res.statusMessage ?? '',
              url: url.toString(),
              redirected: false,
              headers: {
                get: headerOf,
                has: (name) => headerOf(name) !== null,
                entries: () =>
                  Object.keys(res.headers)
                    .map((k): [string, string] => [k, headerOf(k) ?? ''])
                    .values(),
              },
              text: async () => bytes.toString('utf8'),
              json: async () => JSON.parse(bytes.toString('utf8')) as unknown,
              arrayBuffer: async () =>
                bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
            });
          });
        },
      );
      function fail(err: unknown): void {
        signal?.removeEventListener('abort', abort);
        reject(new TypeError('fetch failed', { cause: err }));
      }
      function abort(): void {
        req.destroy();
        reject(signal!.reason);
      }
      signal?.addEventListener('abort', abort, { once: true });
      req.on('error', fail);
      req.end(body as string | undefined);
    });
  };
  return ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const body = init?.body;
    if (input instanceof Request || (body != null && typeof body !== 'string')) return globalThis.fetch(input, init);
    return lean(input, init);
  }) as typeof fetch;
}
