import { describe, expect, it } from 'vitest';
import { extractValues, parseValue } from './index.js';

const money = (sentence: string, lang: string) =>
  extractValues(sentence, lang).filter((v) => v.normalised.kind === 'money');

describe('amounts of money', () => {
  it.each([
    ['$2.5 billion', 'en', 2.5e9, 'USD'],
    ['US$2.5bn', 'en', 2.5e9, 'USD'],
    ['2.5 billion dollars', 'en', 2.5e9, 'USD'],
    ['2.5 billion US dollars', 'en', 2.5e9, 'USD'],
    ['$2,500 million', 'en', 2.5e9, 'USD'],
    ['$5.43bn', 'en', 5.43e9, 'USD'],
    ['USD 2.5 billion', 'en', 2.5e9, 'USD'],
    ['500 million euros', 'en', 5e8, 'EUR'],
    ['£3m', 'en', 3e6, 'GBP'],
    ['two billion dollars', 'en', 2e9, 'USD'],
    ['€1.2 млрд', 'ru', 1.2e9, 'EUR'],
    ['2,5 млрд долларов', 'ru', 2.5e9, 'USD'],
    ['2,5 млрд долл. США', 'ru', 2.5e9, 'USD'],
    ['полтора миллиарда долларов', 'ru', 1.5e9, 'USD'],
    ['500 млн рублей', 'ru', 5e8, 'RUB'],
    ['2,5 milyar dolar', 'tr', 2.5e9, 'USD'],
    ['2,5 milyar dolarlık', 'tr', 2.5e9, 'USD'],
    ['iki buçuk milyar dolar', 'tr', 2.5e9, 'USD'],
    ['10 milyar TL', 'tr', 1e10, 'TRY'],
    ['2,5 milliards de dollars', 'fr', 2.5e9, 'USD'],
    ['2,5 Milliarden US-Dollar', 'de', 2.5e9, 'USD'],
    ['1.000 Euro', 'de', 1000, 'EUR'],
    ['2.500 millones de dólares', 'es', 2.5e9, 'USD'],
    ['2,5 mil millones de dólares', 'es', 2.5e9, 'USD'],
    ['$5.4 billion worth of rupees', 'en', 5.4e9, 'USD'],
    ['a $2.5-billion deal', 'en', 2.5e9, 'USD'],
    ['a 2.5-billion-dollar deal', 'en', 2.5e9, 'USD'],
  ])('reads "%s" (%s) as %d %s', (text, lang, amount, currency) => {
    expect(money(text, lang).map((v) => v.normalised)).toEqual([{ kind: 'money', amount, currency }]);
  });

  it.each([
    ['valued at roughly $2.5 billion', 'en', 'roughly $2.5 billion'],
    ['for approximately $2.5 billion', 'en', 'approximately $2.5 billion'],
    ['close to $2.5 billion', 'en', 'close to $2.5 billion'],
    ['около 2,5 млрд долларов', 'ru', 'около 2,5 млрд долларов'],
    ['примерно $2,5 млрд', 'ru', 'примерно $2,5 млрд'],
    ['yaklaşık 2,5 milyar dolar', 'tr', 'yaklaşık 2,5 milyar dolar'],
    ['2,5 milyar dolar civarında', 'tr', '2,5 milyar dolar civarında'],
    ['environ 2,5 milliards de dollars', 'fr', 'environ 2,5 milliards de dollars'],
    ['etwa 2,5 Milliarden Dollar', 'de', 'etwa 2,5 Milliarden Dollar'],
    ['unos 2.500 millones de dólares', 'es', 'unos 2.500 millones de dólares'],
  ])('marks a hedged amount as approximate: "%s"', (sentence, lang, text) => {
    const [found] = money(sentence, lang);
    expect(found?.text).toBe(text);
    expect(found?.normalised).toMatchObject({ kind: 'money', amount: 2.5e9, currency: 'USD', approx: true });
  });

  it('gives the place of the amount in the sentence', () => {
    const sentence = 'The contract, valued at $2.5 billion, was signed.';
    const [found] = money(sentence, 'en');
    expect(sentence.slice(found!.start, found!.end)).toBe('$2.5 billion');
  });

  it('does not take a plain number near the word "dollars" elsewhere for money', () => {
    expect(money('In 2017 the dollar rose.', 'en')).toEqual([]);
    expect(money('Two S-400 batteries, paid in dollars.', 'en')).toEqual([]);
  });

  it('parses claim-set amounts, with or without a hedge', () => {
    expect(parseValue('$2.5 billion')).toEqual({ kind: 'money', amount: 2.5e9, currency: 'USD' });
    expect(parseValue('approximately $2.5 billion')).toEqual({
      kind: 'money',
      amount: 2.5e9,
      currency: 'USD',
      approx: true,
    });
    expect(parseValue('2,5 млрд долларов')).toEqual({ kind: 'money', amount: 2.5e9, currency: 'USD' });
  });
});
