import type { AlertDecision, AnalysisReport } from '../src/core/types.js';
import type { ArticleMeta, ItemKeys, NewArticle, RecordAnalysisInput, Route } from '../src/store/index.js';

/**
 * Builders for the store contract tests. The story and people are made up for these tests;
 * every builder takes overrides so a test states only what it is about.
 */

export const T0 = '2025-03-03T09:00:00.000Z';
export const STORY = 's400-turkey';

/** An instant `minutes` after T0 (negative for before). */
export function minutesAfter(minutes: number, from = T0): string {
  return new Date(Date.parse(from) + minutes * 60_000).toISOString();
}

export function anArticle(
  n: number,
  over: Omit<Partial<NewArticle>, 'keys'> & { keys?: Partial<ItemKeys> } = {},
): NewArticle {
  const url = `https://wire.example/defence/s400-${n}`;
  const { keys, ...rest } = over;
  return {
    feedId: null,
    url,
    title: `Ankara and the S-400 question, part ${n}`,
    source: 'Example Wire',
    published: '2025-03-02T08:30:00Z',
    text: `A made-up report number ${n} about the future of the S-400 batteries bought by Turkey.`,
    fetchedAt: T0,
    ...rest,
    keys: { guid: `wire-${n}`, canonicalUrl: url, contentHash: `hash-${n}`, ...keys },
  };
}

export function metaOf(a: NewArticle): ArticleMeta {
  return { url: a.url, title: a.title, source: a.source, published: a.published };
}

export function aDenial(over: Partial<AlertDecision> = {}): AlertDecision {
  return {
    kind: 'denial',
    claim: 's400-return',
    claimText: 'Turkey will hand its S-400 systems back to Russia',
    actor: 'Deniz Kaya',
    evidence: '"No such transfer is on the table," said Deniz Kaya, a fictional ministry spokesperson.',
    conflictsWith: [],
    reason: 'A ministry spokesperson denies, for the first time, that the S-400s are going back',
    eventKey: 'denial:s400-return:deniz-kaya',
    ...over,
  };
}

export function aReport(a: NewArticle, alerts: AlertDecision[], over: Partial<AnalysisReport> = {}): AnalysisReport {
  return {
    url: a.url,
    title: a.title,
    published: a.published,
    language: 'en',
    relevant: true,
    story: STORY,
    relevance: 0.92,
    findings: [
      {
        claim: 's400-return',
        claimText: 'Turkey will hand its S-400 systems back to Russia',
        stance: 'denies',
        actor: 'Deniz Kaya',
        evidence: '"No such transfer is on the table," said Deniz Kaya.',
        confidence: 0.84,
      },
      {
        claim: 's400-return',
        claimText: 'Turkey will hand its S-400 systems back to Russia',
        stance: 'reports',
        actor: null,
        evidence: 'Reports say the batteries could be shipped back.',
        confidence: 0.6,
      },
    ],
    values: [
      {
        attribute: 'quantity',
        claim: 's400-quantity',
        value: 'four batteries',
        normalised: { kind: 'count', count: 4, unit: 'battery' },
        evidence: 'Turkey operates four batteries, the report says.',
        actor: null,
      },
    ],
    alerts,
    ...over,
  };
}

export const twoDesks: Route[] = [
  { sink: 'slack', channel: 'C-DEFENCE' },
  { sink: 'discord', channel: '99001' },
];

export function analysisOf(
  articleId: number,
  a: NewArticle,
  report: AnalysisReport,
  over: Partial<Omit<RecordAnalysisInput, 'articleId' | 'report'>> = {},
): RecordAnalysisInput {
  return { articleId, report, article: metaOf(a), repeats: [], routes: () => twoDesks, at: minutesAfter(5), ...over };
}
