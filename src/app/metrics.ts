import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The bot's Prometheus metrics, on a registry of its own (no global state). */
export interface Metrics {
  registry: Registry;
  feedsPolled: Counter<'outcome'>;
  itemsNew: Counter;
  alerts: Counter<'kind'>;
  outboxDepth: Gauge<'status'>;
  pollDuration: Histogram;
  articlesAnalysed: Counter<'relevant'>;
  alertFeedback: Counter<'verdict' | 'platform'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'claimwatch_' });
  return {
    registry,
    feedsPolled: new Counter({
      name: 'claimwatch_feeds_polled_total',
      help: 'Feed polls by outcome (ok, not-modified, failed)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    itemsNew: new Counter({
      name: 'claimwatch_items_new_total',
      help: 'New feed items stored',
      registers: [registry],
    }),
    alerts: new Counter({
      name: 'claimwatch_alerts_total',
      help: 'Alerts decided, by kind',
      labelNames: ['kind'],
      registers: [registry],
    }),
    outboxDepth: new Gauge({
      name: 'claimwatch_outbox_depth',
      help: 'Outbox entries by status',
      labelNames: ['status'],
      registers: [registry],
    }),
    pollDuration: new Histogram({
      name: 'claimwatch_poll_duration_seconds',
      help: 'Duration of one poll cycle',
      buckets: [0.1, 0.5, 1, 5, 15, 30, 60, 120],
      registers: [registry],
    }),
    articlesAnalysed: new Counter({
      name: 'claimwatch_articles_analysed_total',
      help: 'Articles analysed',
      labelNames: ['relevant'],
      registers: [registry],
    }),
    alertFeedback: new Counter({
      name: 'claimwatch_alert_feedback_total',
      help: 'Editors pressing an alert button, by verdict (confirm, false-alarm, wrong-speaker) and platform',
      labelNames: ['verdict', 'platform'],
      registers: [registry],
    }),
  };
}
