import type { NormalisedValue } from '../types.js';
import { tokenize } from '../text/tokens.js';
import { knownNames, tenseAround, unknownNames, type NameBook } from './names.js';
import { parseValue } from './parse.js';
import { isNameType, kindOf, type ValueType } from './value-type.js';

/**
 * A value on record, as the claim set writes it, read as the claim's type: "am Donnerstag" against the date of
 * the source that gave it, "Trump placed the call" as the party named first, "Дмитрий Песков" as the actor the
 * set knows by that spelling. Null when it cannot be read as that type.
 */
export function readKnownValue(
  text: string,
  type: ValueType | null,
  published: string | null,
  book: NameBook,
  parties: readonly string[] = [],
): NormalisedValue | null {
  if (type === 'party' && parties.length) {
    // The party is one of the claim's own (as in sentences): the first of them named.
    const hit = book.index
      .find(tokenize(text))
      .find((h) => h.owner.startsWith('entity:') && parties.includes(h.owner.slice(7)));
    const info = hit ? book.about(hit.owner) : null;
    if (hit) return { kind: 'name', name: info?.name ?? hit.owner.slice(7), key: hit.owner };
  }
  if (type && isNameType(type)) {
    const known = knownNames(text, tokenize(text), book, type);
    const span = known[0] ?? (type === 'person' ? unknownNames(text, [])[0] : undefined);
    if (span) {
      const tense = tenseAround(text, span.start, span.end);
      return tense
        ? { kind: 'name', name: span.name, key: span.key, tense }
        : { kind: 'name', name: span.name, key: span.key };
    }
    const plain = text.trim();
    return plain.split(/\s+/).length <= 4
      ? { kind: 'name', name: plain, key: `name:${plain.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}` }
      : null;
  }
  const v = parseValue(text, undefined, { published });
  return v && (!type || v.kind === kindOf(type)) ? v : null;
}
