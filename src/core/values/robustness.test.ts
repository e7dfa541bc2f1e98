import { describe, expect, it } from 'vitest';
import { extractValues, parseValue } from './index.js';

describe('reading values from messy text', () => {
  it.each([
    [''],
    ['   '],
    ['$$$ €€ ¥'],
    ['------ 1-2-3-4-5-6 ------'],
    ['.,.,.,1,,,2...3'],
    ['\u0000\u0001\uFFFF\uD800'],
    ['٣ ٤ ٥ 一二三'],
    ['999999999999999999999999999999 billion dollars'],
    ['a a a a a half half a a'],
    ['between and to or - – —'],
    ['Aralık Aralık 2017 2017 2017-'],
  ])('never throws on garbage: %j', (text) => {
    expect(() => extractValues(text, 'en')).not.toThrow();
    expect(() => extractValues(text, 'ru')).not.toThrow();
    expect(() => parseValue(text)).not.toThrow();
  });

  it('survives values that are not strings at all', () => {
    expect(extractValues(undefined as unknown as string, 'en')).toEqual([]);
    expect(extractValues('four divisions', undefined as unknown as string)).toHaveLength(1);
    expect(parseValue(null as unknown as string)).toBeNull();
  });

  it('reads a 20,000-character text quickly and finds every value in it', () => {
    const sentence =
      'In December 2017 Turkey bought four divisions for roughly $2.5 billion, due within 4-6 months. ';
    const text = sentence.repeat(Math.ceil(20_000 / sentence.length));
    const started = performance.now();
    const values = extractValues(text, 'en');
    const elapsed = performance.now() - started;
    expect(values).toHaveLength(4 * Math.ceil(20_000 / sentence.length));
    expect(elapsed).toBeLessThan(1000);
  });

  it.each([
    ['digits and commas', '1,'.repeat(50_000)],
    ['dashed digits', ' 2-'.repeat(33_000)],
    ['articles', ' a'.repeat(50_000)],
    ['at signs', '1@'.repeat(50_000)],
    ['month names', ' December'.repeat(11_000)],
  ])('stays fast on 100,000 characters of %s', (_name, text) => {
    // Quadratic work on this much text would take many seconds.
    const started = performance.now();
    extractValues(text, 'en');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('ignores numbers inside links, e-mail addresses and phone numbers', () => {
    const text = 'See https://example.com/2017/4-battalions or write to desk2017@example.org, call +7 495 123-45-67.';
    expect(extractValues(text, 'en')).toEqual([]);
  });

  it('ignores times, fractions and version numbers but still reads the counts beside them', () => {
    const values = extractValues('At 10:30, 3/4 of version 1.2.3 had 12 systems.', 'en').map((v) => v.text);
    expect(values).toEqual(['12 systems']);
  });

  it('reads every value of a seed-style sentence in order', () => {
    const sentence =
      'Turkey signed the contract in December 2017, valued at roughly $2.5 billion, received the first deliveries ' +
      'in July 2019 and conducted a test in October 2020.';
    expect(extractValues(sentence, 'en').map((v) => v.text)).toEqual([
      'December 2017',
      'roughly $2.5 billion',
      'July 2019',
      'October 2020',
    ]);
  });

  it('returns offsets that point at the words as written', () => {
    const sentence = 'Турция купила 4 дивизиона за 2,5 млрд долларов в декабре 2017 года.';
    for (const v of extractValues(sentence, 'ru')) expect(sentence.slice(v.start, v.end)).toBe(v.text);
  });

  it('accepts three-letter and regional language tags', () => {
    expect(extractValues('2,5 млрд долларов', 'rus')).toHaveLength(1);
    expect(extractValues('$2,500 million', 'en-GB')[0]?.normalised).toMatchObject({ amount: 2.5e9 });
    expect(extractValues('four divisions', 'und')[0]?.normalised).toMatchObject({ count: 4 });
  });
});
