import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configKeys, loadConfig } from '../../src/app/config.js';
import { ConfigError } from '../../src/errors.js';

describe('configuration', () => {
  it('starts with no keys at all: SQLite file, console only, polling every five minutes', () => {
    const cfg = loadConfig({});
    expect(cfg.DATABASE_URL).toBe('file:./data/claimwatch.db');
    expect(cfg.POLL_CRON).toBe('*/5 * * * *');
    expect(cfg.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it('names every bad key in one message', () => {
    let err: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        TZ: 'Mars/Olympus',
        DATABASE_URL: 'mysql://x',
        POLL_CRON: 'often',
        DISCORD_MODE: 'carrier-pigeon',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    for (const key of ['PORT', 'TZ', 'DATABASE_URL', 'POLL_CRON', 'DISCORD_MODE']) expect(msg).toContain(key);
  });

  it('refuses a Slack token without a channel to post in', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_ALERT_CHANNEL/);
  });

  it('needs the Discord public key to serve interactions over HTTP', () => {
    expect(() => loadConfig({ DISCORD_MODE: 'http' })).toThrow(/DISCORD_PUBLIC_KEY/);
  });

  it('documents every key in .env.example', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(configKeys.filter((k) => !documented.has(k))).toEqual([]);
  });
});
