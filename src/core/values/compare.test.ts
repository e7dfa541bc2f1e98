import { describe, expect, it } from 'vitest';
import type { NormalisedValue } from '../types.js';
import { describeValue, parseValue, valuesAgree } from './index.js';

const v = (text: string, lang?: string): NormalisedValue => {
  const parsed = parseValue(text, lang);
  if (!parsed) throw new Error(`test value did not parse: ${text}`);
  return parsed;
};

describe('whether two reported values can both be right', () => {
  it.each([
    ['four divisions', '4 дивизиона'],
    ['four divisions', 'dört tabur'],
    ['four divisions', 'quatre bataillons'],
    ['$2.5 billion', '2,5 млрд долларов'],
    ['$2.5 billion', '2.4 billion dollars'],
    ['approximately $2.5 billion', '$2.3 billion'],
    ['2017', 'December 2017'],
    ['December 2017', '2017-12-20'],
    ['2019', 'July 2019'],
    ['2026–2027', '2027'],
    ['four to six months', 'five months'],
    ['four to six months', '4-6 ay'],
    ['4', 'four divisions'],
  ])('"%s" agrees with "%s"', (a, b) => {
    expect(valuesAgree(v(a), v(b))).toBe(true);
    expect(valuesAgree(v(b), v(a))).toBe(true);
  });

  it.each([
    ['two batteries', 'four divisions'],
    ['two batteries', '4 батареи'],
    ['four divisions', 'four regiments'],
    ['$2.5 billion', '$2.0 billion'],
    ['$2.5 billion', '$2.3 billion'],
    ['$2.5 billion', '€2.5 billion'],
    ['December 2017', 'October 2017'],
    ['2019', '2020'],
    ['2026–2027', '2025'],
    ['four to six months', 'two years'],
    ['four divisions', '2017'],
  ])('"%s" conflicts with "%s"', (a, b) => {
    expect(valuesAgree(v(a), v(b))).toBe(false);
    expect(valuesAgree(v(b), v(a))).toBe(false);
  });
});

describe('values described for a journalist', () => {
  it.each([
    ['four divisions', '4 battalions'],
    ['two batteries', '2 batteries'],
    ['one battery', '1 battery'],
    ['Forty lawmakers', '40 lawmakers'],
    ['$2.5 billion', 'USD 2.5 billion'],
    ['roughly $2.5 billion', 'about USD 2.5 billion'],
    ['$400,000', 'USD 400,000'],
    ['December 2017', '2017-12'],
    ['2026–2027', '2026–2027'],
    ['four to six months', '4–6 months'],
    ['two years', '2 years'],
    ['30 days', '30 days'],
    ['three weeks', '3 weeks'],
    ['4', '4'],
  ])('describes "%s" as "%s"', (text, expected) => {
    expect(describeValue(v(text))).toBe(expected);
  });
});
