import type { Server } from 'node:http';
import type { Config } from './config.js';
import { createMetricsServer } from './http.js';
import { listen } from './listen.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/**
 * GET /metrics on METRICS_HOST:METRICS_PORT (127.0.0.1:9464 by default; METRICS_PORT=0 turns it off). A port
 * already taken (a second instance on the same machine) costs only the metrics listener, with a warning: the bot
 * itself keeps running.
 */
export async function startMetricsServer(
  cfg: Pick<Config, 'METRICS_HOST' | 'METRICS_PORT'>,
  metrics: Metrics,
  log: Logger,
): Promise<Server | null> {
  if (!cfg.METRICS_PORT) return null;
  const server = createMetricsServer(metrics, log);
  try {
    await listen(server, cfg.METRICS_PORT, cfg.METRICS_HOST, 'METRICS_PORT');
  } catch (err) {
    log.warn(
      { err: String(err) },
      'metrics: no listener, the bot runs on without /metrics ' +
        '(set METRICS_PORT to a free port, or METRICS_TOKEN to serve them on PORT)',
    );
    return null;
  }
  log.info({ host: cfg.METRICS_HOST, port: cfg.METRICS_PORT }, 'metrics listening');
  return server;
}
