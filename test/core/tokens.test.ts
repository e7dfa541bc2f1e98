import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/text/tokens.js';
import { fold, tokenize as valueTokens } from '../../src/core/values/text.js';

/**
 * The tokeniser scans words by hand and remembers word forms by their characters. Here it is held to the
 * plain definition: every match of /[\p{L}\p{N}\p{M}]+(?:[-'][\p{L}\p{N}\p{M}]+)* /u, in order, at its offset,
 * except that a Chinese or Japanese character is a word of its own (those scripts put no spaces between words).
 */
const IDEOGRAPH = String.raw`\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u31f0-\u31ff`;
const PART = String.raw`(?:(?![${IDEOGRAPH}])[\p{L}\p{N}\p{M}])+`;
const WORD = new RegExp(String.raw`(?=[\p{L}\p{N}\p{M}])[${IDEOGRAPH}]|${PART}(?:[-']${PART})*`, 'gu');

function words(text: string): Array<{ word: string; at: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index }));
}

/** Each word tokenised alone, for comparison with the same word met inside a text. */
function alone(word: string) {
  return tokenize(` ${word} `).map((t) => ({ norm: t.norm, stem: t.stem, short: t.short }));
}

const SAMPLES = [
  "Turkey's S-400 (С-400, S400s) didn't go back; Ankara'nın 'iade' planı yok.",
  'Журавlev: «Россия не обсуждала выкуп С-400», — заявил он 12.11.2025.',
  'Ərdoğan, İstanbul, ĞÜŞÖÇ, ığüşöç — Dışişleri Bakanlığı açıklama yapmadı.',
  "Éléments: naïve coöperation, Straße, café-au-lait, l’armée, aujourd'hui.",
  "Edge --- cases: -leading, trailing-, dou--ble, it''s, 'quoted', x-y-z, 4-6, 2017-2019.",
  'Combining: e\u0301te\u0301, a\u0308, 𝐀𝐁𝐂 math letters, 𠮷 astral Han, emoji 🚀 stays out, lone \ud800 surrogate.',
  'Arabic قال المتحدث and Hindi प्रवक्ता ने कहा, 日本語のテキスト, 한국어 문장.',
  '',
  '   ',
  "n't alone, won't, can't, Didn't, ISN'T",
];

describe('tokenize', () => {
  const corpus = [
    ...SAMPLES,
    ...readdirSync('seeds')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`seeds/${f}`, 'utf8')),
    ...readdirSync('test/fixtures/articles')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`test/fixtures/articles/${f}`, 'utf8')),
  ];

  it('finds the words the plain pattern finds, at the same offsets, with the forms each word has alone', () => {
    let checked = 0;
    for (const text of corpus) {
      const got = tokenize(text);
      const expected = words(text).flatMap(({ word, at }) => {
        const forms = alone(word);
        // A word's own tokens ("didn't" → "did" + "not"): the first at the word, the "not" at its "n't".
        return forms.map((f, k) => ({ ...f, start: k === 0 && f.norm !== 'not' ? at : at + word.length - 3 }));
      });
      expect(got.map((t) => ({ norm: t.norm, stem: t.stem, short: t.short, start: t.start }))).toEqual(expected);
      checked += got.length;
    }
    expect(checked).toBeGreaterThan(3_000);
  });

  it('reads Chinese and Japanese one character at a time, so a name is found inside running text', () => {
    expect(
      tokenize('克里姆林宫发言人佩斯科夫表示')
        .map((t) => t.norm)
        .slice(8, 12),
    ).toEqual(['佩', '斯', '科', '夫']);
    expect(
      tokenize('プーチン大統領')
        .map((t) => t.norm)
        .slice(0, 4),
    ).toEqual(['プ', 'ー', 'チ', 'ン']);
    expect(tokenize('S-400导弹').map((t) => t.norm)).toEqual(['s400', '导', '弹']);
  });

  it("lets a Taiwanese outlet's traditional characters meet the simplified ones of a claim set", () => {
    const norms = (text: string) => tokenize(text).map((t) => t.norm);
    expect(norms('日產汽車股權')).toEqual(norms('日产汽车股权'));
    expect(norms('鴻海')).toEqual(norms('鸿海'));
  });

  it('folds scripts and model names as the matcher expects', () => {
    const norms = (text: string) => tokenize(text).map((t) => t.norm);
    expect(norms('S-400 С-400 S400s')).toEqual(['s400', 's400', 's400']);
    expect(norms('Журавlev')).toEqual(norms('Zhuravlev'));
    expect(norms("didn't")).toEqual(['did', 'not']);
    expect(norms("Ankara'nın")).toEqual(['ankara']);
    expect(norms('𝐀𝐁𝐂')).toEqual(['abc']);
    // Arabic words opening with "إ" (folded to an apostrophe) keep their letters.
    expect(norms('قال إن إيران').length).toBe(3);
    // "Information" is a word for a report, not the verb "inform": their stems differ.
    const stems = (text: string) => tokenize(text).map((t) => t.stem);
    expect(stems('information informations')).toEqual([stems('information')[0], stems('information')[0]]);
    expect(stems('information')[0]).not.toBe(stems('informed')[0]);
  });

  it('gives the same tokens for a word however many other words were met before it', () => {
    const before = tokenize('Zhuravlev denied the report about the S-400 return.');
    // Far more distinct words than the form table holds at first: it grows (and starts afresh when full).
    for (let i = 0; i < 300_000; i++) tokenize(`w${i.toString(36)}x and z${i}`);
    expect(tokenize('Zhuravlev denied the report about the S-400 return.')).toEqual(before);
  });
});

/** The value readers' tokens by their plain definition: links whole, then /[\p{L}\p{M}]+|[0-9]+|\S/u pieces. */
function plainValueTokens(sentence: string) {
  const LINK = sentence.includes('@')
    ? /(?:https?:\/\/|www\.)\S+|[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{1,63}/giu
    : /(?:https?:\/\/|www\.)\S+/giu;
  const out: Array<{ kind: string; text: string; start: number }> = [];
  const pieces = (from: number, to: number) => {
    for (const m of sentence.slice(from, to).matchAll(/[\p{L}\p{M}]+|[0-9]+|\S/gu)) {
      const kind = /^[0-9]/.test(m[0]) ? 'num' : /^[\p{L}\p{M}]/u.test(m[0]) ? 'word' : 'sym';
      out.push({ kind, text: m[0], start: from + m.index });
    }
  };
  let last = 0;
  for (const m of sentence.matchAll(LINK)) {
    pieces(last, m.index);
    out.push({ kind: 'skip', text: m[0], start: m.index });
    last = m.index + m[0].length;
  }
  pieces(last, sentence.length);
  return out.map((t, k) => ({
    ...t,
    end: t.start + t.text.length,
    gap: k ? sentence.slice(out[k - 1]!.start + out[k - 1]!.text.length, t.start) : ' ',
    key: t.kind === 'word' ? fold(t.text) : t.text,
  }));
}

describe('value tokens', () => {
  const sentences = [
    ...SAMPLES,
    'Contract: $2.5 billion (US$2,5 млрд), 15 000 units, 90 days, 9 batteries, 0.75, 4–6 months, ٣ items, see' +
      ' https://example.org/a-1?x=2 or desk@example.org.',
    'Tab\tand\u00a0no-break\u2009thin spaces, \u3000 ideographic; 2017-12-29; 10:30; №5; 3½; ½; 1,000,000.',
    ...readdirSync('seeds')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`seeds/${f}`, 'utf8')),
  ];
  it('are the pieces the plain pattern finds, with offsets, gaps and folded keys', () => {
    let checked = 0;
    for (const s of sentences) {
      expect(
        valueTokens(s).map(({ kind, text, key, start, end, gap }) => ({ kind, text, key, start, end, gap })),
      ).toEqual(plainValueTokens(s));
      checked += valueTokens(s).length;
    }
    expect(checked).toBeGreaterThan(3_000);
  });
});
