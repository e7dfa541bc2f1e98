import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClaimSet, type LoadedClaimSet } from '../../src/app/claimset.js';
import { articleFromText } from '../../src/app/cli/input.js';
import { analyzeArticle, type Analysis } from '../../src/core/analyze.js';
import { stripBoilerplate } from '../../src/core/text/boilerplate.js';
import { normaliseText } from '../../src/core/text/normalise.js';
import { emptyHistory } from '../../src/core/types.js';

/**
 * Text as the engine reads it: Unicode NFKC, words typed in two alphabets folded to one, and publisher
 * furniture (share lines, "about us" blurbs, social links, disclosures) cut before it can become a finding.
 */

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const seedText = (file: string) => readFileSync(join(SEEDS, file), 'utf8');

let claimSet: LoadedClaimSet;
beforeAll(async () => {
  claimSet = await loadClaimSet('seeds/s400-turkey.claims.yaml');
});

function analyseSeed(file: string, outlet: string): Analysis {
  return analyzeArticle(articleFromText(seedText(file), `seeds/${file}`, outlet), claimSet.compiled, emptyHistory());
}

/** Every sentence the engine quoted back: findings, values and alerts. */
const quotedSentences = (r: Analysis) => [
  ...r.findings.map((f) => f.evidence),
  ...r.values.map((v) => v.evidence),
  ...r.alerts.map((a) => a.evidence),
  ...r.repeats.map((a) => a.evidence),
];

describe('names typed in two alphabets', () => {
  it('reads "Журавlev" (Cyrillic start, Latin end) as Zhuravlev', () => {
    expect(normaliseText('Alexei Журавlev said on Tuesday.')).toBe('Alexei Zhuravlev said on Tuesday.');
  });

  it('keeps "Пeсков" with one Latin e in Cyrillic, as Песков', () => {
    const out = normaliseText('Пeсков заявил журналистам.');
    expect(out).toBe('Песков заявил журналистам.');
    expect(out).not.toMatch(/\p{Script=Latin}/u);
  });

  it('folds every mixed word of a text, whichever alphabet it starts in, and leaves the words around them', () => {
    expect(normaliseText('Zhuravлев и Журавlev, а также Пeсков — все трое.')).toBe(
      'Zhuravlev и Zhuravlev, а также Песков - все трое.',
    );
  });

  it('keeps a Russian word with a Latin look-alike o in Cyrillic', () => {
    expect(normaliseText('кoмплексы С-400')).toBe('комплексы С-400');
  });

  it('leaves words written in one alphabet alone, whichever it is', () => {
    const text = 'Peskov, Песков, Türkiye, Sarıkaya and S-400 met Эрдоган.';
    expect(normaliseText(text)).toBe(text);
  });

  it('credits the seed articles\' "Журавlev" to Alexei Zhuravlev', () => {
    const report = analyseSeed('000_825e2efdc608fc0d.txt', 'unknown outlet (seed 000)');
    expect(report.findings.some((f) => f.actor === 'Alexei Zhuravlev')).toBe(true);
    expect(quotedSentences(report).join('\n')).not.toContain('Журавlev');
  });
});

describe('Unicode compatibility forms (NFKC)', () => {
  it('turns full-width letters and digits and ligatures into plain ones', () => {
    expect(normaliseText('ＡＮＫＡＲＡ ２０１７ ﬁnal')).toBe('ANKARA 2017 final');
  });

  it('turns non-breaking spaces into ordinary spaces and drops invisible characters', () => {
    expect(normaliseText('S-400\u00A0systems\u200B were bought')).toBe('S-400 systems were bought');
  });
});

describe('publisher boilerplate', () => {
  const nat = '002_c7e5a5608252c737.txt';
  const pa = '003_77dbd8d7fec1640d.txt';

  it('cuts News About Turkey\'s "about us" blurb and share lines but keeps the reporting', () => {
    const text = stripBoilerplate(normaliseText(seedText(nat)));
    expect(text).not.toContain('Founded by a small group');
    expect(text).not.toContain('Share This Article');
    expect(text).not.toContain('Leave a comment');
    expect(text).toContain('In practical terms, the ministry');
    expect(text).toContain("Turkey's Defense Ministry said Thursday");
  });

  it("never turns News About Turkey's blurb into a finding", () => {
    const quoted = quotedSentences(analyseSeed(nat, 'News About Turkey (NAT)')).join('\n');
    expect(quoted).not.toMatch(/Founded by|Erdogan regime|Keep in touch with us|most reliable source/);
  });

  it("cuts PA Turkey's disclosure and social links", () => {
    const text = stripBoilerplate(normaliseText(seedText(pa)));
    expect(text).not.toMatch(/youtube|facebook|Twitter|IMPORTANT DISCLOSURE/i);
    expect(text).toContain('Forty lawmakers, led by Democrat Chris Pappas');
  });

  it("never turns PA Turkey's social links or disclosure into a finding", () => {
    const quoted = quotedSentences(analyseSeed(pa, 'PA Turkey')).join('\n');
    expect(quoted).not.toMatch(/youtube|facebook|Twitter|@AtillaEng|DISCLOSURE|editorial board/i);
  });
});
