import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Metrics } from './metrics.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpDeps {
  metrics: Metrics;
  log: Logger;
  /** Liveness details for /healthz (last poll, outbox backlog). */
  health: () => Promise<Record<string, unknown>>;
  /** Extra POST routes: /slack/events, /discord/interactions. */
  routes?: Record<string, Handler>;
}

/** The bot's HTTP surface: GET /healthz, GET /metrics, and the platforms' POST endpoints. */
export function createHttpServer(deps: HttpDeps): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    void (async () => {
      try {
        if (req.method === 'GET' && path === '/healthz') {
          const body = JSON.stringify({ status: 'ok', ...(await deps.health()) });
          res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        } else if (req.method === 'GET' && path === '/metrics') {
          const text = await deps.metrics.registry.metrics();
          res.writeHead(200, { 'content-type': deps.metrics.registry.contentType }).end(text);
        } else if (req.method === 'POST' && path && deps.routes?.[path]) {
          await deps.routes[path]!(req, res);
        } else {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        }
      } catch (err) {
        deps.log.error({ err, path }, 'http handler failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error\n');
      }
    })();
  });
}
