import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, createMetricsServer } from '../../src/app/http.js';
import { startMetricsServer } from '../../src/app/metrics-listener.js';
import { createMetrics } from '../../src/app/metrics.js';
import { loadConfig } from '../../src/app/config.js';

const silent = pino({ level: 'silent' });
const TOKEN = 'a-long-random-metrics-token';

describe('the HTTP surface', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  });

  async function listenOn(server: Server): Promise<string> {
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async function serve(routes = {}, metricsToken?: string) {
    const metrics = createMetrics();
    const server = createHttpServer({
      metrics,
      log: silent,
      routes,
      health: async () => ({ lastPoll: '2025-03-05T09:00:00.000Z' }),
      metricsToken,
    });
    return { base: await listenOn(server), metrics };
  }

  it('answers /healthz with "ok" and the last poll, and nothing about feeds or messages', async () => {
    const { base } = await serve();
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', lastPoll: '2025-03-05T09:00:00.000Z' });
  });

  it('does not serve /metrics on the public port without a token', async () => {
    const { base } = await serve();
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
  });

  it('serves /metrics on the public port only to the METRICS_TOKEN bearer', async () => {
    const { base, metrics } = await serve({}, TOKEN);
    metrics.alerts.inc({ kind: 'denial' });
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer a-long-random-metrics-tokeN' } })).status,
    ).toBe(401);
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('claimwatch_alerts_total{kind="denial"} 1');
  });

  it('serves /metrics in Prometheus text on a listener of its own, and nothing else there', async () => {
    const metrics = createMetrics();
    metrics.alerts.inc({ kind: 'denial' });
    const base = await listenOn(createMetricsServer(metrics, silent));
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('claimwatch_alerts_total{kind="denial"} 1');
    expect(text).toContain('claimwatch_outbox_depth');
    expect((await fetch(`${base}/healthz`)).status).toBe(404);
  });

  it('puts the metrics listener on loopback by default', () => {
    const cfg = loadConfig({});
    expect({ host: cfg.METRICS_HOST, port: cfg.METRICS_PORT }).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: expected at least 16 characters/);
  });

  it('keeps the bot running without metrics when their port is taken', async () => {
    const taken = await listenOn(createMetricsServer(createMetrics(), silent));
    const port = Number(new URL(taken).port);
    expect(
      await startMetricsServer({ METRICS_HOST: '127.0.0.1', METRICS_PORT: port }, createMetrics(), silent),
    ).toBeNull();
  });

  it('routes platform POSTs to their handlers and refuses what it does not know', async () => {
    const { base } = await serve({
      '/slack/events': (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(204).end(),
    });
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(204);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    expect((await fetch(`${base}/slack/events`)).status).toBe(404);
  });
});
