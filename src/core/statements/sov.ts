import type { NameOwner } from '../claimset/compile.js';
import type { PhraseHit } from '../text/phrases.js';
import { isIdeographic, type Token } from '../text/tokens.js';

/**
 * Korean, Japanese and Turkish put the verb last and mark the subject: "러시아 정부가 … 부인했다", "日産の内田社長は
 * … 述べた", "Kremlin Sözcüsü Peskov, … Putin'in … görüşmediğini söyledi". The speaker of the closing verb is the
 * name carrying the subject or topic marker (Korean 이/가/은/는/께서, Japanese は/が), or in Turkish the first name with
 * no case ending after its apostrophe; names marked otherwise are what is spoken of.
 */

const JAPANESE_SUBJECT = /^(?:[\p{Script=Han}\p{Script=Katakana}ー]{0,6})?(?:は|が|も)/u;
const TURKISH_CASE = /^'(?:\p{L}{1,5})/u;
const HANGUL = /\p{Script=Hangul}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TURKISH = /[ığşİ]/u;

/** End offset of a name hit in the text: the end of its last token's word. */
export function endOf(text: string, tokens: Token[], h: PhraseHit<NameOwner>): number {
  const last = tokens[h.end - 1]!;
  // Chinese and Japanese characters are tokens of their own: the name ends with its last character.
  if (isIdeographic(text.charCodeAt(last.start))) return last.start + 1;
  let i = last.start;
  while (i < text.length && /[\p{L}\p{N}\p{M}-]/u.test(text[i]!)) i++;
  return i;
}

/** The marked subject among the actors named before the verb, in a verb-last language; null when none is marked. */
export function verbLastSubject(
  text: string,
  hits: PhraseHit<NameOwner>[],
  tokens: Token[],
  cueAt: number,
  isPerson: (id: string) => boolean = () => false,
): string | null {
  const subject = markedSubject(text, hits, tokens, cueAt);
  if (!subject || subject.startsWith('name:')) return subject;
  // "Kremlin Sözcüsü Dmitriy Peskov", "크렘린궁 대변인 페스코프는": a body's title before a person's name is the person.
  const at = hits.findIndex((h) => h.owner === `actor:${subject}`);
  const next = hits.slice(at + 1).find((h) => h.owner.startsWith('actor:') && h.owner !== `actor:${subject}`);
  // Not when the body carries the marker itself ("러시아 정부가 … 트럼프 …", "政府は"): then the body speaks.
  const end = endOf(text, tokens, hits[at]!);
  const marked =
    /(?:은|는|이|가|께서)$/u.test(text.slice(tokens[hits[at]!.start]!.start, end)) ||
    /^[はがも]/u.test(text.slice(end));
  if (
    next &&
    !marked &&
    !isPerson(subject) &&
    isPerson(next.owner.slice(6)) &&
    tokens[next.start]!.start - endOf(text, tokens, hits[at]!) <= 20
  )
    return next.owner.slice(6);
  return subject;
}

function markedSubject(text: string, hits: PhraseHit<NameOwner>[], tokens: Token[], cueAt: number): string | null {
  const korean = HANGUL.test(text);
  const japanese = !korean && KANA.test(text);
  const turkish = !korean && !japanese && TURKISH.test(text);
  if (!korean && !japanese && !turkish) return null;
  if (korean) {
    // A sentence opening with its own marked subject that the claim set does not know ("러시아 정부가 … 보도를
    // 부인했다"): that subject speaks, not a name inside the clause it denies.
    const opening = openingSubject(text);
    const firstActor = hits.find((h) => h.owner.startsWith('actor:'));
    if (opening && opening.end < cueAt) {
      if (!firstActor || tokens[firstActor.start]!.start >= opening.end) return `name:${opening.name}`;
      // The marked opening words are a known name ("러시아 정부가" for a body the set knows): that one speaks.
      return firstActor.owner.slice(6);
    }
  }
  let clauseSubject: string | null = null;
  for (const h of hits) {
    if (!h.owner.startsWith('actor:')) continue;
    const at = tokens[h.start]!.start;
    if (at >= cueAt) break;
    if (korean) {
      // The particle is glued to the name or to the title after it ("바르가 장관은"): a topic or honorific subject
      // ending (은/는/께서) on either, or 이/가 on the title (names themselves often end in those letters).
      const end = endOf(text, tokens, h);
      const word = text.slice(at, end);
      const next = text.slice(end).match(/^\s+([\p{L}]{1,6})/u)?.[1] ?? '';
      if (/(?:은|는|께서)$/u.test(word) || /^\p{L}{1,4}(?:은|는|이|가|께서)$/u.test(next)) return h.owner.slice(6);
    } else if (japanese) {
      // The topic (は/も) is the sentence's own subject; a が-marked name is most often the subject of a clause
      // inside it ("鴻海が日産に出資を持ちかけたとの見方について、内田社長は…述べた"), taken only when no topic is marked.
      const marker = JAPANESE_SUBJECT.exec(text.slice(endOf(text, tokens, h)))?.[0].slice(-1);
      if (marker === 'は' || marker === 'も') return h.owner.slice(6);
      if (marker === 'が') clauseSubject ??= h.owner.slice(6);
    } else if (!TURKISH_CASE.test(text.slice(endOf(text, tokens, h)))) {
      return h.owner.slice(6);
    }
  }
  return clauseSubject;
}

/** The first of the sentence's first three words that carries a subject or topic marker, and the words up to it. */
function openingSubject(text: string): { name: string; end: number } | null {
  const words = /^\s*(\S+)(?:\s+(\S+))?(?:\s+(\S+))?/u.exec(text);
  if (!words) return null;
  const parts: string[] = [];
  for (const w of words.slice(1)) {
    if (!w) break;
    const m = /^([\p{L}\p{N}]+?)(?:은|는|가|께서)$/u.exec(w);
    if (m) {
      parts.push(m[1]!);
      return { name: parts.join(' '), end: text.indexOf(w) + w.length };
    }
    parts.push(w);
  }
  return null;
}
