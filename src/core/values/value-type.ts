import type { NormalisedValue } from '../types.js';

/**
 * What a value claim holds. Counts, money, dates, durations and percentages are read from numbers; people
 * (an office-holder), parties (who started something) and places are read from names.
 */
export type ValueType = 'count' | 'money' | 'date' | 'duration' | 'percent' | 'person' | 'party' | 'place';

/** Value types whose values are names. */
export type NameType = Extract<ValueType, 'person' | 'party' | 'place'>;

export const isNameType = (t: ValueType | null): t is NameType => t === 'person' || t === 'party' || t === 'place';

/** The normalised kind a value of this type has. */
export function kindOf(t: ValueType): NormalisedValue['kind'] {
  return isNameType(t) ? 'name' : t;
}

// Attribute names an editor writes, by the type they imply. Checked in order; the first pattern that fits wins.
const BY_ATTRIBUTE: Array<[RegExp, ValueType]> = [
  [/(^|_)(office_holder|holder|spokes(man|woman|person)|ceo|chairman|president|minister|chief)($|_)/, 'person'],
  [/(^|_)(initiator|instigator|originator|party_that)($|_)/, 'party'],
  [/(^|_)(location|place|venue|site)($|_)/, 'place'],
  [/(^|_)(date|day|deadline_date|signing|listing)($|_)/, 'date'],
  [/(^|_)(duration|deadline|period|timeframe|time_frame)($|_)/, 'duration'],
  [/(^|_)(stake|share|percentage|percent|rate)($|_)/, 'percent'],
  [/(^|_)(money|amount|price|cost|value|contract_value|market_value|revenue|budget)($|_)/, 'money'],
  [/(^|_)(quantity|count|number|volume|sales_volume|troops|casualties)($|_)/, 'count'],
];

/**
 * The type of a value claim: as the claim set says (`type`), else the kind of its values on record, else what
 * its attribute's name implies; null when none tells.
 */
export function valueTypeOf(
  declared: ValueType | undefined,
  attribute: string | null,
  known: readonly NormalisedValue[],
): ValueType | null {
  if (declared) return declared;
  if (!attribute) return null;
  const kind = known[0]?.kind;
  if (kind && kind !== 'name') return kind;
  for (const [re, t] of BY_ATTRIBUTE) if (re.test(attribute)) return t;
  return null;
}
