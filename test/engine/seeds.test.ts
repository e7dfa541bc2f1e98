import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClaimSet, type LoadedClaimSet } from '../../src/app/claimset.js';
import { articleFromText } from '../../src/app/cli/input.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory } from '../../src/core/types.js';

/**
 * The claim set was curated from these five articles, so the engine must find them on the story and find
 * nothing in them that is news: every position, value and quote in them is already on record.
 */

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

/** Each seed and the outlet the claim set credits it to. */
const seeds: Array<[file: string, outlet: string]> = [
  ['000_825e2efdc608fc0d.txt', 'unknown outlet (seed 000)'],
  ['001_b26622a82de020d5.txt', 'unknown outlet (seed 001)'],
  ['002_c7e5a5608252c737.txt', 'News About Turkey (NAT)'],
  ['003_77dbd8d7fec1640d.txt', 'PA Turkey'],
  ['004_a728d8f1974b9c09.txt', 'Pravda.Ru'],
];

let claimSet: LoadedClaimSet;
beforeAll(async () => {
  claimSet = await loadClaimSet('seeds/s400-turkey.claims.yaml');
});

function analyseSeed(file: string, outlet: string) {
  const article = articleFromText(readFileSync(join(SEEDS, file), 'utf8'), `seeds/${file}`, outlet);
  return analyzeArticle(article, claimSet.compiled, emptyHistory());
}

/** One line per alert, so a failure shows what the engine thought was news. */
const describeAlerts = (alerts: ReturnType<typeof analyseSeed>['alerts']) =>
  alerts.map((a) => `${a.kind} ${a.claim ?? '-'} [${a.actor ?? '-'}]: ${a.reason} | ${a.evidence}`);

describe('the seed articles the claim set was built from', () => {
  it.each(seeds)('seed %s (%s) is on the story and raises no alert', (file, outlet) => {
    const report = analyseSeed(file, outlet);
    expect(report.relevant).toBe(true);
    expect(report.story).toBe('s400-turkey');
    expect(report.language).toBe('en');
    expect(describeAlerts(report.alerts)).toEqual([]);
  });

  it.each(seeds)('seed %s (%s) yields findings on claims of the set', (file, outlet) => {
    const report = analyseSeed(file, outlet);
    const ids = new Set(claimSet.file.claims.map((c) => c.id));
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(ids.has(f.claim)).toBe(true);
  });

  it("seed 004 credits Peskov's denial that the return was on the Ashgabat agenda to Dmitry Peskov", () => {
    const report = analyseSeed('004_a728d8f1974b9c09.txt', 'Pravda.Ru');
    const peskov = report.findings.filter(
      (f) => f.claim === 'return-raised-in-ashgabat' && f.actor === 'Dmitry Peskov',
    );
    expect(peskov.map((f) => f.stance)).toContain('denies');
  });
});
