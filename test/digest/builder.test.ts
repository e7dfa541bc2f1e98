import { describe, expect, it } from 'vitest';
import {
  buildDigest,
  renderDigestText,
  startOfLocalDay,
  type DigestClaim,
  type DigestInput,
  type DigestPosition,
} from '../../src/core/digest/index.js';

/**
 * The pure builder on hand-made records (people and outlets invented for the test): what each section
 * says, and that an empty week is one line.
 */

const TZ = 'Europe/Istanbul';
const WEEK = { since: startOfLocalDay('2025-10-20', TZ), until: startOfLocalDay('2025-10-27', TZ), tz: TZ };
const src = (outlet: string, where: string, date: string | null = null) => ({ outlet, where, date });

const CLAIMS: DigestClaim[] = [
  {
    id: 'return-sought',
    text: 'Ankara wants to send the batteries back.',
    attribute: null,
    positions: [
      {
        actor: 'Gazette Sources',
        stance: 'supports',
        evidence: 'Ankara is weighing a return, sources said.',
        source: src('Gazette', 'seeds/a.txt', '2025-09-01'),
      },
    ],
    values: [],
  },
  {
    id: 'battery-count',
    text: 'Turkey has the following number of batteries.',
    attribute: 'quantity',
    positions: [],
    values: [
      {
        value: 'four batteries',
        sources: [src('Gazette', 'seeds/a.txt', '2025-09-01'), src('Courier', 'seeds/b.txt', '2025-09-02')],
      },
    ],
  },
  {
    id: 'raised-at-summit',
    text: 'The return was raised at the summit.',
    attribute: null,
    positions: [
      {
        actor: 'Mira Volkova',
        stance: 'denies',
        evidence: 'It was not discussed, Volkova said.',
        source: src('Courier', 'seeds/b.txt', '2025-09-02'),
      },
    ],
    values: [],
  },
];

const position = (over: Partial<DigestPosition>): DigestPosition => ({
  claim: 'return-sought',
  actor: 'Deniz Aral',
  stance: 'denies',
  evidence: 'There is no such plan, Aral said.',
  source: src('Harbour Post', 'https://harbour.example/a1', '2025-10-21'),
  at: '2025-10-21T09:00:00Z',
  ...over,
});

function input(over: Partial<DigestInput> = {}): DigestInput {
  return {
    period: WEEK,
    claims: CLAIMS,
    positions: [],
    values: [],
    events: [],
    counts: { articles: 0, relevant: 0, outlets: {} },
    feedFailures: [],
    ...over,
  };
}

describe('building the digest', () => {
  it('says in one line that nothing happened in an empty week', () => {
    const model = buildDigest(input());
    expect(model.empty).toBe(true);
    expect(model.days).toHaveLength(7);
    const text = renderDigestText(model);
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toBe(
      'Nothing new in the story for Mon 20 Oct 2025 – Sun 26 Oct 2025 (Europe/Istanbul): ' +
        'no articles, statements, alerts or feed failures.',
    );
  });

  it('does not count what was recorded before the week as news of the week', () => {
    const model = buildDigest(input({ positions: [position({ at: '2025-10-19T20:59:59Z' })] }));
    expect(model.empty).toBe(true);
    expect(model.statusChanges).toEqual([]);
  });

  it('marks a claim only asserted so far as newly contested by its first denial, naming who denied it', () => {
    const model = buildDigest(input({ positions: [position({})] }));
    expect(model.statusChanges).toEqual([
      {
        claim: 'return-sought',
        claimText: 'Ankara wants to send the batteries back.',
        before: 'asserted',
        after: 'contested',
        note: 'newly contested: first denial, by Deniz Aral',
      },
    ]);
    expect(model.days.find((d) => d.date === '2025-10-21')).toMatchObject({
      assertions: 0,
      denials: 1,
      contradictions: 0,
    });
  });

  it('does not report a status change when a known denial is repeated', () => {
    const model = buildDigest(input({ positions: [position({ claim: 'raised-at-summit', actor: 'Mira Volkova' })] }));
    expect(model.statusChanges).toEqual([]);
  });

  it('lays every quantity on record side by side with its sources, the new one last', () => {
    const model = buildDigest(
      input({
        values: [
          {
            attribute: 'quantity',
            claim: 'battery-count',
            value: 'Four batteries',
            evidence: 'It has four batteries.',
            source: src('Wire', 'https://wire.example/1', '2025-10-01'),
            at: '2025-10-01T08:00:00Z',
          },
          {
            attribute: 'quantity',
            claim: 'battery-count',
            value: 'six batteries',
            evidence: 'Six batteries arrived.',
            source: src('Harbour Post', 'https://harbour.example/a2', '2025-10-22'),
            at: '2025-10-22T08:00:00Z',
          },
        ],
        events: [
          {
            eventKey: 'value:battery-count:6',
            kind: 'contradiction',
            claim: 'battery-count',
            actor: null,
            reason: 'quantity given as "six batteries", unlike every value on record (four batteries)',
            evidence: 'Six batteries arrived.',
            firstArticleUrl: 'https://harbour.example/a2',
            createdAt: '2025-10-22T08:00:00Z',
            sources: 1,
          },
        ],
      }),
    );
    expect(model.contradictions).toHaveLength(1);
    const c = model.contradictions[0]!;
    expect(c).toMatchObject({
      type: 'value',
      attribute: 'quantity',
      outlet: 'Harbour Post',
      claimText: 'Turkey has the following number of batteries.',
    });
    expect(c.sides.map((s) => [s.label, s.sources.map((x) => x.outlet), s.isNew])).toEqual([
      ['four batteries', ['Gazette', 'Courier', 'Wire'], false],
      ['six batteries', ['Harbour Post'], true],
    ]);
    expect(model.days.find((d) => d.date === '2025-10-22')?.contradictions).toBe(1);
    expect(renderDigestText(model)).toMatch(
      new RegExp(
        [
          String.raw`four batteries — Gazette, 2025-09-01; Courier, 2025-09-02; Wire, 2025-10-01\n`,
          String.raw`\s+six batteries — Harbour Post, 2025-10-22 {2}← new`,
        ].join(''),
      ),
    );
  });

  it('shows a speaker quoted against their own record with both statements', () => {
    const model = buildDigest(
      input({
        positions: [
          position({
            claim: 'raised-at-summit',
            actor: 'Mira Volkova',
            stance: 'supports',
            evidence: 'Volkova confirmed the topic came up.',
            source: src('Courier', 'https://courier.example/x', '2025-10-23'),
            at: '2025-10-23T10:00:00Z',
          }),
        ],
        events: [
          {
            eventKey: 'flip:raised-at-summit:mira-volkova:supports',
            kind: 'contradiction',
            claim: 'raised-at-summit',
            actor: 'Mira Volkova',
            reason: 'Mira Volkova is quoted as confirming it, but is on record denying it',
            evidence: 'Volkova confirmed the topic came up.',
            firstArticleUrl: 'https://courier.example/x',
            createdAt: '2025-10-23T10:00:00Z',
            sources: 2,
          },
        ],
      }),
    );
    const c = model.contradictions[0]!;
    expect(c.type).toBe('flip');
    expect(c.sides.map((s) => [s.label, s.quote, s.isNew])).toEqual([
      ['on record: denies', 'It was not discussed, Volkova said.', false],
      ['now: confirms', 'Volkova confirmed the topic came up.', true],
    ]);
    expect(model.statusChanges[0]).toMatchObject({
      claim: 'raised-at-summit',
      before: 'denied',
      after: 'contested',
      note: 'newly contested: first assertion, by Mira Volkova',
    });
  });

  it('lists new claims and denials with their article, and ranks the most active voices', () => {
    const model = buildDigest(
      input({
        positions: [
          position({}),
          position({ at: '2025-10-22T09:00:00Z' }),
          position({ actor: 'Harbour Post', stance: 'reports', at: '2025-10-22T09:00:00Z' }),
          position({ actor: 'Ali Kaya', stance: 'supports', at: '2025-10-24T09:00:00Z' }),
          position({ actor: 'Ali Kaya', stance: 'supports', at: '2025-10-25T09:00:00Z' }),
        ],
        events: [
          {
            eventKey: 'denial:return-sought:deniz-aral',
            kind: 'denial',
            claim: 'return-sought',
            actor: 'Deniz Aral',
            reason: 'First denial',
            evidence: 'There is no such plan, Aral said.',
            firstArticleUrl: 'https://harbour.example/a1',
            createdAt: '2025-10-21T09:00:00Z',
            sources: 3,
          },
          {
            eventKey: 'new:lease-talks',
            kind: 'new-claim',
            claim: null,
            actor: 'Ali Kaya',
            reason: 'New claim',
            evidence: 'Kaya said the batteries could be leased abroad.',
            firstArticleUrl: 'https://news.example/k',
            createdAt: '2025-10-24T09:00:00Z',
            sources: 1,
          },
        ],
        counts: { articles: 5, relevant: 4, outlets: { 'Harbour Post': 3, Wire: 2 } },
      }),
    );
    expect(model.denials).toEqual([
      expect.objectContaining({
        actor: 'Deniz Aral',
        claimText: 'Ankara wants to send the batteries back.',
        outlet: 'Harbour Post',
        sources: 3,
      }),
    ]);
    expect(model.newClaims).toEqual([
      expect.objectContaining({ actor: 'Ali Kaya', outlet: 'news.example', url: 'https://news.example/k' }),
    ]);
    expect(model.actors.map((a) => [a.actor, a.positions])).toEqual([
      ['Ali Kaya', 2],
      ['Deniz Aral', 2],
      ['Harbour Post', 1],
    ]);
    expect(model.totals).toMatchObject({
      assertions: 2,
      denials: 2,
      contradictions: 0,
      articles: 5,
      relevant: 4,
      outlets: 2,
    });
    const text = renderDigestText(model);
    expect(text).toContain('Harbour Post, Tue 21 Oct · https://harbour.example/a1 (+2 more sources)');
    expect(text).toContain('Harbour Post 3 · Wire 2');
  });

  it('groups the failures of each feed and keeps the latest error', () => {
    const model = buildDigest(
      input({
        feedFailures: [
          { url: 'https://a.example/rss', error: 'timeout', at: '2025-10-21T10:00:00Z' },
          { url: 'https://a.example/rss', error: 'http-503', at: '2025-10-22T10:00:00Z' },
          { url: 'https://b.example/rss', error: 'malformed', at: '2025-10-23T10:00:00Z' },
          { url: 'https://c.example/rss', error: 'too old', at: '2025-10-01T10:00:00Z' },
        ],
      }),
    );
    expect(model.empty).toBe(false);
    expect(model.feedFailures).toEqual([
      { url: 'https://a.example/rss', failures: 2, lastError: 'http-503', lastAt: '2025-10-22T10:00:00Z' },
      { url: 'https://b.example/rss', failures: 1, lastError: 'malformed', lastAt: '2025-10-23T10:00:00Z' },
    ]);
  });
});
