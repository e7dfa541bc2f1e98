import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { refinedRecord, sameMagnitude, sameSeason, valuesAgree } from './compare.js';
import { parseValue } from './parse.js';
import type { NormalisedValue } from '../types.js';

/**
 * Percentages, Chinese/Japanese/Korean figures and dates, number words of Ukrainian and Russian, and dates written
 * relative to the day a report came out. Every sentence here is invented for the test.
 */

// A Sunday: "Thursday" is three days back, "last year" is 2023.
const SUNDAY = { published: '2024-11-10T08:00:00Z' };

const read = (text: string, lang: string, opts = SUNDAY): NormalisedValue[] =>
  extractValues(text, lang, opts).map((v) => v.normalised);
const day = (iso: string): NormalisedValue => ({ kind: 'date', from: iso, to: iso, precision: 'day' });
const month = (iso: string): NormalisedValue => ({ kind: 'date', from: iso, to: iso, precision: 'month' });
const people = (count: number): NormalisedValue => ({ kind: 'count', count, unit: 'people' });

describe('shares in per cent', () => {
  it('reads a stake however the language writes the sign or the word', () => {
    expect(read('The bank holds about 24% of the shipyard.', 'en')).toEqual([{ kind: 'percent', value: 24 }]);
    expect(read('Die Bank hält rund 31 Prozent der Werft.', 'de')).toEqual([{ kind: 'percent', value: 31 }]);
    expect(read('El banco posee el 18,5 % del astillero.', 'es')).toEqual([{ kind: 'percent', value: 18.5 }]);
    expect(read('Banka tersanenin yüzde 40 hissesine sahip.', 'tr')).toEqual([{ kind: 'percent', value: 40 }]);
  });

  it('agrees with a rounded figure but not with another stake', () => {
    expect(valuesAgree({ kind: 'percent', value: 35 }, { kind: 'percent', value: 36 })).toBe(true);
    expect(valuesAgree({ kind: 'percent', value: 24 }, { kind: 'percent', value: 34 })).toBe(false);
  });
});

describe('figures in Chinese, Japanese and Korean', () => {
  it('reads ten-thousands and their mixtures with digits as one number of people', () => {
    expect(read('港口共有约1万2000名工人参加罢工。', 'zh')).toEqual([people(12000)]);
    expect(read('조합원 1만2천 명이 거리로 나섰다.', 'ko')).toEqual([people(12000)]);
    expect(read('参加者は約3000人に上った。', 'ja')).toEqual([people(3000)]);
    expect(read('구조대원 300여 명이 투입됐다.', 'ko')).toEqual([people(300)]);
  });

  it('reads money with its scale and currency glued on', () => {
    expect(read('两家公司市值合计约540亿美元。', 'zh')).toEqual([
      { kind: 'money', amount: 54_000_000_000, currency: 'USD', approx: true },
    ]);
    expect(read('売上高30兆円を目指す。', 'ja')).toEqual([{ kind: 'money', amount: 30e12, currency: 'JPY' }]);
  });

  it('reads dates, and places a month or a day against the day of the report', () => {
    expect(read('新会社は2026年8月に上場する。', 'ja')).toEqual([month('2026-08')]);
    expect(read('협정은 지난 6월 체결됐다.', 'ko')).toEqual([month('2024-06')]);
    expect(read('最終契約は来年6月に結ぶ。', 'ja')).toEqual([month('2025-06')]);
    expect(read('工程于昨年11月开工。', 'zh')).toEqual([month('2023-11')]);
    expect(read('双方7日通话。', 'zh')).toEqual([day('2024-11-07')]);
    expect(read('선박들은 이달 8일부터 13일까지 이동했다.', 'ko')).toEqual([
      { kind: 'date', from: '2024-11-08', to: '2024-11-13', precision: 'day' },
    ]);
  });

  it('does not take the first character of Japan or of a company name for a day', () => {
    expect(read('3日本の港', 'ja')).toEqual([]);
  });
});

describe('number words of Ukrainian and Russian', () => {
  it('reads collective numerals and Ukrainian thousands', () => {
    expect(read('Загинули шестеро офіцерів.', 'uk')).toEqual([people(6)]);
    expect(read('Погибли трое военных.', 'ru')).toEqual([people(3)]);
    expect(read('На полігоні перебувають щонайменше три тисячі солдатів.', 'uk')).toEqual([people(3000)]);
    expect(read('Поранено понад двадцять військових.', 'uk')).toEqual([people(20)]);
  });
});

describe('dates relative to the report', () => {
  it('reads a weekday as the latest such day up to the report, in every language', () => {
    expect(read('The mayors met on Thursday.', 'en')).toEqual([day('2024-11-07')]);
    expect(read('Встреча прошла в четверг.', 'ru')).toEqual([day('2024-11-07')]);
    expect(read('Зустріч відбулася у середу.', 'uk')).toEqual([day('2024-11-06')]);
    expect(read('Das Treffen fand am Donnerstag statt.', 'de')).toEqual([day('2024-11-07')]);
    expect(read('시장들은 목요일 만났다.', 'ko')).toEqual([day('2024-11-07')]);
    expect(read('两位市长周四会面。', 'zh')).toEqual([day('2024-11-07')]);
  });

  it('reads a German weekday with the part of the day written into it', () => {
    expect(read('Die Bürgermeister trafen sich am Donnerstagabend.', 'de')).toEqual([day('2024-11-07')]);
  });

  it('lets a full date after the weekday decide ("Thursday, 7 October" is 7 October)', () => {
    expect(read('Зустріч відбулася у четвер, 7 жовтня.', 'uk')).toEqual([day('2024-10-07')]);
  });

  it('reads last year, this month and yesterday', () => {
    expect(read('The works began last year.', 'en')).toEqual([
      { kind: 'date', from: '2023', to: '2023', precision: 'year' },
    ]);
    expect(read('Le chantier a commencé ce mois.', 'fr')).toEqual([month('2024-11')]);
    expect(read('Die Fähre fuhr gestern wieder.', 'de')).toEqual([day('2024-11-09')]);
  });

  it('reads two days of one month as a range ("zwischen dem 8. und 13. Oktober", "с 8 по 13 октября")', () => {
    const range = { kind: 'date', from: '2024-10-08', to: '2024-10-13', precision: 'day' };
    expect(read('Die Schiffe fuhren zwischen dem 8. und 13. Oktober.', 'de')).toEqual([range]);
    expect(read('Суда шли с 8 по 13 октября.', 'ru')).toEqual([range]);
  });

  it('gives a month without a year the year nearest the report', () => {
    expect(read('The treaty was signed in June.', 'en')).toEqual([month('2024-06')]);
    expect(read('Переговоры прошли 7 ноября.', 'ru')).toEqual([day('2024-11-07')]);
  });

  it('does not take "may" the verb, or a weekday without a report date, for a date', () => {
    expect(read('The ferry may resume soon.', 'en')).toEqual([]);
    expect(read('The mayors met on Thursday.', 'en', { published: undefined as unknown as string })).toEqual([]);
  });
});

describe('durations and dates of different precision', () => {
  it('reads "within the next year" as a year, so four to six months does not fit it', () => {
    const year = parseValue('within the next year');
    const months = parseValue('within four to six months');
    expect(year).toEqual({ kind: 'duration', minDays: 365, maxDays: 365 });
    expect(valuesAgree(year!, months!)).toBe(false);
  });

  it('compares a month against the month a year on record was narrowed to', () => {
    const record = [{ normalised: parseValue('2017')! }, { normalised: parseValue('December 2017')! }];
    const refined = refinedRecord(record);
    expect(refined.map((k) => k.normalised)).toEqual([parseValue('December 2017')]);
    expect(refined.some((k) => valuesAgree(k.normalised, parseValue('September 2017')!))).toBe(false);
    expect(refined.some((k) => valuesAgree(k.normalised, parseValue('December 2017')!))).toBe(true);
  });
});

describe('figures of another order', () => {
  it('takes two soldiers for another matter than eleven thousand troops, and three thousand for the same one', () => {
    const record = [{ kind: 'count', count: 11_000, unit: 'people' } as const];
    expect(sameMagnitude({ kind: 'count', count: 2, unit: 'people' }, record)).toBe(false);
    expect(sameMagnitude({ kind: 'count', count: 3_000, unit: 'people' }, record)).toBe(true);
  });
});

describe('dates of another event', () => {
  it('takes a date years off the record for another event, and one a month off for a conflicting account', () => {
    const record = [parseValue('November 7, 2024')!];
    expect(sameSeason(parseValue('July 2020')!, record)).toBe(false);
    expect(sameSeason(parseValue('October 7, 2024')!, record)).toBe(true);
  });
});

describe('rounded counts', () => {
  it('takes 7.3 million and 7.35 million vehicles for one figure rounded, 10,000 and 11,000 troops for two', () => {
    expect(valuesAgree(parseValue('7.3 million vehicles')!, parseValue('7.35 million vehicles')!)).toBe(true);
    expect(valuesAgree(parseValue('10,000 troops')!, parseValue('11,000 troops')!)).toBe(false);
  });
});
