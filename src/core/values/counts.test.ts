import { describe, expect, it } from 'vitest';
import { extractValues, parseValue } from './index.js';

const counts = (sentence: string, lang: string) =>
  extractValues(sentence, lang)
    .filter((v) => v.normalised.kind === 'count')
    .map((v) => v.normalised);

describe('counts with their units', () => {
  it.each([
    ['four divisions', 'en', 4, 'battalion'],
    ['4 дивизиона', 'ru', 4, 'battalion'],
    ['четырёх дивизионов', 'ru', 4, 'battalion'],
    ['два полка', 'ru', 2, 'regiment'],
    ['двух батарей', 'ru', 2, 'battery'],
    ['dört S-400 bataryası', 'tr', 4, 'battery'],
    ['iki tabur', 'tr', 2, 'battalion'],
    ['quatre bataillons', 'fr', 4, 'battalion'],
    ['deux batteries', 'fr', 2, 'battery'],
    ['vier Bataillone', 'de', 4, 'battalion'],
    ['zwei Batterien', 'de', 2, 'battery'],
    ['cuatro batallones', 'es', 4, 'battalion'],
    ['dos baterías', 'es', 2, 'battery'],
    ['36 пусковых установок', 'ru', 36, 'launcher'],
    ['192 ракеты', 'ru', 192, 'missile'],
    ['a dozen missiles', 'en', 12, 'missile'],
    ['a pair of jets', 'en', 2, 'aircraft'],
    ['twenty-five aircraft', 'en', 25, 'aircraft'],
    ['one hundred and fifty troops', 'en', 150, 'people'],
    ['half a million troops', 'en', 500_000, 'people'],
    ['2,000 soldiers', 'en', 2000, 'people'],
    ['15 000 солдат', 'ru', 15_000, 'people'],
    ['bin asker', 'tr', 1000, 'people'],
    ['1.5 million people', 'en', 1_500_000, 'people'],
    ['сто двадцать комплексов', 'ru', 120, 'system'],
  ])('reads "%s" (%s) as %d of unit %s', (text, lang, count, unit) => {
    expect(counts(text, lang)).toEqual([{ kind: 'count', count, unit }]);
  });

  it('counts a battery past the model name in "two S-400 batteries"', () => {
    expect(counts('Turkey purchased two S-400 batteries for $2.5 billion.', 'en')).toEqual([
      { kind: 'count', count: 2, unit: 'battery' },
    ]);
  });

  it('falls back to the noun itself for things outside the known classes', () => {
    expect(counts('Forty lawmakers, led by a Democrat, urged the secretary to act.', 'en')).toEqual([
      { kind: 'count', count: 40, unit: 'lawmaker' },
    ]);
    expect(counts('Two Turkish officials and five unnamed sources spoke.', 'en')).toEqual([
      { kind: 'count', count: 2, unit: 'official' },
      { kind: 'count', count: 5, unit: 'source' },
    ]);
  });

  it('does not count the systems that merely appear near another counted noun', () => {
    expect(counts('Four journalists covering missile tests were there.', 'en')).toEqual([
      { kind: 'count', count: 4, unit: 'journalist' },
    ]);
  });
});

describe('numbers that are not counts', () => {
  it('reads "in 2017" as a year, never as a count', () => {
    const values = extractValues('In 2017, Turkey bought the systems.', 'en').map((v) => v.normalised);
    expect(values).toEqual([{ kind: 'date', from: '2017', to: '2017', precision: 'year' }]);
  });

  it('reads a four-digit number right before a unit as a count ("2000 troops")', () => {
    expect(counts('About 2000 troops were sent.', 'en')).toEqual([{ kind: 'count', count: 2000, unit: 'people' }]);
  });

  it.each([
    ['the F-35 fighter jets', 'en'],
    ['S-400 systems', 'en'],
    ['С-400 комплексы', 'ru'],
    ['S400 batteries', 'en'],
    ['F-35s arrived', 'en'],
    ['Su-57 and MiG-29 jets', 'en'],
    ['COVID-19 rules', 'en'],
  ])('treats the number in the model name "%s" as part of the name', (text, lang) => {
    expect(extractValues(text, lang)).toEqual([]);
  });

  it.each([
    ['The price rose 5% last week.'],
    ['Prices rose 5 percent.'],
    ['Fiyatlar yüzde 5 arttı.'],
    ['Fiyatlar %5 arttı.'],
  ])('does not take a percentage for a count: "%s"', (text) => {
    expect(counts(text, text.includes('Fiyat') ? 'tr' : 'en')).toEqual([]);
  });

  it('does not count clock time or a lone English scale word', () => {
    expect(counts('3 Min Read', 'en')).toEqual([]);
    expect(counts('Talks lasted two hours.', 'en')).toEqual([]);
    expect(counts('The billion deal was signed.', 'en')).toEqual([]);
  });

  it('reads a range of counts as its two ends, each in the unit of the range', () => {
    expect(counts('It may get two or three batteries, or 4-6 battalions.', 'en')).toEqual([
      { kind: 'count', count: 2, unit: 'battery' },
      { kind: 'count', count: 3, unit: 'battery' },
      { kind: 'count', count: 4, unit: 'battalion' },
      { kind: 'count', count: 6, unit: 'battalion' },
    ]);
    expect(counts('Between 8 and 13 officers died; some 10 to 12 thousand soldiers were sent.', 'en')).toEqual([
      { kind: 'count', count: 8, unit: 'people' },
      { kind: 'count', count: 13, unit: 'people' },
      { kind: 'count', count: 10000, unit: 'people' },
      { kind: 'count', count: 12000, unit: 'people' },
    ]);
    expect(counts('Від 10 до 12 тисяч військових.', 'uk')).toEqual([
      { kind: 'count', count: 10000, unit: 'people' },
      { kind: 'count', count: 12000, unit: 'people' },
    ]);
  });

  it('reads no range where the far end is smaller or the pair is a score', () => {
    expect(counts('They won 3-2 and sent 12 to 10 soldiers.', 'en')).toEqual([]);
  });

  it('does not read the indefinite article as one', () => {
    expect(counts('Ankara bought un système, ein System, bir sistem.', 'fr')).toEqual([]);
    expect(counts('one unnamed source told Bloomberg', 'en')).toEqual([]);
  });

  it('parses a bare number in a claim set as a count without a unit', () => {
    expect(parseValue('4')).toEqual({ kind: 'count', count: 4, unit: null });
    expect(parseValue('four')).toEqual({ kind: 'count', count: 4, unit: null });
  });
});
