import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Metrics } from './metrics.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpDeps {
  metrics: Metrics;
  log: Logger;
  /** What /healthz may say besides "ok": the last poll's time, nothing about feeds or messages. */
  health: () => Promise<{ lastPoll?: string | null }>;
  /** Extra POST routes: /slack/events, /discord/interactions. */
  routes?: Record<string, Handler>;
  /** METRICS_TOKEN: GET /metrics is served here too, to requests with `Authorization: Bearer <token>`. */
  metricsToken?: string | undefined;
}

/**
 * The bot's public HTTP surface: GET /healthz (liveness, minimal), the platforms' POST endpoints, and GET /metrics
 * only behind METRICS_TOKEN. Metrics show internals (feed outcomes, outbox depth, process details), so by default
 * they are served on a listener of their own on loopback ({@link createMetricsServer}).
 */
export function createHttpServer(deps: HttpDeps): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    void (async () => {
      try {
        if (req.method === 'GET' && path === '/healthz') {
          const { lastPoll = null } = await deps.health();
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', lastPoll }));
        } else if (req.method === 'GET' && path === '/metrics' && deps.metricsToken) {
          if (!hasBearer(req, deps.metricsToken)) {
            res
              .writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' })
              .end('metrics need the METRICS_TOKEN bearer token\n');
          } else await sendMetrics(deps.metrics, res);
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

/** GET /metrics alone (Prometheus text), for METRICS_HOST:METRICS_PORT, loopback by default. */
export function createMetricsServer(metrics: Metrics, log: Logger): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics')
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    sendMetrics(metrics, res).catch((err: unknown) => {
      log.error({ err }, 'metrics failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error\n');
    });
  });
}

async function sendMetrics(metrics: Metrics, res: ServerResponse): Promise<void> {
  const text = await metrics.registry.metrics();
  res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text);
}

/** Compared in constant time, so the token cannot be guessed a character at a time. */
function hasBearer(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
