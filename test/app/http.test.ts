import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/app/http.js';
import { createMetrics } from '../../src/app/metrics.js';

describe('the HTTP surface', () => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  async function serve(routes = {}) {
    const metrics = createMetrics();
    const server = createHttpServer({ metrics, log: pino({ level: 'silent' }), routes, health: async () => ({ outbox: { pending: 2 } }) });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    close = () => new Promise((r) => server.close(() => r()));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, metrics };
  }

  it('answers /healthz with the outbox backlog and /metrics in Prometheus text', async () => {
    const { base, metrics } = await serve();
    metrics.alerts.inc({ kind: 'denial' });
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', outbox: { pending: 2 } });
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('claimwatch_alerts_total{kind="denial"} 1');
    expect(text).toContain('claimwatch_outbox_depth');
  });

  it('routes platform POSTs to their handlers and refuses what it does not know', async () => {
    const { base } = await serve({ '/slack/events': (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(204).end() });
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(204);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    expect((await fetch(`${base}/slack/events`)).status).toBe(404);
  });
});
