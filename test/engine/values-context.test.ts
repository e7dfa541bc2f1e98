import { describe, expect, it } from 'vitest';
import { claimSetSchema } from '../../src/core/claimset/schema.js';
import { compileClaimSet, type CompiledClaimSet } from '../../src/core/claimset/compile.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory, type AlertDecision, type History } from '../../src/core/types.js';

/**
 * Typed values through the whole engine, on an invented story (two ferry lines, Harbourline and Seaway, agreeing
 * to merge): who holds an office, who started the talks, when the merged company lists, how many people it
 * employs. Every sentence is written for this test.
 */

const source = { outlet: 'Portmore Gazette', where: 'https://gazette.example/merger', date: '2025-03-02' };

function storyClaims(): CompiledClaimSet {
  return compileClaimSet(
    claimSetSchema.parse({
      story: { id: 'ferry-merger', title: 'The Harbourline–Seaway merger' },
      entities: [
        { id: 'harbourline', kind: 'company', aliases: { any: ['Harbourline'] } },
        { id: 'seaway', kind: 'company', aliases: { any: ['Seaway'] } },
        { id: 'merger', aliases: { en: ['merger', 'merge', 'combination'] } },
      ],
      relevance: { all: ['harbourline', 'seaway'] },
      actors: [
        { id: 'anna-berg', name: 'Anna Berg', kind: 'person', aliases: ['Berg', 'Anna Berg'] },
        { id: 'tomas-ek', name: 'Tomas Ek', kind: 'person', aliases: ['Ek', 'Tomas Ek'] },
      ],
      claims: [
        {
          id: 'merger-agreed',
          text: 'Harbourline and Seaway agreed to merge.',
          terms: ['agreed to merge', 'merger agreement'],
          entities: ['harbourline', 'seaway'],
        },
        {
          id: 'harbourline-ceo',
          text: 'Who runs Harbourline.',
          attribute: 'office_holder',
          terms: ['Harbourline CEO'],
          cues: ['CEO', 'chief executive'],
          entities: ['harbourline'],
          values: [{ value: 'Anna Berg', sources: [source], evidence: 'Paraphrase: Anna Berg runs Harbourline.' }],
        },
        {
          id: 'seaway-spokesperson',
          text: 'Who speaks for Seaway.',
          attribute: 'office_holder',
          terms: ['Seaway spokesperson'],
          cues: ['Seaway spokesperson'],
          entities: ['seaway'],
          values: [{ value: 'Mia Lund', sources: [source], evidence: 'Paraphrase: Mia Lund speaks for Seaway.' }],
        },
        {
          id: 'talks-initiator',
          text: 'Who started the merger talks.',
          attribute: 'initiator',
          terms: ['approached'],
          cues: ['approached', 'proposed the merger'],
          entities: ['harbourline', 'seaway'],
          values: [
            {
              value: 'Harbourline approached Seaway',
              sources: [source],
              evidence: 'Paraphrase: Harbourline made the first move.',
            },
          ],
        },
        {
          id: 'listing-date',
          text: 'When the merged company lists.',
          attribute: 'listing_date',
          terms: ['listing'],
          cues: ['listing', 'list', 'listed', '상장'],
          entities: ['harbourline', 'seaway'],
          values: [
            { value: '2026', sources: [source], evidence: 'Paraphrase: a listing is planned for 2026.' },
            { value: 'March 2026', sources: [source], evidence: 'Paraphrase: the listing is set for March.' },
          ],
        },
        {
          id: 'staff-count',
          text: 'How many people the merged company employs.',
          attribute: 'quantity',
          terms: ['employees'],
          cues: ['employees', 'staff', 'employ'],
          entities: ['harbourline', 'seaway'],
          values: [
            { value: '4,000 employees', sources: [source], evidence: 'Paraphrase: together they employ 4,000.' },
          ],
        },
      ],
    }),
  );
}

const cs = storyClaims();

function run(text: string, history: History = emptyHistory(), published = '2025-03-09T10:00:00Z') {
  return analyzeArticle(
    {
      url: `https://example.test/${encodeURIComponent(text.slice(0, 30))}`,
      title: 'Harbourline and Seaway merger',
      text,
      published,
      source: 'Test Wire',
    },
    cs,
    history,
  );
}

const contradictions = (alerts: AlertDecision[]) =>
  alerts.filter((a) => a.kind === 'contradiction').map((a) => a.claim);
const valuesOf = (text: string, claim: string) =>
  run(text)
    .values.filter((v) => v.claim === claim)
    .map((v) => v.normalised);

describe('office-holders', () => {
  it('flags another name given for the office', () => {
    const r = run('Harbourline and Seaway agreed to merge. Harbourline CEO Lena Holm said the deal was fair.');
    expect(contradictions(r.alerts)).toEqual(['harbourline-ceo']);
  });

  it('takes the holder named in any spelling the claim set knows as agreeing', () => {
    const r = run(
      'Harbourline and Seaway agreed to merge. Harbourline chief executive Anna Berg called it a good day.',
    );
    expect(r.values.find((v) => v.claim === 'harbourline-ceo')?.normalised).toMatchObject({
      kind: 'name',
      key: 'actor:anna-berg',
    });
    expect(contradictions(r.alerts)).toEqual([]);
  });

  it('does not flag a successor the text names as such', () => {
    const r = run('Harbourline and Seaway agreed to merge. Harbourline named Lena Holm as its new CEO from June.');
    expect(contradictions(r.alerts)).toEqual([]);
  });

  it('flags a holder whose surname is right but whose given name is not', () => {
    const garbled = run(
      'Harbourline and Seaway agreed to merge. Harbourline CEO Annika Berg said the deal was fair.',
    );
    expect(contradictions(garbled.alerts)).toEqual(['harbourline-ceo']);
    expect(garbled.values.find((v) => v.claim === 'harbourline-ceo')?.value).toBe('Annika Berg');
    // The surname alone, or before an ordinary word, is the holder on record.
    const plain = run('Harbourline and Seaway agreed to merge. Harbourline CEO Berg said the deal was fair.');
    expect(contradictions(plain.alerts)).toEqual([]);
    // In a headline in title case, or before a weekday, a capital is no given name.
    const headline = run('Harbourline and Seaway agreed to merge. Harbourline CEO Berg Says Merger Deal Is Fair.');
    expect(contradictions(headline.alerts)).toEqual([]);
    const weekday = run('Harbourline and Seaway agreed to merge. Harbourline CEO Berg Tuesday called the deal fair.');
    expect(contradictions(weekday.alerts)).toEqual([]);
  });

  it('holds a record last confirmed months ago as possibly outdated, not as a conflict', () => {
    const text = 'Harbourline and Seaway agreed to merge. Harbourline CEO Lena Holm said the deal was fair.';
    // The record (dated 2025-03-02) is a week old in March, ten months old by January.
    expect(contradictions(run(text, emptyHistory(), '2025-03-20T10:00:00Z').alerts)).toEqual(['harbourline-ceo']);
    expect(contradictions(run(text, emptyHistory(), '2026-01-10T10:00:00Z').alerts)).toEqual([]);
    // A sighting of the holder in coverage renews the record.
    const seen: History = {
      ...emptyHistory(),
      values: [
        {
          attribute: 'office_holder',
          claim: 'harbourline-ceo',
          value: 'Anna Berg',
          normalised: { kind: 'name', name: 'Anna Berg', key: 'actor:anna-berg' },
          source: { outlet: 'Portmore Gazette', where: 'https://gazette.example/december', date: '2025-12-20' },
        },
      ],
    };
    expect(contradictions(run(text, seen, '2026-01-10T10:00:00Z').alerts)).toEqual(['harbourline-ceo']);
  });

  it("reads a holder named before the title, past the company's possessive", () => {
    const r = run(
      "Harbourline and Seaway agreed to merge. Anna Berg, Harbourline's chief executive, declined to comment.",
    );
    expect(r.values.find((v) => v.claim === 'harbourline-ceo')?.normalised).toMatchObject({ key: 'actor:anna-berg' });
  });

  it('reads a title written the other way round', () => {
    const r = run(
      'Harbourline and Seaway agreed to merge. The spokesperson of the Seaway Jon Vik declined to comment.',
    );
    expect(contradictions(r.alerts)).toEqual(['seaway-spokesperson']);
  });

  it("does not read the other company's chief as this one's", () => {
    expect(
      valuesOf('Harbourline and Seaway agreed to merge. Seaway CEO Tomas Ek welcomed the merger.', 'harbourline-ceo'),
    ).toEqual([]);
  });
});

describe('who started the talks', () => {
  it('flags a report that the other side made the first move', () => {
    const r = run(
      'Harbourline and Seaway agreed to merge. It was Seaway that approached Harbourline last autumn, the paper said.',
    );
    expect(contradictions(r.alerts)).toEqual(['talks-initiator']);
  });

  it('agrees with a report that names the same side', () => {
    const r = run('Harbourline and Seaway agreed to merge. Harbourline approached Seaway in the autumn.');
    expect(r.values.some((v) => v.claim === 'talks-initiator')).toBe(true);
    expect(contradictions(r.alerts)).toEqual([]);
  });
});

describe('dates in context', () => {
  it('flags a month the year on record was not narrowed to', () => {
    const r = run('Harbourline and Seaway agreed to merge. The merged company will list in September 2026.');
    expect(contradictions(r.alerts)).toEqual(['listing-date']);
  });

  it('takes the month on record, and the year alone, as agreeing', () => {
    expect(
      contradictions(
        run('Harbourline and Seaway agreed to merge. The merged company will list in March 2026.').alerts,
      ),
    ).toEqual([]);
    expect(
      contradictions(run('Harbourline and Seaway agreed to merge. The merged company will list in 2026.').alerts),
    ).toEqual([]);
  });

  it('finds a Korean cue with its particle glued on', () => {
    const r = run('Harbourline과 Seaway는 합병에 합의했다. 통합 회사는 2026년 9월 상장된다.');
    expect(contradictions(r.alerts)).toEqual(['listing-date']);
  });

  it("does not take a dateline for the event's date", () => {
    const r = run('PORTMORE, Oct. 3 (Test Wire) -- Harbourline and Seaway agreed to merge and plan a listing.');
    expect(r.values.filter((v) => v.claim === 'listing-date')).toEqual([]);
  });

  it('does not take the figures of a teaser for another story', () => {
    const r = run(
      'Harbourline and Seaway agreed to merge.\n\n' +
        'See also: Harbourline rival sets listing for May 2027 with 9,000 employees',
    );
    expect(r.values).toEqual([]);
    expect(contradictions(r.alerts)).toEqual([]);
  });
});

describe('figures about someone else', () => {
  it("does not take a date from a sentence about another person's plans for the merged company's", () => {
    const r = run(
      "Harbourline and Seaway agreed to merge. Seaway's former owner Tomas Ek will list his own shipyard in May 2027.",
    );
    expect(r.values.filter((v) => v.claim === 'listing-date')).toEqual([]);
  });
});

describe('the day a thing was said', () => {
  it('does not take "on Sunday" in a Monday report for the listing date', () => {
    const r = run(
      'Harbourline and Seaway agreed to merge. The merged company set its listing on Sunday, Harbourline said.',
      emptyHistory(),
      '2025-03-10T09:00:00Z',
    );
    expect(r.values.filter((v) => v.claim === 'listing-date')).toEqual([]);
  });
});

describe('parts of a figure', () => {
  it('does not take the officers among the staff for the staff', () => {
    const r = run(
      'Harbourline and Seaway agreed to merge. Together they employ 4,000 staff, including 300 officers at sea.',
    );
    expect(r.values.filter((v) => v.claim === 'staff-count').map((v) => v.value)).toEqual(['4,000 staff']);
  });
});

describe('the day a thing was said, in Korean', () => {
  it('does not take "28일" after the speaker, with "밝혔다" in the sentence, for the listing date', () => {
    const r = run('Harbourline과 Seaway는 합병에 합의했다. Harbourline은 28일 상장 계획을 밝혔다.');
    expect(r.values.filter((v) => v.claim === 'listing-date')).toEqual([]);
  });
});

describe('figures of another order', () => {
  it('does not flag a handful of staff against thousands on record', () => {
    const r = run('Harbourline and Seaway agreed to merge. Together they employ 12 staff at the Portmore desk.');
    expect(contradictions(r.alerts)).toEqual([]);
  });
});

describe('one alert per conflicting value', () => {
  it('raises a conflicting figure once, then files later reports of it as repeats', () => {
    const text = 'Harbourline and Seaway agreed to merge. Together they employ 6,500 staff, the companies said.';
    const first = run(text);
    expect(contradictions(first.alerts)).toEqual(['staff-count']);
    const history: History = {
      positions: [],
      values: first.values.map((v) => ({
        ...v,
        source: { outlet: 'Test Wire', where: 'https://example.test/1', date: '2025-03-09' },
      })),
      alertedEvents: new Set(first.alerts.map((a) => a.eventKey)),
    };
    const second = run(text.replace('the companies said', 'a union leader said'), history);
    expect(contradictions(second.alerts)).toEqual([]);
  });

  it('files the same conflicting figure as a repeat when it was alerted before', () => {
    const text = 'Harbourline and Seaway agreed to merge. Together they employ 6,500 staff, the companies said.';
    const first = run(text);
    const second = run(text, {
      positions: [],
      values: [],
      alertedEvents: new Set(first.alerts.map((a) => a.eventKey)),
    });
    expect(contradictions(second.alerts)).toEqual([]);
    expect(contradictions(second.repeats)).toEqual(['staff-count']);
  });
});
