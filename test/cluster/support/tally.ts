import type { FakeSlackApi } from '../../fakes/slack-api.js';
import { idempotencyKey } from '../../../src/store/index.js';
import type { PublishedItem } from './news-desk.js';

/**
 * Compare what the fake Slack API received with what should have been sent: one alert per published item,
 * recognised by the outbox idempotency key the bot puts in each message's metadata.
 */

export interface SlackPost {
  key: string;
  kind: string;
  text: string;
  /** Date.now() when the fake received it. */
  at: number;
}

export interface Tally {
  expected: number;
  /** Posts received in all. */
  received: number;
  /** Posts beyond the first for one idempotency key, or repeating an alert's text under another key. */
  duplicates: number;
  /** Expected alerts never received. */
  lost: number;
  /** Posts that match no published item (should be none). */
  unexpected: number;
  duplicateKeys: string[];
  lostKeys: string[];
  unexpectedKeys: string[];
}

/** The chat.postMessage calls the fake accepted, with the metadata the Slack sink attaches. */
export function slackPosts(fake: FakeSlackApi): SlackPost[] {
  return fake.calls('/api/chat.postMessage', 'POST').map((r) => ({
    key: String(r.body?.metadata?.event_payload?.idempotency_key ?? ''),
    kind: String(r.body?.metadata?.event_payload?.kind ?? ''),
    text: String(r.body?.text ?? ''),
    at: r.at,
  }));
}

/** The idempotency key of the Slack alert an item must raise in `channel`. */
export function expectedKey(item: PublishedItem, channel: string): string {
  return idempotencyKey('alert', 'slack', channel, item.article.expectedEventKey, item.url);
}

export function tally(posts: readonly SlackPost[], items: readonly PublishedItem[], channel: string): Tally {
  const expected = new Set(items.map((i) => expectedKey(i, channel)));
  const seenKeys = new Map<string, number>();
  const seenTexts = new Set<string>();
  let textRepeats = 0;
  for (const p of posts) {
    seenKeys.set(p.key, (seenKeys.get(p.key) ?? 0) + 1);
    if (seenKeys.get(p.key) === 1 && seenTexts.has(p.text)) textRepeats++;
    seenTexts.add(p.text);
  }
  const duplicateKeys = [...seenKeys].filter(([, n]) => n > 1).map(([k]) => k);
  const lostKeys = [...expected].filter((k) => !seenKeys.has(k));
  const unexpectedKeys = [...seenKeys.keys()].filter((k) => !expected.has(k));
  return {
    expected: expected.size,
    received: posts.length,
    duplicates: posts.length - seenKeys.size + textRepeats,
    lost: lostKeys.length,
    unexpected: unexpectedKeys.length,
    duplicateKeys,
    lostKeys,
    unexpectedKeys,
  };
}

/** True once every item's alert has arrived. */
export function allDelivered(fake: FakeSlackApi, items: readonly PublishedItem[], channel: string): boolean {
  const got = new Set(slackPosts(fake).map((p) => p.key));
  return items.every((i) => got.has(expectedKey(i, channel)));
}
