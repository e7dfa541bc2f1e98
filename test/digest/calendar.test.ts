import { describe, expect, it } from 'vitest';
import {
  buildDigest,
  lastDays,
  periodKey,
  startOfLocalDay,
  weekBefore,
  type DigestInput,
} from '../../src/core/digest/index.js';
import { periodFor } from '../../src/app/cli/digest.js';

/** Days are the newsroom's calendar days, whatever the clocks do. */

function digestOf(period: DigestInput['period'], stamps: string[]) {
  return buildDigest({
    period,
    claims: [],
    values: [],
    events: [],
    feedFailures: [],
    counts: { articles: 0, relevant: 0, outlets: {} },
    positions: stamps.map((at) => ({
      claim: 'c',
      actor: 'Someone',
      stance: 'supports' as const,
      evidence: 'e',
      source: { outlet: 'o', where: 'w', date: null },
      at,
    })),
  });
}

describe('a week across a daylight-saving change', () => {
  it('gives seven Berlin days with the right dates when summer time ends', () => {
    // Summer time ends in Berlin at 03:00 on Sunday 26 October 2025: that week is 169 hours long.
    const period = weekBefore(new Date('2025-10-27T08:00:00Z'), 'Europe/Berlin');
    expect(period).toEqual({
      since: '2025-10-19T22:00:00.000Z',
      until: '2025-10-26T23:00:00.000Z',
      tz: 'Europe/Berlin',
    });
    const digest = digestOf(period, [
      '2025-10-19T22:30:00Z', // Mon 00:30 CEST
      '2025-10-26T00:30:00Z', // Sun 02:30 CEST, before the change
      '2025-10-26T01:30:00Z', // Sun 02:30 CET, after it
      '2025-10-26T22:59:00Z', // Sun 23:59 CET
      '2025-10-26T23:00:00Z', // Mon 27 00:00: the next week
    ]);
    expect(digest.days.map((d) => [d.date, d.label])).toEqual([
      ['2025-10-20', 'Mon 20 Oct'],
      ['2025-10-21', 'Tue 21 Oct'],
      ['2025-10-22', 'Wed 22 Oct'],
      ['2025-10-23', 'Thu 23 Oct'],
      ['2025-10-24', 'Fri 24 Oct'],
      ['2025-10-25', 'Sat 25 Oct'],
      ['2025-10-26', 'Sun 26 Oct'],
    ]);
    expect(digest.days.map((d) => d.assertions)).toEqual([1, 0, 0, 0, 0, 0, 3]);
    expect(digest.period.key).toBe('2025-W43');
    expect(digest.period.label).toBe('Mon 20 Oct 2025 – Sun 26 Oct 2025 (Europe/Berlin)');
  });

  it('gives seven New York days with the right dates when clocks spring forward', () => {
    // Clocks go forward in New York at 02:00 on Sunday 9 March 2025: that week is 167 hours long.
    const period = {
      since: startOfLocalDay('2025-03-03', 'America/New_York'),
      until: startOfLocalDay('2025-03-10', 'America/New_York'),
      tz: 'America/New_York',
    };
    expect(period.since).toBe('2025-03-03T05:00:00.000Z');
    expect(period.until).toBe('2025-03-10T04:00:00.000Z');
    const digest = digestOf(period, [
      '2025-03-03T05:00:00Z',
      '2025-03-09T03:59:00Z',
      '2025-03-10T03:59:59Z',
      '2025-03-10T04:00:00Z',
    ]);
    expect(digest.days.map((d) => d.date)).toEqual([
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
      '2025-03-09',
    ]);
    expect(digest.days.map((d) => d.assertions)).toEqual([1, 0, 0, 0, 0, 1, 1]);
    expect(digest.period.key).toBe('2025-W10');
  });
});

describe('which period a digest covers', () => {
  it('by default covers the last seven calendar days, today included, up to now', () => {
    const now = new Date('2025-10-27T08:00:00Z'); // Monday 11:00 in Istanbul
    expect(lastDays(now, 'Europe/Istanbul')).toEqual({
      since: '2025-10-20T21:00:00.000Z',
      until: '2025-10-27T08:00:00.000Z',
      tz: 'Europe/Istanbul',
    });
    expect(periodFor({}, now, 'Europe/Istanbul')).toEqual(lastDays(now, 'Europe/Istanbul'));
  });

  it('reads bare dates on the command line as midnight in the newsroom time zone, until exclusive', () => {
    const p = periodFor(
      { since: '2025-10-20T00:00:00.000Z', until: '2025-10-27T00:00:00.000Z' },
      new Date(),
      'Europe/Berlin',
    );
    expect(p).toEqual({ since: '2025-10-19T22:00:00.000Z', until: '2025-10-26T23:00:00.000Z', tz: 'Europe/Berlin' });
    expect(periodKey(p)).toBe('2025-W43');
    expect(periodFor({ until: '2025-10-27T00:00:00.000Z' }, new Date(), 'Europe/Berlin')).toEqual(p);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() =>
      periodFor({ since: '2025-10-27T00:00:00.000Z', until: '2025-10-20T00:00:00.000Z' }, new Date(), 'UTC'),
    ).toThrow(/--since .* must be before --until/);
  });

  it('names a whole Monday-to-Sunday week by its ISO week and anything else by its dates', () => {
    expect(periodKey(weekBefore(new Date('2026-11-23T09:00:00Z'), 'UTC'))).toBe('2026-W47');
    expect(periodKey(weekBefore(new Date('2021-01-04T09:00:00Z'), 'UTC'))).toBe('2020-W53');
    expect(periodKey(lastDays(new Date('2025-10-27T08:00:00Z'), 'Europe/Istanbul'))).toBe('2025-10-21..2025-10-27');
    // A week starting on a Wednesday is not an ISO week.
    expect(
      periodKey({
        since: startOfLocalDay('2025-10-22', 'UTC'),
        until: startOfLocalDay('2025-10-29', 'UTC'),
        tz: 'UTC',
      }),
    ).toBe('2025-10-22..2025-10-28');
  });
});
