import type { Token } from '../text/tokens.js';
import type { NameType } from './value-type.js';
import { wordFits } from './cue-phrases.js';
import { titleCase } from '../text/chars.js';

/**
 * Names as values: who holds an office, who started something, where it happened. Known names come from the
 * claim set (actors and entities, in every spelling it lists); for an office, a name the set does not know
 * counts too when it stands right against the title ("spokesman Oleg Nikolenko"), so a misnamed holder shows.
 */

export type NameOwner = `entity:${string}` | `actor:${string}` | `near:${string}`;

/** What the claim set says about a name's owner. */
export interface NameInfo {
  name: string;
  /** person, institution, outlet, group for actors; the entity's kind (person, country, place, company…). */
  kind: string;
  /** Each spelling as matching words (folded), when the reader should check a hit against them. */
  spellings?: string[][];
}

export interface NameBook {
  /** The claim set's phrase index of names (any owner type; only entity and actor owners are read). */
  index: { find(tokens: readonly Token[]): Array<{ owner: string; start: number; end: number }> };
  about(owner: string): NameInfo | null;
}

/** A name in a sentence: its characters, who it is, and whether the claim set knows it. */
export interface NameSpan {
  start: number;
  end: number;
  name: string;
  key: string;
  kind: string;
  known: boolean;
}

const PLACE_KINDS = new Set(['place', 'city', 'country', 'region', 'location', 'site']);
const PARTY_KINDS = new Set([
  'person',
  'institution',
  'group',
  'country',
  'company',
  'organisation',
  'organization',
  'government',
  'state',
]);

/** Would an owner of this kind be a value of this type? */
function fits(type: NameType, isActor: boolean, kind: string): boolean {
  if (type === 'place') return !isActor && PLACE_KINDS.has(kind);
  if (type === 'person') return kind === 'person';
  return isActor ? kind !== 'outlet' : PARTY_KINDS.has(kind);
}

const WORD_END = /^[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/u;

const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Where a matching token ends in the text: a Chinese or Japanese character is a token of its own. */
export function endOf(text: string, tok: Token): number {
  const head = text.slice(tok.start, tok.start + 80);
  if (CJK_CHAR.test(head)) return tok.start + (head.codePointAt(0)! > 0xffff ? 2 : 1);
  const m = WORD_END.exec(head);
  return tok.start + (m ? m[0].length : 1);
}

/**
 * Do the words of a hit stand for one of its owner's spellings, give or take an ending? The name index also
 * matches long words by a short stem, which joins unrelated names ("블라디보스토크로" and "블링컨" share one).
 */
export function spelledAsKnown(
  tokens: readonly Token[],
  hit: { start: number; end: number },
  info: NameInfo | null,
): boolean {
  if (!info?.spellings) return true;
  const words = tokens.slice(hit.start, hit.end).map((t) => t.norm);
  return info.spellings.some((a) => a.length === words.length && a.every((w, j) => wordFits(words[j]!, w)));
}

/** Known names of the right type in a sentence (matching tokens already made), left to right. */
export function knownNames(text: string, tokens: readonly Token[], book: NameBook, type: NameType): NameSpan[] {
  const out: NameSpan[] = [];
  // Several owners may share a span ("Trump" is the person entity and the actor), each reported as a hit of its
  // own: an actor wins, as the speaker's name does elsewhere, so known values and sentences resolve alike.
  for (const hit of book.index.find(tokens)) {
    const info = book.about(hit.owner);
    const isActor = hit.owner.startsWith('actor:');
    if (
      !info ||
      (!isActor && !hit.owner.startsWith('entity:')) ||
      !fits(type, isActor, info.kind) ||
      !spelledAsKnown(tokens, hit, info)
    )
      continue;
    const span: NameSpan = {
      start: tokens[hit.start]!.start,
      end: endOf(text, tokens[hit.end - 1]!),
      name: info.name,
      key: hit.owner,
      kind: info.kind,
      known: true,
    };
    const same = out.findIndex((o) => o.start === span.start && o.end === span.end);
    if (same < 0) out.push(span);
    else if (isActor && !out[same]!.key.startsWith('actor:')) out[same] = span;
  }
  return out;
}

const NAME_WORD_AFTER = /^ ([\p{L}\p{M}]+)/u;
const NAME_WORD_BEFORE = /([\p{L}\p{M}]+) $/u;
const SCRIPT_OF = [/\p{Script=Hangul}/u, /[\p{Script=Katakana}ー]/u, /\p{Script=Latin}/u, /\p{Script=Cyrillic}/u];

/** Capitalised words that are no given name: days and months (English, German). */
const CALENDAR_WORD = new RegExp(
  '^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|' +
    'october|november|december|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|' +
    'juni|juli|oktober|dezember)$',
  'iu',
);

/** Same script, and for letters with case, a capital: a word that could be part of the same personal name. */
function nameWordLike(word: string, surname: string, text: string): boolean {
  const script = SCRIPT_OF.find((re) => re.test(surname.charAt(0)));
  if (!script || !script.test(word.charAt(0))) return false;
  if (!/\p{L}/u.test(word.charAt(0)) || /\p{Ll}/u.test(word.charAt(0))) return false;
  // In letters with case, a capital proves little in a headline written in title case, or on a day or a month.
  const cased = /\p{Lu}/u.test(word.charAt(0));
  return !cased || (!titleCase(text) && !CALENDAR_WORD.test(word));
}

/**
 * A known person named by surname alone, beside a given name that is not theirs ("미베 토시바" for 미베 도시히로,
 * "Toshiba Mibe" for Toshihiro Mibe): a garbled name, read as the unknown name it is. The word beside it must be in
 * the surname's script (capitalised where letters have case), outside every known name and title, and no word of
 * any of the person's spellings.
 */
export function garbledName(
  text: string,
  span: NameSpan,
  info: NameInfo | null,
  taken: ReadonlyArray<{ start: number; end: number }>,
): NameSpan | null {
  const word = text.slice(span.start, span.end);
  if (!info?.spellings?.some((sp) => sp.length > 1) || /\s/u.test(word)) return null;
  const known = new Set(info.spellings.flat());
  const free = (a: number, b: number) => !taken.some((t) => t.start < b && a < t.end);
  const after = NAME_WORD_AFTER.exec(text.slice(span.end, span.end + 40));
  const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
  const sides: Array<[number, number]> = [];
  if (after) sides.push([span.end + 1, span.end + 1 + after[1]!.length]);
  if (before) sides.push([span.start - 1 - before[1]!.length, span.start - 1]);
  for (const [a, b] of sides) {
    const other = text.slice(a, b);
    if (!nameWordLike(other, word, text) || !free(a, b) || known.has(other.toLowerCase())) continue;
    if ([...known].some((k) => k.length > 2 && other.toLowerCase().startsWith(k))) continue;
    const [start, end] = a < span.start ? [a, span.end] : [span.start, b];
    return unknownPerson(text, start, end);
  }
  return null;
}

/** An unknown person's name at [start, end): its key folds accents and case ("Iván" = "Ivan"). */
function unknownPerson(text: string, start: number, end: number): NameSpan {
  const name = text.slice(start, end);
  const key = `name:${name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}`;
  return { start, end, name, key, kind: 'person', known: false };
}

// Two or three capitalised words in Latin or Cyrillic letters: a personal name the claim set may not know.
// A case ending after an apostrophe ("Hachigo'nun") is not part of the name.
const CAPITALISED =
  /(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}+)?(?:\s\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}+)?){1,2}(?![\p{L}\p{M}-])/gu;

/** Unknown personal names (two or three capitalised words) outside the spans given, left to right. */
export function unknownNames(text: string, taken: ReadonlyArray<{ start: number; end: number }>): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    // Words of a known name at either end ("Seaway Jon Vik") are cut off; two words must remain.
    const words = [...m[0].matchAll(/\S+/gu)].map((w) => ({
      start: (m.index ?? 0) + (w.index ?? 0),
      end: (m.index ?? 0) + (w.index ?? 0) + w[0].length,
    }));
    const free = (w: { start: number; end: number }): boolean =>
      !taken.some((t) => t.start < w.end && w.start < t.end);
    while (words.length && !free(words[0]!)) words.shift();
    while (words.length && !free(words[words.length - 1]!)) words.pop();
    if (words.length < 2 || !words.every(free)) continue;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    out.push(unknownPerson(text, start, end));
  }
  return out;
}

// Words that make a named holder a past or future one: no conflict with the holder now.
const FORMER = new RegExp(
  '(former|ex-|previous|predecessor|бывш|колишн|попередни|предшественник|ehemalig|früher|vorgänger|' +
    'ancien|ex |predecesor|antiguo|eski |önceki|前任|전임|전 |元社長|前社长|前社長)',
  'iu',
);
const NEXT = new RegExp(
  '(new |incoming|future|successor|succeed|replac|next |новый|новая|нового|новий|нова |наступник|' +
    'преемник|neue[nr]? |künftig|designiert|nachfolger|nouveau|nouvelle|futur|successeur|nuevo|nueva|' +
    'futuro|sucesor|yeni |halef|新任|次期|후임|신임|차기|接任|继任|繼任)',
  'iu',
);

/** Does the text around a holder's name (and its title) call the holder former or incoming? */
export function tenseAround(text: string, from: number, to: number): 'former' | 'next' | undefined {
  const window = text.slice(Math.max(0, from - 30), Math.min(text.length, to + 25));
  if (FORMER.test(window)) return 'former';
  if (NEXT.test(window)) return 'next';
  return undefined;
}
