import { describe, expect, it } from 'vitest';
import { readFeedDate } from '../../src/ingest/feed-date.js';

describe('reading the dates feeds really carry', () => {
  it.each([
    ['RFC 822 with a numeric zone', 'Wed, 05 Mar 2025 11:20:00 +0300', '2025-03-05T08:20:00.000Z'],
    ['RFC 3339', '2025-03-04T09:30:00Z', '2025-03-04T09:30:00.000Z'],
    ['a date wrapped in newlines', '\n      2025-03-04T09:30:00Z\n    ', '2025-03-04T09:30:00.000Z'],
    ['a two-digit year and a zone name', 'Wed, 5 Mar 25 11:20 EST', '2025-03-05T16:20:00.000Z'],
    ['a summer-time zone name', 'Sun, 07 Jan 2024 12:00:00 CEST', '2024-01-07T10:00:00.000Z'],
    ['a zone with no colon', '2025-03-04T09:30:00+0100', '2025-03-04T08:30:00.000Z'],
    ['no zone at all (taken as UTC)', '2025-03-05 10:00:00', '2025-03-05T10:00:00.000Z'],
    ['a date without a time (the day’s start)', '7 January 2024', '2024-01-07T00:00:00.000Z'],
    ['W3C-DTF year and month', '2025-03', '2025-03-01T00:00:00.000Z'],
  ])('reads %s', (_what, raw, iso) => {
    expect(readFeedDate(raw)).toBe(iso);
  });

  it.each([
    ['words with no date', 'sometime last week'],
    ['a relative day', 'yesterday'],
    ['a date without its year', 'March 5'],
    ['a year lost in other words', 'Updated 3 times, last 2025'],
    ['nothing', '   '],
  ])('gives no date for %s', (_what, raw) => {
    expect(readFeedDate(raw)).toBeNull();
  });
});
