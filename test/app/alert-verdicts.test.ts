import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChatTransports } from '../../src/app/chat.js';
import { loadClaimSet, type LoadedClaimSet } from '../../src/app/claimset.js';
import { loadConfig } from '../../src/app/config.js';
import { currentDigestReply, digestText, gatherDigest } from '../../src/app/digest.js';
import { createMetrics } from '../../src/app/metrics.js';
import { lastDays } from '../../src/core/digest/index.js';
import { feedbackRef } from '../../src/chat/feedback.js';
import type { AlertFeedback } from '../../src/store/store.js';
import { serve } from '../chat/command-rig.js';
import { alertPayload, silentLog, tempStore } from '../chat/fixtures.js';
import { FakeSlackApi } from '../fakes/slack-api.js';

/** Editors' verdicts beyond the button: counted in the digest, and in /metrics through the bot's own wiring. */

let db: Awaited<ReturnType<typeof tempStore>>;
let claimSet: LoadedClaimSet;
const NOW = new Date('2025-11-20T12:00:00Z');
const verdict = (over: Partial<AlertFeedback>): AlertFeedback => ({
  eventKey: 'denial:turkey-seeks-return:deniz-aksoy',
  claim: 'turkey-seeks-return',
  verdict: 'confirm',
  platform: 'slack',
  userId: 'U0EDITOR',
  at: '2025-11-19T09:00:00Z',
  ...over,
});

beforeEach(async () => {
  db = await tempStore();
  claimSet = await loadClaimSet('seeds/s400-turkey.claims.yaml');
});
afterEach(async () => {
  await db.cleanup();
});

describe('editors’ verdicts in the digest', () => {
  it('the week’s presses are counted by verdict; presses from other weeks are not', async () => {
    await db.store.recordFeedback([
      verdict({}),
      verdict({ userId: 'U0OTHER' }),
      verdict({ verdict: 'false-alarm', eventKey: 'conflict:x', platform: 'discord', userId: '42' }),
      verdict({ verdict: 'wrong-speaker', at: '2025-10-01T09:00:00Z' }),
    ]);
    const period = lastDays(NOW, 'UTC');
    const text = await digestText(db.store, await gatherDigest(db.store, claimSet, period));
    expect(text).toContain('Editors’ verdicts on alerts (3)\nConfirm 2 · False alarm 1 · Wrong speaker 0');
    const reply = await currentDigestReply(db.store, claimSet, 'UTC', () => NOW);
    expect(reply.blocks?.at(-1)).toEqual({
      heading: 'Editors’ verdicts on alerts (3)',
      lines: ['Confirm 2 · False alarm 1 · Wrong speaker 0'],
    });
  });

  it('says nothing about verdicts in a week without any', async () => {
    const period = lastDays(NOW, 'UTC');
    expect(await digestText(db.store, await gatherDigest(db.store, claimSet, period))).not.toContain('verdicts');
  });
});

describe('editors’ verdicts in /metrics', () => {
  it('an editor’s press through the bot’s Slack endpoint counts in claimwatch_alert_feedback_total', async () => {
    const slack = await new FakeSlackApi().start();
    const cfg = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'metrics-test-secret',
      SLACK_ALERT_CHANNEL: 'C0DESK',
      SLACK_API_URL: slack.apiUrl,
      SLACK_EDITOR_USER_IDS: 'U0EDITOR',
    });
    const metrics = createMetrics();
    const chat = await createChatTransports({ cfg, store: db.store, claimSet, log: silentLog, metrics });
    const endpoint = await serve(chat.routes['/slack/events']!);
    try {
      const payload = alertPayload();
      await db.store.enqueue([
        {
          kind: 'alert',
          sink: 'slack',
          channel: 'C0DESK',
          eventKey: payload.type === 'alert' ? payload.alert.eventKey : '',
          idempotencyKey: 'alert:slack:C0DESK:k',
          payload,
          nextAttemptAt: NOW.toISOString(),
          createdAt: NOW.toISOString(),
        },
      ]);
      const [entry] = await db.store.leaseOutbox(NOW.toISOString(), 'w', 60_000, 1);
      const body = new URLSearchParams({
        payload: JSON.stringify({
          type: 'block_actions',
          user: { id: 'U0EDITOR' },
          team: { id: 'T0NEWS' },
          api_app_id: 'A0CLAIMS',
          token: 'legacy',
          response_url: slack.responseUrl('m'),
          actions: [
            {
              type: 'button',
              action_id: 'claimwatch_feedback_confirm',
              block_id: 'claimwatch_feedback',
              value: feedbackRef('confirm', entry!.id),
              action_ts: '1',
            },
          ],
        }),
      }).toString();
      const ts = Math.floor(Date.now() / 1000);
      const sig = createHmac('sha256', 'metrics-test-secret').update(`v0:${ts}:${body}`).digest('hex');
      const res = await fetch(`${endpoint.url}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': `v0=${sig}`,
        },
        body,
      });
      expect(res.status).toBe(200);
      for (let i = 0; i < 100 && !slack.responses('m').length; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await metrics.registry.metrics()).toContain(
        'claimwatch_alert_feedback_total{verdict="confirm",platform="slack"} 1',
      );
      expect(await db.store.feedback({})).toHaveLength(1);
    } finally {
      await endpoint.close();
      await chat.stop();
      await slack.close();
    }
  });
});
