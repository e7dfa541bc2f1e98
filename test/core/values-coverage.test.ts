import { describe, expect, it } from 'vitest';
import { claimSetSchema } from '../../src/core/claimset/schema.js';
import { compileClaimSet, type CompiledClaimSet } from '../../src/core/claimset/compile.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory } from '../../src/core/types.js';
import { extractValues } from '../../src/core/values/extract.js';
import { wordFits } from '../../src/core/values/cue-phrases.js';
import { valuesAgree } from '../../src/core/values/compare.js';
import { splitSentences } from '../../src/core/text/sentences.js';

/**
 * Values on coverage written the way newsrooms write: ranges, restated record figures, figures of another country,
 * the same year named once, offices named by "its", Arabic words with their prepositions glued on. An invented
 * story (two rail firms, Northline and Eastway, and a smaller partner, Coastal, planning a merger while a
 * neighbouring country, Varnia, reports its own strike figures). Every sentence is written for this test.
 */

const source = { outlet: 'Valley Courier', where: 'https://courier.example/rail', date: '2025-03-02' };

function storyClaims(): CompiledClaimSet {
  return compileClaimSet(
    claimSetSchema.parse({
      story: { id: 'rail-merger', title: 'The Northline–Eastway merger' },
      entities: [
        { id: 'northline', kind: 'company', aliases: { any: ['Northline'], ar: ['نورثلاين'], ko: ['노스라인'] } },
        { id: 'eastway', kind: 'company', aliases: { any: ['Eastway'], ar: ['ايستواي'], ko: ['이스트웨이'] } },
        { id: 'coastal', kind: 'company', aliases: { any: ['Coastal'] } },
        { id: 'ostland', kind: 'country', aliases: { any: ['Ostland'] } },
        { id: 'varnia', kind: 'country', aliases: { any: ['Varnia'] } },
        { id: 'merger', aliases: { en: ['merger', 'merge'], ar: ['اندماج'] } },
      ],
      relevance: { all: ['northline', 'eastway'] },
      actors: [
        { id: 'ida-falk', name: 'Ida Falk', kind: 'person', aliases: ['Falk', 'Ida Falk', 'ايدا فالك', '이다 팔크'] },
        { id: 'ola-berg', name: 'Ola Berg', kind: 'person', aliases: ['Ola Berg'], affiliation: 'eastway' },
      ],
      claims: [
        {
          id: 'merger-agreed',
          text: 'Northline and Eastway agreed to merge.',
          terms: ['agreed to merge'],
          entities: ['northline', 'eastway'],
        },
        {
          id: 'northline-ceo',
          text: 'Who runs Northline.',
          attribute: 'office_holder',
          terms: ['Northline CEO'],
          cues: ['CEO', 'chief executive', 'consejero delegado', 'الرئيس التنفيذي', 'PDG'],
          entities: ['northline'],
          values: [{ value: 'Ida Falk', sources: [source], evidence: 'Paraphrase: Ida Falk runs Northline.' }],
        },
        {
          id: 'eastway-ceo',
          text: 'Who runs Eastway.',
          attribute: 'office_holder',
          terms: ['Eastway CEO'],
          cues: ['CEO', 'chief executive', 'PDG'],
          entities: ['eastway'],
          values: [{ value: 'Ola Berg', sources: [source], evidence: 'Paraphrase: Ola Berg runs Eastway.' }],
        },
        {
          id: 'meeting-date',
          text: 'When the two chairs met.',
          attribute: 'meeting_date',
          terms: ['met'],
          cues: ['met', 'on Thursday', 'Thursday'],
          entities: ['northline', 'eastway'],
        },
        {
          id: 'strike-staff',
          text: 'How many staff walked out in the January strike.',
          attribute: 'quantity',
          terms: ['strike'],
          cues: ['strike', 'stoppage'],
          entities: ['northline', 'ostland'],
          values: [{ value: '40 people', sources: [source], evidence: 'Paraphrase: forty people walked out.' }],
        },
        {
          id: 'job-cuts',
          text: 'How many jobs the merged firm will cut.',
          attribute: 'quantity',
          terms: ['job cuts'],
          cues: ['cut', 'cuts', 'layoffs', 'job losses', 'walked out', '감원', '감원할', 'Stellen weg'],
          entities: ['northline'],
        },
        {
          id: 'pair-sales',
          text: 'Tickets the two firms sold last year.',
          attribute: 'quantity',
          terms: ['tickets'],
          cues: ['sold', 'tickets', 'together', 'مبيعات', '모두'],
          entities: ['northline', 'eastway'],
        },
        {
          id: 'trio-sales',
          text: 'Tickets the three firms sold last year.',
          attribute: 'quantity',
          terms: ['tickets'],
          cues: ['sold', 'tickets', 'together'],
          entities: ['northline', 'eastway', 'coastal'],
        },
        {
          id: 'listing-date',
          text: 'When the merged company lists.',
          attribute: 'listing_date',
          terms: ['listing'],
          cues: ['listing', 'list', 'listed', '상장', '上市', 'Börsengang', 'angekündigt', 'листинге', 'Листинг'],
          entities: ['northline', 'eastway'],
        },
      ],
    }),
  );
}

const cs = storyClaims();

function valuesOf(text: string, claim: string, lead = 'Northline and Eastway agreed to merge.') {
  const r = analyzeArticle(
    {
      url: `https://example.test/${encodeURIComponent(text.slice(0, 40))}`,
      title: lead,
      text: `${lead} ${text}`,
      published: '2025-03-09T10:00:00Z',
      source: 'Test Wire',
    },
    cs,
    emptyHistory(),
  );
  return r.values.filter((v) => v.claim === claim).map((v) => v.normalised);
}

const count = (n: number) => expect.objectContaining({ kind: 'count', count: n });

describe('figures of the claim, and figures of something else', () => {
  it('gives both ends of a range to the claim', () => {
    expect(valuesOf('Northline and Eastway together sold 10 to 12 million tickets.', 'pair-sales')).toEqual([
      count(10_000_000),
      count(12_000_000),
    ]);
  });

  it('takes a figure the record already holds for one claim as that claim, not a rival cued alike', () => {
    const text = 'In Ostland some 40 people walked out at Northline during the strike in January.';
    expect(valuesOf(text, 'strike-staff')).toEqual([count(40)]);
    expect(valuesOf(text, 'job-cuts')).toEqual([]);
  });

  it("gives the three firms' figure to the claim that names all three", () => {
    const text = 'Northline, Eastway and Coastal together sold more than 9 million tickets last year.';
    expect(valuesOf(text, 'trio-sales')).toEqual([count(9_000_000)]);
    expect(valuesOf(text, 'pair-sales')).toEqual([]);
  });

  it("leaves another country's figure alone when none of the claim's parties is named", () => {
    expect(valuesOf('Varnia says 700 rail staff walked out over layoffs.', 'job-cuts')).toEqual([]);
    expect(valuesOf('Northline says 700 rail staff walked out over layoffs.', 'job-cuts')).toEqual([count(700)]);
  });

  it('reads a figure whose only cue has an Arabic preposition glued on', () => {
    const text = 'ستحقق نورثلاين مع ايستواي بمبيعات تقارب 7.5 مليون تذكرة.';
    const lead = 'اتفقت شركة نورثلاين مع شركة ايستواي على الاندماج.';
    expect(valuesOf(text, 'pair-sales', lead)).toEqual([count(7_500_000)]);
  });
});

describe('office-holders named the long way round', () => {
  it('reads the holder after the title and the company it runs', () => {
    const text = 'قال الرئيس التنفيذي لشركة نورثلاين للسكك الحديدية، ايدا فالك، إن المحادثات مستمرة.';
    const lead = 'اتفقت شركة نورثلاين مع شركة ايستواي على الاندماج.';
    expect(valuesOf(text, 'northline-ceo', lead)).toEqual([expect.objectContaining({ key: 'actor:ida-falk' })]);
  });

  it("reads a title after 'its' as the office of the company the sentence opens on", () => {
    const text =
      'Northline estudia con Eastway un proyecto en tres países, según dijo su consejero delegado, Ida Falk.';
    expect(valuesOf(text, 'northline-ceo')).toEqual([expect.objectContaining({ key: 'actor:ida-falk' })]);
    const other =
      'Eastway estudia con Northline un proyecto en tres países, según dijo su consejero delegado, Ida Falk.';
    expect(valuesOf(other, 'northline-ceo')).toEqual([]);
  });
});

describe('dates that lean on another date', () => {
  it('gives a month after "the same year" the year of the date before it', () => {
    const read = (text: string, lang: string) =>
      extractValues(text, lang, { published: '2025-02-13T00:00:00Z' }).map((v) => v.normalised);
    expect(read('최종 합의는 2026년 6월까지, 같은 해 8월 상장한다.', 'ko')).toContainEqual({
      kind: 'date',
      from: '2026-08',
      to: '2026-08',
      precision: 'month',
    });
    expect(read('A deal by June 2026 and a listing in the same year in August.', 'en')).toContainEqual({
      kind: 'date',
      from: '2026-08',
      to: '2026-08',
      precision: 'month',
    });
  });
});

describe('Arabic cue words', () => {
  it('fit a word with a preposition or the article glued on, and no other word', () => {
    expect(wordFits('bmbyt', '\u0001mbyt')).toBe(true);
    expect(wordFits('wlmbyt', '\u0001mbyt')).toBe(true);
    expect(wordFits('mbyt', '\u0001mbyt')).toBe(true);
    expect(wordFits('xmbyt', '\u0001mbyt')).toBe(false);
  });
});

describe('figures written without their noun', () => {
  const read = (text: string, lang: string) => extractValues(text, lang).map((v) => v.normalised);

  it('count what the sentence named just before them, or nothing', () => {
    expect(read('The agency now counts 9,000 soldiers, well above its estimate of 3,000 from May.', 'en')).toEqual([
      { kind: 'count', count: 9000, unit: 'people' },
      { kind: 'count', count: 3000, unit: 'people' },
    ]);
    expect(read('Розвідка каже, що таких військових скоро буде 12 тисяч.', 'uk')).toEqual([
      { kind: 'count', count: 12000, unit: 'people' },
    ]);
    expect(read('The line runs 1,500-kilometre through hills; the fare rose to 30.', 'en')).toEqual([]);
  });

  it('agree with a figure of the same claim whatever noun each was written with', () => {
    const dead = { kind: 'count', count: 3000, unit: 'toten' } as const;
    expect(valuesAgree(dead, { kind: 'count', count: 3000, unit: 'people' })).toBe(true);
    expect(
      valuesAgree({ kind: 'count', count: 2, unit: 'battery' }, { kind: 'count', count: 2, unit: 'battalion' }),
    ).toBe(false);
  });
});

describe('dates of something else', () => {
  it('does not date a claim by the start of a period ("since 2021")', () => {
    expect(valuesOf('Northline has planned a listing with Eastway since 2021.', 'listing-date')).toEqual([]);
    expect(valuesOf('Northline plans a listing with Eastway in 2026.', 'listing-date')).toEqual([
      expect.objectContaining({ kind: 'date', from: '2026' }),
    ]);
  });

  it('reads French "sept" as seven, not September', () => {
    const read = extractValues('Ils se sont parlé sept fois en 2021.', 'fr').map((v) => v.normalised);
    expect(read.some((v) => v.kind === 'date' && v.precision === 'month')).toBe(false);
  });

  it('takes a bare Korean day before a verb of disclosing for the day it was told', () => {
    const lead = '노스라인과 이스트웨이가 합병에 합의했다.';
    const text = '노스라인은 지난 6일 이스트웨이와 상장 계획을 공개했다.';
    expect(valuesOf(text, 'listing-date', lead)).toEqual([]);
  });

  it('lets a Chinese time reach its verb past a comma', () => {
    const lead = 'Northline与Eastway同意合并。';
    const text = 'Northline和Eastway计划于2026年8月，在东京证券交易所上市。';
    expect(valuesOf(text, 'listing-date', lead)).toEqual([
      expect.objectContaining({ kind: 'date', from: '2026-08' }),
    ]);
  });

  it('lets the German verb that ends the clause govern a date well before it', () => {
    const lead = 'Northline und Eastway wollen fusionieren.';
    const text =
      'Northline und Eastway hatten den Schritt im Juli 2026 nach einer sehr langen Sitzung des Aufsichtsrats ' +
      'im Frankfurter Hauptsitz angekündigt.';
    expect(valuesOf(text, 'listing-date', lead)).toEqual([
      expect.objectContaining({ kind: 'date', from: '2026-07' }),
    ]);
  });
});

describe('who is telling a figure', () => {
  it('takes the Korean topic of an estimate for its teller, not another party to the figure', () => {
    const lead = '노스라인과 이스트웨이가 합병에 합의했다.';
    const text =
      '이다 팔크 노스라인 사장은 6일 인터뷰에서 "합병은 계속된다"고 말했다. 이다 팔크는 이 가운데 700명가량이 감원될 것으로 추산했다.';
    expect(valuesOf(text, 'job-cuts', lead)).toEqual([count(700)]);
  });

  it('takes a person named by a reporting verb for the teller', () => {
    const lead = 'Northline und Eastway wollen fusionieren.';
    const text =
      'Northline baut um. Im Norden des Landes fallen rund 700 Stellen weg, sagte Vorstandschefin Ida Falk.';
    expect(valuesOf(text, 'job-cuts', lead)).toEqual([count(700)]);
  });

  it('reads the noun after a Korean genitive as what the figure counts', () => {
    const lead = '노스라인과 이스트웨이가 합병에 합의했다.';
    const text = '노스라인은 이스트웨이와 모두 700명의 감원을 발표했다.';
    expect(valuesOf(text, 'job-cuts', lead)).toEqual([count(700)]);
    expect(valuesOf(text, 'pair-sales', lead)).toEqual([]);
  });
});

describe('German ordinal days', () => {
  it('keep a sentence whole across "dem 8. und 13. Oktober"', () => {
    const text = 'Die Fähren fuhren zwischen dem 8. und 13. Oktober nach Norden. Danach ruhte der Verkehr.';
    expect(splitSentences(text, 'de').map((s) => s.text)).toEqual([
      'Die Fähren fuhren zwischen dem 8. und 13. Oktober nach Norden.',
      'Danach ruhte der Verkehr.',
    ]);
  });
});

describe('clauses around a value', () => {
  it('does not take the comma of "3,000" or the "and" of "between early and mid-July" for a clause break', () => {
    const text =
      'Northline said Eastway had moved at least 3,000 workers into the listing team between early and mid-July 2026.';
    expect(valuesOf(text, 'listing-date')).toEqual([expect.objectContaining({ kind: 'date', from: '2026-07' })]);
  });

  it('leaves out a party named after the value in another clause', () => {
    const text =
      'The two firms dropped the listing planned for March 2026, in a statement that also ended a deal with Coastal.';
    expect(valuesOf(text, 'listing-date')).toEqual([expect.objectContaining({ kind: 'date', from: '2026-03' })]);
  });
});

describe('hedged amounts', () => {
  it('agree when rounding explains the gap, and not when the amount is another', () => {
    const about54 = { kind: 'money', amount: 54e9, currency: 'USD', approx: true } as const;
    expect(valuesAgree(about54, { kind: 'money', amount: 57e9, currency: 'USD' })).toBe(true);
    expect(valuesAgree(about54, { kind: 'money', amount: 60e9, currency: 'USD' })).toBe(false);
  });
});

describe('a title with no company beside it', () => {
  it('is the office of the company its holder is known to work for', () => {
    const lead = 'Northline et Eastway ont accepté de fusionner.';
    const text =
      'Northline a rompu avec Eastway hier soir après trois longs mois de discussions ; ' +
      'le PDG Ola Berg avait douté en janvier.';
    expect(valuesOf(text, 'eastway-ceo', lead)).toEqual([expect.objectContaining({ key: 'actor:ola-berg' })]);
    expect(valuesOf(text, 'northline-ceo', lead)).toEqual([]);
  });
});

describe('the day something was said', () => {
  it('dates no claim but one about the saying', () => {
    const text = 'О листинге Northline сообщила в пятницу, 7 марта.';
    expect(valuesOf(text, 'listing-date', 'Northline и Eastway договорились о слиянии.')).toEqual([]);
  });
});

describe('a figure put on its noun through an article', () => {
  it('reads "cifró en 4.000 los heridos" as 4,000 wounded', () => {
    const read = extractValues('El ministerio cifró en unos 4.000 los heridos.', 'es').map((v) => v.normalised);
    expect(read).toEqual([{ kind: 'count', count: 4000, unit: 'heridos' }]);
  });
});

describe('"within the next year" in other languages', () => {
  const year = { kind: 'duration', minDays: 365, maxDays: 365 };
  const read = (text: string, lang: string) => extractValues(text, lang).map((v) => v.normalised);

  it('reads a unit of time after "within" with no number as one of it', () => {
    expect(read('Вопрос решат в течение следующего года.', 'ru')).toEqual([year]);
    expect(read('Die Frage soll innerhalb des nächsten Jahres gelöst werden.', 'de')).toEqual([year]);
    expect(read('Sorun önümüzdeki yıl içinde çözülecek.', 'tr')).toEqual([year]);
    expect(read('El asunto se resolverá dentro del próximo año.', 'es')).toEqual([year]);
    expect(read('Sprawa zostanie rozwiązana w ciągu roku.', 'pl')).toEqual([year]);
    expect(read('Το ζήτημα θα λυθεί εντός του επόμενου έτους.', 'el')).toEqual([year]);
    expect(read('سيتم حل المسألة خلال العام المقبل.', 'ar')).toEqual([year]);
  });

  it('is then a deadline apart from "four to six months"', () => {
    const [within] = read('Вопрос решат в течение года.', 'ru');
    const [months] = read('Вопрос решат в течение четырех-шести месяцев.', 'ru');
    expect(valuesAgree(within!, months!)).toBe(false);
  });

  it('leaves a year that is a date alone', () => {
    expect(read('Die Systeme wurden im Jahr 2017 gekauft.', 'de')).toEqual([
      { kind: 'date', from: '2017', to: '2017', precision: 'year' },
    ]);
  });
});

describe('a year that names another thing', () => {
  it('dates that thing, not the claim', () => {
    expect(valuesOf('Northline set out the listing with Eastway in its 2024 forecast.', 'listing-date')).toEqual([]);
    const ru = 'Листинг Northline и Eastway описан в отчёте 2024 года.';
    expect(valuesOf(ru, 'listing-date', 'Northline и Eastway договорились о слиянии.')).toEqual([]);
    expect(valuesOf('Northline set out the listing with Eastway for 2026.', 'listing-date')).toEqual([
      expect.objectContaining({ kind: 'date', from: '2026' }),
    ]);
  });
});

describe('a weekday written before a full date', () => {
  it('is part of that date, not a cue of a claim whose day was a Thursday', () => {
    expect(valuesOf('Northline and Eastway met on Thursday.', 'meeting-date')).toEqual([
      expect.objectContaining({ kind: 'date', from: '2025-03-06' }),
    ]);
    const text = 'Northline and Eastway gave their results in Oslo on Thursday, March 13, with the usual fanfare.';
    expect(valuesOf(text, 'meeting-date')).toEqual([]);
  });
});
