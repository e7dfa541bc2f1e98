import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { claimSetSchema, type ClaimSetFile } from '../../src/core/claimset/schema.js';
import type { AlertDecision } from '../../src/core/types.js';
import { openStore } from '../../src/store/index.js';
import type { ArticleMeta, OutboundPayload, OutboxEntry, Store } from '../../src/store/store.js';

/**
 * Builders for chat tests. All people, outlets and sentences here are invented for the tests.
 */

export const silentLog = pino({ level: 'silent' });

export function alertDecision(over: Partial<AlertDecision> = {}): AlertDecision {
  return {
    kind: 'denial',
    claim: 'systems-returned',
    claimText: 'Turkey will hand its S-400 systems back to Russia.',
    actor: 'Lev Sorokin',
    evidence: 'No agreement to take the systems back exists, and none is being discussed.',
    conflictsWith: [{ value: 'asserted by Harbour Herald', source: 'Harbour Herald, 2025-09-01' }],
    reason: 'Lev Sorokin denies a claim that Harbour Herald reported as settled.',
    eventKey: 'denial:systems-returned:lev-sorokin',
    ...over,
  };
}

export function article(over: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    url: 'https://news.example.org/2025/09/05/air-defence-talks',
    title: 'Spokesman rules out return of air-defence systems',
    source: 'Example Wire',
    published: '2025-09-05T08:30:00Z',
    ...over,
  };
}

export function alertPayload(
  over: { alert?: Partial<AlertDecision>; article?: Partial<ArticleMeta>; type?: 'alert' | 'source' } = {},
): OutboundPayload {
  return {
    type: over.type ?? 'alert',
    alert: alertDecision(over.alert),
    article: article(over.article),
    story: 's400-turkey',
  };
}

/** An outbox entry as the store would hand it out. */
export function outboxEntry(payload: OutboundPayload, over: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: 1,
    kind: payload.type,
    sink: 'slack',
    channel: 'C0DESK',
    eventKey: 'denial:systems-returned:lev-sorokin',
    idempotencyKey: `${payload.type}:slack:C0DESK:k`,
    payload,
    attempts: 0,
    leases: 1,
    status: 'pending',
    nextAttemptAt: '2025-09-05T09:00:00.000Z',
    lastError: null,
    createdAt: '2025-09-05T09:00:00.000Z',
    deliveredAt: null,
    remoteId: null,
    ...over,
  };
}

/** Text from a feed that tries every way of pinging a channel or breaking the layout. */
export const HOSTILE =
  '@everyone @here <@123> <@!123> <@&456> <#789> <!channel> <!here> <@U0ADMIN> <!subteam^S1> ' +
  '**bold** _it_ ~~gone~~ `code` ||spoiler|| [click](https://evil.example) # Heading\n> quoted\n-# small ';

export function hostile(length: number): string {
  let s = HOSTILE;
  while (s.length < length) s += ` word${s.length} ${HOSTILE}`;
  return s.slice(0, length);
}

/** A SQLite store in a fresh temporary directory; `reopen` opens the same file again (a restart). */
export async function tempStore(): Promise<{
  store: Store;
  file: string;
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'claimwatch-chat-'));
  const file = join(dir, 'claimwatch.db');
  const opened: Store[] = [];
  const open = async () => {
    const s = await openStore(`file:${file}`);
    opened.push(s);
    return s;
  };
  return {
    store: await open(),
    file,
    reopen: open,
    async cleanup() {
      for (const s of opened) await s.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small invented claim set in the shape of seeds/*.claims.yaml. */
export function claimSet(): ClaimSetFile {
  return claimSetSchema.parse({
    story: { id: 's400-turkey', title: 'Turkey’s S-400 systems', languages: ['en'] },
    entities: [
      { id: 'turkey', kind: 'country', aliases: { en: ['Turkey', 'Türkiye', 'Ankara'] } },
      { id: 's400', kind: 'weapon', aliases: { any: ['S-400', 'S400'] } },
    ],
    relevance: { all: ['turkey', 's400'] },
    actors: [
      { id: 'lev-sorokin', name: 'Lev Sorokin', role: 'ministry spokesman', aliases: ['Sorokin'] },
      { id: 'harbour-herald', name: 'Harbour Herald', kind: 'outlet' },
      { id: 'mira-kaya', name: 'Mira Kaya', role: 'defence analyst', aliases: ['Kaya'] },
    ],
    claims: [
      {
        id: 'systems-returned',
        text: 'Turkey will hand its S-400 systems back to Russia.',
        terms: ['hand back', 'return'],
        positions: [
          {
            actor: 'harbour-herald',
            stance: 'asserts',
            source: { outlet: 'Harbour Herald', where: 'https://herald.example.org/s400-return', date: '2025-09-01' },
            evidence: 'The systems will be shipped back before winter, the paper was told.',
          },
          {
            actor: 'lev-sorokin',
            stance: 'denies',
            source: {
              outlet: 'Example Wire',
              where: 'https://news.example.org/2025/09/05/air-defence-talks',
              date: '2025-09-05',
            },
            evidence: 'No agreement to take the systems back exists.',
          },
        ],
      },
      {
        id: 'battery-count',
        text: 'Turkey bought a given number of S-400 batteries.',
        terms: ['batteries', 'divisions'],
        attribute: 'quantity',
        values: [
          {
            value: 'four batteries',
            sources: [
              { outlet: 'Harbour Herald', where: 'https://herald.example.org/batteries', date: '2019-07-12' },
            ],
            evidence: 'Four batteries were delivered.',
          },
          {
            value: 'two batteries',
            sources: [{ outlet: 'Example Wire', where: 'https://news.example.org/batteries', date: '2019-07-14' }],
            evidence: 'Two batteries arrived.',
          },
        ],
      },
    ],
  });
}
