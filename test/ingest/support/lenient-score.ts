import { caseBytes, LENIENT_CASES, type LenientCase } from './lenient-cases.js';

/** The two functions the poller reads a feed with (passed in, so an older build can be scored the same way). */
export interface FeedReader {
  decodeBody(bytes: Uint8Array, contentType: string | null): string;
  parseFeed(
    xml: string,
    options?: { baseUrl?: string },
  ): Promise<{ title: string | null; items: Array<{ title: string; link: string | null }> }>;
}

export interface CaseScore {
  failure: string;
  parsed: boolean;
  titlesRight: number;
  linksRight: number;
  expected: number;
  problems: string[];
}

/** Read one case as the poller would (bytes → text → feed) and compare with what a reader should see. */
export async function scoreCase(c: LenientCase, reader: FeedReader): Promise<CaseScore> {
  const score: CaseScore = {
    failure: c.failure,
    parsed: false,
    titlesRight: 0,
    linksRight: 0,
    expected: c.items.length,
    problems: [],
  };
  let feed: Awaited<ReturnType<FeedReader['parseFeed']>>;
  try {
    const text = reader.decodeBody(caseBytes(c), c.contentType ?? 'application/xml');
    feed = await reader.parseFeed(text, c.baseUrl ? { baseUrl: c.baseUrl } : {});
  } catch (err) {
    score.problems.push(`refused: ${String(err)}`);
    return score;
  }
  score.parsed = feed.items.length === c.items.length;
  if (!score.parsed) score.problems.push(`${feed.items.length} items, expected ${c.items.length}`);
  if (c.feedTitle !== undefined && feed.title !== c.feedTitle)
    score.problems.push(`feed title ${JSON.stringify(feed.title)}`);
  c.items.forEach((want, i) => {
    const got = feed.items[i];
    if (got?.title === want.title) score.titlesRight++;
    else score.problems.push(`title ${JSON.stringify(got?.title)} ≠ ${JSON.stringify(want.title)}`);
    if (got?.link === want.link) score.linksRight++;
    else score.problems.push(`link ${JSON.stringify(got?.link)} ≠ ${JSON.stringify(want.link)}`);
  });
  return score;
}

export async function scoreAll(reader: FeedReader): Promise<CaseScore[]> {
  const scores: CaseScore[] = [];
  for (const c of LENIENT_CASES) scores.push(await scoreCase(c, reader));
  return scores;
}

/** One line per case, then the totals: `files parsed a/b, titles right c/d, links right e/f`. */
export function report(scores: CaseScore[]): string {
  const lines = scores.map((s) => {
    const verdict = s.parsed && !s.problems.length ? 'ok  ' : 'FAIL';
    return `${verdict} ${s.failure}${s.problems.length ? ` — ${s.problems.join('; ')}` : ''}`;
  });
  const sum = (f: (s: CaseScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const expected = sum((s) => s.expected);
  lines.push(
    `files parsed ${sum((s) => (s.parsed ? 1 : 0))}/${scores.length}, ` +
      `titles right ${sum((s) => s.titlesRight)}/${expected}, links right ${sum((s) => s.linksRight)}/${expected}`,
  );
  return lines.join('\n');
}

// `npx tsx test/ingest/support/lenient-score.ts [path/to/src/ingest/index.ts]` prints the figures.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/test\//, '/test/'))) {
  const target = process.argv[2] ?? new URL('../../../src/ingest/index.ts', import.meta.url).pathname;
  const reader = (await import(target)) as FeedReader;
  console.log(report(await scoreAll(reader)));
}
