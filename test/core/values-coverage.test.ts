import { describe, expect, it } from 'vitest';
import { claimSetSchema } from '../../src/core/claimset/schema.js';
import { compileClaimSet, type CompiledClaimSet } from '../../src/core/claimset/compile.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory } from '../../src/core/types.js';
import { extractValues } from '../../src/core/values/extract.js';
import { wordFits } from '../../src/core/values/cue-phrases.js';

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
        { id: 'northline', kind: 'company', aliases: { any: ['Northline'], ar: ['نورثلاين'] } },
        { id: 'eastway', kind: 'company', aliases: { any: ['Eastway'], ar: ['ايستواي'] } },
        { id: 'coastal', kind: 'company', aliases: { any: ['Coastal'] } },
        { id: 'ostland', kind: 'country', aliases: { any: ['Ostland'] } },
        { id: 'varnia', kind: 'country', aliases: { any: ['Varnia'] } },
        { id: 'merger', aliases: { en: ['merger', 'merge'], ar: ['اندماج'] } },
      ],
      relevance: { all: ['northline', 'eastway'] },
      actors: [{ id: 'ida-falk', name: 'Ida Falk', kind: 'person', aliases: ['Falk', 'Ida Falk', 'ايدا فالك'] }],
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
          cues: ['CEO', 'chief executive', 'consejero delegado', 'الرئيس التنفيذي'],
          entities: ['northline'],
          values: [{ value: 'Ida Falk', sources: [source], evidence: 'Paraphrase: Ida Falk runs Northline.' }],
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
          cues: ['cut', 'cuts', 'layoffs', 'job losses', 'walked out'],
          entities: ['northline'],
        },
        {
          id: 'pair-sales',
          text: 'Tickets the two firms sold last year.',
          attribute: 'quantity',
          terms: ['tickets'],
          cues: ['sold', 'tickets', 'together', 'مبيعات'],
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
          cues: ['listing', 'list', 'listed', '상장'],
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
