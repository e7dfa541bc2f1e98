import { describe, expect, it } from 'vitest';
import { extractValues, parseValue } from './index.js';

const durations = (sentence: string, lang: string) =>
  extractValues(sentence, lang)
    .filter((v) => v.normalised.kind === 'duration')
    .map((v) => v.normalised);

const span = (minDays: number, maxDays = minDays) => ({ kind: 'duration', minDays, maxDays });

describe('lengths of time', () => {
  it.each([
    ['could be resolved within four to six months', 'en', span(120, 180)],
    ['within 4-6 months', 'en', span(120, 180)],
    ['within 4–6 months', 'en', span(120, 180)],
    ['between four and six months', 'en', span(120, 180)],
    ['two years', 'en', span(730)],
    ['30 days', 'en', span(30)],
    ['a 30-day deadline', 'en', span(30)],
    ['within a year', 'en', span(365)],
    ['three weeks', 'en', span(21)],
    ['в течение четырёх–шести месяцев', 'ru', span(120, 180)],
    ['от четырёх до шести месяцев', 'ru', span(120, 180)],
    ['пять лет', 'ru', span(1825)],
    ['два года', 'ru', span(730)],
    ['4-6 ay içinde', 'tr', span(120, 180)],
    ['dört ila altı ay', 'tr', span(120, 180)],
    ['iki yıl', 'tr', span(730)],
    ['quatre à six mois', 'fr', span(120, 180)],
    ['vier bis sechs Monate', 'de', span(120, 180)],
    ['de cuatro a seis meses', 'es', span(120, 180)],
  ])('reads "%s" (%s)', (text, lang, expected) => {
    expect(durations(text, lang)).toEqual([expected]);
  });

  it.each([
    ['He left two years ago.', 'en'],
    ['Vor zwei Jahren begann es.', 'de'],
    ['Hace dos años empezó.', 'es'],
    ["Il y a deux ans, l'accord fut signé.", 'fr'],
    ['Два года назад всё началось.', 'ru'],
    ['It was signed in 2017 года.', 'ru'],
    ['The review happens once a year.', 'en'],
  ])('does not take a point in time or a year for a length: "%s"', (text, lang) => {
    expect(durations(text, lang)).toEqual([]);
  });

  it('reads "2017 года" as the year it is', () => {
    expect(extractValues('в 2017 года', 'ru').map((v) => v.normalised)).toEqual([
      { kind: 'date', from: '2017', to: '2017', precision: 'year' },
    ]);
  });

  it('parses claim-set durations', () => {
    expect(parseValue('four to six months')).toEqual(span(120, 180));
    expect(parseValue('4–6 месяцев')).toEqual(span(120, 180));
  });
});
