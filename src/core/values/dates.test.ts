import { describe, expect, it } from 'vitest';
import { extractValues, parseValue } from './index.js';

const dates = (sentence: string, lang: string) =>
  extractValues(sentence, lang)
    .filter((v) => v.normalised.kind === 'date')
    .map((v) => v.normalised);

const day = (iso: string) => ({ kind: 'date', from: iso, to: iso, precision: 'day' });
const month = (iso: string) => ({ kind: 'date', from: iso, to: iso, precision: 'month' });
const years = (from: string, to = from) => ({ kind: 'date', from, to, precision: 'year' });

describe('dates and date ranges', () => {
  it.each([
    ['signed in 2017', 'en', years('2017')],
    ['in December 2017', 'en', month('2017-12')],
    ['в декабре 2017 года', 'ru', month('2017-12')],
    ['Aralık 2017', 'tr', month('2017-12')],
    ["Aralık 2017'de imzalandı", 'tr', month('2017-12')],
    ['en décembre 2017', 'fr', month('2017-12')],
    ['im Dezember 2017', 'de', month('2017-12')],
    ['en diciembre de 2017', 'es', month('2017-12')],
    ['the first deliveries in July 2019', 'en', month('2019-07')],
    ['on September 3, 2025', 'en', day('2025-09-03')],
    ['on 3 September 2025', 'en', day('2025-09-03')],
    ['3 сентября 2025 года', 'ru', day('2025-09-03')],
    ['am 3. September 2025', 'de', day('2025-09-03')],
    ['el 3 de septiembre de 2025', 'es', day('2025-09-03')],
    ['on 2025-09-03', 'en', day('2025-09-03')],
    ['am 03.09.2025', 'de', day('2025-09-03')],
    ['postponed to 2026–2027', 'en', years('2026', '2027')],
    ['postponed to 2026-2027', 'en', years('2026', '2027')],
    ['the 2026-27 season', 'en', years('2026', '2027')],
    ['between 2026 and 2027', 'en', years('2026', '2027')],
    ['в 2026–2027 годах', 'ru', years('2026', '2027')],
    ['с 2026 по 2027 год', 'ru', years('2026', '2027')],
    ['2026 ile 2027 arasında', 'tr', years('2026', '2027')],
    ['entre 2026 et 2027', 'fr', years('2026', '2027')],
    ['zwischen 2026 und 2027', 'de', years('2026', '2027')],
    ['from October to December 2020', 'en', { kind: 'date', from: '2020-10', to: '2020-12', precision: 'month' }],
    [
      'between October 2020 and March 2021',
      'en',
      { kind: 'date', from: '2020-10', to: '2021-03', precision: 'month' },
    ],
    ['from mid-2019', 'en', years('2019')],
  ])('reads "%s" (%s)', (text, lang, expected) => {
    expect(dates(text, lang)).toEqual([expected]);
  });

  it('keeps two years joined by a bare "and" apart, since that is a list and not a range', () => {
    expect(dates('in 2017 and 2019', 'en')).toEqual([years('2017'), years('2019')]);
  });

  it('does not build a range that runs backwards', () => {
    expect(dates('from 2019 to 2017', 'en')).toEqual([years('2019'), years('2017')]);
  });

  it.each([
    ['The clarification came after a September 3 report by Nefes.'],
    ['In December of the same year, sanctions followed.'],
    ['Erdogan raised the issue in October.'],
    ['Talks were held last week and last summer.'],
    ['On 3 September, the ministry spoke.'],
  ])('gives nothing for a date without a year: "%s"', (text) => {
    expect(extractValues(text, 'en')).toEqual([]);
  });

  it('does not read the day of a year-less date as a count', () => {
    expect(extractValues('After the September 3 report, two officials spoke.', 'en').map((v) => v.text)).toEqual([
      'two officials',
    ]);
  });

  it.each([['the 1990s'], ['FY2025 budget'], ['09/03/2025'], ['at 10:30']])('reads no date in "%s"', (text) => {
    expect(dates(text, 'en')).toEqual([]);
  });

  it('rejects days that are not on the calendar', () => {
    expect(dates('on 2025-02-30', 'en')).toEqual([]);
    expect(dates('on 29 February 2024', 'en')).toEqual([day('2024-02-29')]);
  });

  it('parses claim-set dates', () => {
    expect(parseValue('October 2020')).toEqual(month('2020-10'));
    expect(parseValue('2026–2027')).toEqual(years('2026', '2027'));
    expect(parseValue('декабрь 2017')).toEqual(month('2017-12'));
    expect(parseValue('September 3')).toBeNull();
  });
});
