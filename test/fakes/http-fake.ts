import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The shared part of our fake platform APIs: a real HTTP server on 127.0.0.1 (port 0) that records
 * every request and can be told to fail the next N matching requests with 429 or 5xx, so the SDKs
 * run for real, with their own serialisation and error handling, and the network stays off.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Parsed JSON or form body (form fields holding JSON are parsed too); raw text otherwise. */
  body: any;
  raw: string;
  at: number;
}

export interface Fault {
  status: number;
  /** Seconds, sent as the Retry-After header (and in the body where the platform does so). */
  retryAfter?: number;
  /** Only requests whose path includes this fail; any request when absent. */
  path?: string;
  times: number;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type Route = (req: RecordedRequest) => Reply | null;

export abstract class HttpFake {
  readonly requests: RecordedRequest[] = [];
  #server: Server | null = null;
  #faults: Fault[] = [];
  #port = 0;

  /** Base URL of the server, without a trailing slash. */
  get origin(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next `times` requests (to `path`, when given) get `status`, with Retry-After when given. */
  fail(fault: Fault): void {
    this.#faults.push({ ...fault });
  }

  /** Requests whose path includes `fragment`. */
  calls(fragment: string, method?: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(fragment) && (!method || r.method === method));
  }

  protected abstract route(req: RecordedRequest): Reply | null;
  protected abstract faultBody(fault: Fault): unknown;

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://x').pathname,
      headers: req.headers,
      body: parseBody(raw, String(req.headers['content-type'] ?? '')),
      raw,
      at: Date.now(),
    };
    this.requests.push(recorded);
    const fault = this.#faults.find((f) => f.times > 0 && (!f.path || recorded.path.includes(f.path)));
    if (fault) {
      fault.times--;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
      return send(res, { status: fault.status, headers, body: this.faultBody(fault) });
    }
    send(
      res,
      this.route(recorded) ?? {
        status: 404,
        body: { message: `no fake route for ${recorded.method} ${recorded.path}` },
      },
    );
  }
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.status === 204) {
    res.writeHead(204).end();
    return;
  }
  const body =
    reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
  res.end(body);
}

function parseBody(raw: string, type: string): any {
  if (!raw) return {};
  if (type.includes('application/json')) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  if (type.includes('multipart/form-data')) return parseMultipart(raw, type);
  if (type.includes('application/x-www-form-urlencoded')) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(raw)) {
      // WebClient sends nested arguments (blocks, metadata) as JSON strings inside the form.
      out[k] = JSON_FIELDS.has(k) ? tryJson(v) : v;
    }
    return out;
  }
  return raw;
}

const JSON_FIELDS = new Set(['blocks', 'metadata', 'attachments', 'files']);

/** Multipart bodies (Discord file uploads): `payload_json` becomes the body, files are listed in `__files`. */
function parseMultipart(raw: string, type: string): any {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  if (!boundary) return raw;
  const out: any = { __files: [] as Array<{ field: string; filename: string; bytes: number }> };
  for (const part of raw.split(`--${boundary[1] ?? boundary[2]}`)) {
    const [head, ...rest] = part.split('\r\n\r\n');
    if (!head || !rest.length) continue;
    const content = rest.join('\r\n\r\n').replace(/\r\n$/, '');
    const name = /name="([^"]+)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]+)"/.exec(head)?.[1];
    if (filename) out.__files.push({ field: name, filename, bytes: content.length });
    else if (name === 'payload_json') Object.assign(out, tryJson(content));
  }
  return out;
}

function tryJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
