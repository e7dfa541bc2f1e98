import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractValues, extractValuesUngated } from '../../src/core/values/extract.js';
import { mayMentionValue } from '../../src/core/values/hint.js';
import { tokenize } from '../../src/core/text/tokens.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import { normaliseText } from '../../src/core/text/normalise.js';
import { detectLanguage } from '../../src/core/text/language.js';

/**
 * The value extractor skips sentences with nothing a value could be built around (no number, month, currency
 * or unit of time). That gate must never drop a value the readers would find: held here against every
 * sentence we have — seeds, follow-up articles, the stance sets, the demo feed, the claim set, and every
 * quoted example in the value readers' own tests.
 */

const root = join(import.meta.dirname, '..', '..');
const read = (...p: string[]) => readFileSync(join(root, ...p), 'utf8');
const txtIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => read(dir, f));

function corpus(): string[] {
  const texts = [
    ...txtIn('seeds'),
    ...txtIn('test/fixtures/articles'),
    read('demo/feed.xml'),
    read('seeds/s400-turkey.claims.yaml'),
  ];
  for (const f of ['dev.jsonl', 'eval.jsonl'])
    for (const line of read('test/fixtures/stance', f).split('\n').filter(Boolean)) {
      const row = JSON.parse(line) as { claim: string; text: string };
      texts.push(row.claim, row.text);
    }
  const sentences = texts.flatMap((t) => {
    const n = normaliseText(t);
    return splitSentences(n, detectLanguage(n)).map((s) => s.text);
  });
  // The readers' own examples: every quoted string in their test files.
  const dir = join(root, 'src/core/values');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.test.ts')))
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'((?:[^'\\\n]|\\.){3,})'|"((?:[^"\\\n]|\\.){3,})"/g))
      sentences.push(m[1] ?? m[2]!);
  return sentences;
}

describe('the value gate', () => {
  const sentences = corpus();

  it('has a corpus worth the name', () => {
    expect(sentences.length).toBeGreaterThan(1500);
  });

  it('drops no value the readers find, in any of the languages', () => {
    let withValues = 0;
    for (const s of sentences)
      for (const lang of ['en', 'ru', 'tr', 'fr', 'de', 'es']) {
        const all = extractValuesUngated(s, lang);
        if (all.length) withValues++;
        expect(extractValues(s, lang), `${lang}: ${s}`).toEqual(all);
        // The quick look on the matcher's tokens must let every such sentence through too.
        if (all.length) expect(mayMentionValue(s, tokenize(s)), `${lang}: ${s}`).toBe(true);
      }
    expect(withValues).toBeGreaterThan(300);
  });

  it('lets the quick look pass only a minority of ordinary sentences', () => {
    const passed = sentences.filter((s) => mayMentionValue(s, tokenize(s))).length;
    expect(passed).toBeLessThan(sentences.length * 0.6);
  });

  it('skips sentences with nothing to read', () => {
    expect(extractValues('The minister said the talks were going well.', 'en')).toEqual([]);
    expect(extractValues('Deliveries are due within a year.', 'en').length).toBe(1);
  });
});
