import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import anyAscii from 'any-ascii';
import { parse } from 'yaml';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClaimSet, type LoadedClaimSet } from '../../src/app/claimset.js';
import { articleFromText } from '../../src/app/cli/input.js';
import { analyzeArticle, type Analysis } from '../../src/core/analyze.js';
import type { AlertDecision, History } from '../../src/core/types.js';

/**
 * Follow-up articles written for this project (test/fixtures/articles), each with exactly the alerts a
 * journalist should get from it: new denials in three languages, repeats, a syndicated copy, value,
 * attribution and translation conflicts, a mixed-alphabet name, and near-misses. Data: expected.yaml there.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'articles');

const alertSpec = z.object({
  kind: z.enum(['denial', 'contradiction', 'new-claim']),
  claim: z.string().nullable(),
  actor: z.string().nullable(),
});
const fixtureSpec = z.object({
  file: z.string(),
  about: z.string(),
  outlet: z.string().default('Fictional Wire'),
  language: z.string(),
  relevant: z.boolean(),
  alerts: z.array(alertSpec),
  history: z.array(z.string()).default([]),
  repeats: z.array(alertSpec).default([]),
});
type Fixture = z.infer<typeof fixtureSpec>;
type AlertSpec = z.infer<typeof alertSpec>;

const fixtures: Fixture[] = z
  .object({ articles: z.array(fixtureSpec).min(1) })
  .parse(parse(readFileSync(join(DIR, 'expected.yaml'), 'utf8'))).articles;
const byFile = new Map(fixtures.map((f) => [f.file, f]));

let claimSet: LoadedClaimSet;
beforeAll(async () => {
  claimSet = await loadClaimSet('seeds/s400-turkey.claims.yaml');
});

/**
 * What the store would know after recording these reports, the way the pipeline records them:
 * every finding becomes a position, every value a learned value, every alert an alerted event.
 */
function historyAfter(reports: Analysis[]): History {
  const source = (r: Analysis, outlet: string) => ({ outlet, where: r.url, date: null });
  return {
    positions: reports.flatMap((r) =>
      r.findings.map((f) => ({
        claim: f.claim,
        actor: f.actor ?? outletOf(r),
        stance: f.stance,
        source: source(r, outletOf(r)),
        evidence: f.evidence,
      })),
    ),
    values: reports.flatMap((r) =>
      r.values.map((v) => ({
        attribute: v.attribute,
        claim: v.claim,
        value: v.value,
        normalised: v.normalised,
        source: source(r, outletOf(r)),
      })),
    ),
    alertedEvents: new Set(reports.flatMap((r) => r.alerts.map((a) => a.eventKey))),
  };
}

const outlets = new Map<string, string>();
const outletOf = (r: Analysis) => outlets.get(r.url) ?? 'Fictional Wire';

/** Analyse one fixture after its history fixtures, each analysed after the ones before it. */
function analyse(fx: Fixture): { report: Analysis; earlier: Analysis[] } {
  const earlier: Analysis[] = [];
  for (const name of fx.history) {
    const prior = byFile.get(name);
    if (!prior) throw new Error(`${fx.file}: history names ${name}, which expected.yaml does not list`);
    earlier.push(analyseOne(prior, historyAfter(earlier)));
  }
  return { report: analyseOne(fx, historyAfter(earlier)), earlier };
}

function analyseOne(fx: Fixture, history: History): Analysis {
  const url = `test/fixtures/articles/${fx.file}`;
  outlets.set(url, fx.outlet);
  const article = articleFromText(readFileSync(join(DIR, fx.file), 'utf8'), url, fx.outlet);
  return analyzeArticle(article, claimSet.compiled, history);
}

/** A speaker's name compares the same in Cyrillic, Turkish or plain Latin letters ("Мурат Озкан" = "Murat Ozkan"). */
const sameName = (name: string | null) => (name === null ? '-' : anyAscii(name).toLowerCase().replace(/['’]/g, ''));
const key = (a: AlertSpec) => `${a.kind} ${a.claim ?? '-'} ${sameName(a.actor)}`;
/** The engine's alerts, with reasons and evidence, for the failure message. */
const explain = (alerts: AlertDecision[]) =>
  alerts
    .map((a) => `  ${a.kind} ${a.claim ?? '-'} [${a.actor ?? '-'}] ${a.reason}\n    evidence: ${a.evidence}`)
    .join('\n') || '  (none)';

describe('follow-up articles on the S-400 story', () => {
  it.each(fixtures.map((f) => [f.about, f] as const))('%s', (_about, fx) => {
    const { report, earlier } = analyse(fx);
    const alerts = explain(report.alerts);
    const context = `${fx.file}\nengine alerts:\n${alerts}\nengine repeats:\n${explain(report.repeats)}`;

    expect(report.language, context).toBe(fx.language);
    expect(report.relevant, context).toBe(fx.relevant);
    expect(report.alerts.map(key).sort(), context).toEqual(fx.alerts.map(key).sort());

    if (!fx.relevant) expect(report.findings, context).toEqual([]);
    for (const r of fx.repeats) expect(report.repeats.map(key), context).toContain(key(r));
    // A copy of an article already alerted on refers to the same events: each one becomes a repeat.
    if (fx.repeats.length) {
      const before = earlier.flatMap((e) => e.alerts.map((a) => a.eventKey));
      expect(before.length, context).toBeGreaterThan(0);
      expect(
        report.repeats.map((a) => a.eventKey),
        context,
      ).toEqual(expect.arrayContaining(before));
    }
  });

  it('every alert carries a reason, its evidence sentence and an event key', () => {
    for (const fx of fixtures) {
      for (const a of analyse(fx).report.alerts) {
        expect(a.reason.length, fx.file).toBeGreaterThan(10);
        expect(a.evidence.length, fx.file).toBeGreaterThan(10);
        expect(a.eventKey, fx.file).not.toBe('');
      }
    }
  });

  it('a contradiction names the record it conflicts with', () => {
    for (const fx of fixtures) {
      for (const a of analyse(fx).report.alerts.filter((x) => x.kind === 'contradiction')) {
        expect(a.conflictsWith.length, `${fx.file}: ${a.reason}`).toBeGreaterThan(0);
      }
    }
  });

  it('every fixture is a fictional article of a plausible length', () => {
    for (const fx of fixtures) {
      const body = articleFromText(readFileSync(join(DIR, fx.file), 'utf8'), fx.file, fx.outlet).text.trim();
      expect(body.split('\n')[0], fx.file).toMatch(
        /^(Fictional test article\.|Вымышленная тестовая статья\.|Kurgusal test haberi\.)$/,
      );
      const words = body.split(/\s+/).length;
      expect(words, fx.file).toBeGreaterThanOrEqual(80);
      expect(words, fx.file).toBeLessThanOrEqual(250);
    }
  });
});
