/**
 * Typed values for the claim engine: read counts, money, dates and durations from a sentence in any of the
 * story's languages, and tell whether two reported values can both be right.
 */
export { extractValues } from './extract.js';
export { mayMentionValue } from './hint.js';
export type { ExtractedValue } from './extract.js';
export { parseValue } from './parse.js';
export { valuesAgree } from './compare.js';
export { describeValue } from './describe.js';
