import type { NormalisedValue } from '../types.js';
import { plural } from './units.js';

/** A number as a person writes it: 2.5, 400, 2,500 (no trailing zeros, thousands grouped). */
function figure(n: number): string {
  const rounded = Math.round(n * 1000) / 1000;
  const [whole = '0', fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function amount(n: number): string {
  for (const [size, name] of SCALES) if (Math.abs(n) >= size) return `${figure(n / size)} ${name}`;
  return figure(n);
}

// A span is shown in the largest unit that divides both ends, from two of it up ("30 days", "2 months", "1 year").
const SPANS: Array<[number, string, number]> = [
  [365, 'year', 365],
  [30, 'month', 60],
  [7, 'week', 14],
  [1, 'day', 0],
];

function duration(min: number, max: number): string {
  const [size, name] = SPANS.find(([s, , from]) => min % s === 0 && max % s === 0 && max >= from) ?? [1, 'day'];
  const [lo, hi] = [min / size, max / size];
  const unit = hi === 1 ? name : `${name}s`;
  return lo === hi ? `${figure(lo)} ${unit}` : `${figure(lo)}–${figure(hi)} ${unit}`;
}

/** Short human text for a value: "4 battalions", "USD 2.5 billion", "2017-12", "2026–2027", "4–6 months". */
export function describeValue(v: NormalisedValue): string {
  switch (v.kind) {
    case 'count':
      if (v.unit === null) return figure(v.count);
      if (v.count === 1) return `1 ${v.unit === 'people' ? 'person' : v.unit}`;
      return `${figure(v.count)} ${plural(v.unit)}`;
    case 'money':
      return `${v.approx ? 'about ' : ''}${v.currency} ${amount(v.amount)}`;
    case 'date':
      return v.from === v.to ? v.from : `${v.from}–${v.to}`;
    case 'duration':
      return duration(v.minDays, v.maxDays);
    case 'percent':
      return `${figure(v.value)}%`;
    case 'name':
      return v.name;
    default:
      return '';
  }
}
