/**
 * Typed values for the claim engine: read counts, money, percentages, dates (relative ones against the article's
 * date) and durations from a sentence in any of the story's languages, names of office-holders, parties and
 * places, and tell whether two reported values can both be right.
 */
export { extractValues } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { mayMentionValue } from './hint.js';
export type { ExtractedValue } from './extract.js';
export { parseValue } from './parse.js';
export { refinedRecord, sameMagnitude, sameSeason, valuesAgree } from './compare.js';
export { describeValue } from './describe.js';
export { readKnownValue } from './known.js';
export { knownNames, unknownNames, tenseAround } from './names.js';
export type { NameBook, NameInfo, NameOwner, NameSpan } from './names.js';
export { valueTypeOf, kindOf, isNameType } from './value-type.js';
export { isUnitClass } from './units.js';
export type { ValueType, NameType } from './value-type.js';
