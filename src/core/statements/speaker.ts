import type { CompiledClaimSet, NameOwner } from '../claimset/compile.js';
import type { Token } from '../text/tokens.js';
import { execAll } from '../text/regex.js';
import { endOf } from './sov.js';
import type { PhraseHit } from '../text/phrases.js';
import { mentionsUnnamedSources, unknownNameNear, type ReportingCue } from './attribution.js';

/**
 * Which name in a sentence speaks its reporting verb: the one quoted by an agency, the subject before an aside, a
 * person near the verb, the actor opening the sentence, an unknown capitalised name — never the object of a
 * preposition. Used by {@link attributeStatements}.
 */

export const UNNAMED_SOURCES = 'name:unnamed sources';

/** Chinese or Japanese script: no spaces between words. */
const CJK_TEXT = /[\u3040-\u30ff\u4e00-\u9fff]/u;

/** A quotation in double or curly single quotes. */
export const QUOTED = /"[^"]*"|‘[^’]*’/g;

/** A surname already met as an unknown speaker's, standing as a word of its own (any case ending). */
export function surnameSpeaker(text: string, surnames: Map<string, string>): string | null {
  for (const [surname, key] of surnames) {
    if (key === UNNAMED_SOURCES) continue;
    if (surnamePattern(surname).test(text)) return key;
  }
  return null;
}

const surnamePatterns = new Map<string, RegExp>();

/** The surname's first letters (all but two, at least four) and up to four more: any case ending. */
function surnamePattern(surname: string): RegExp {
  let re = surnamePatterns.get(surname);
  if (!re) {
    const stemLen = Math.max(4, surname.length - 2);
    re = new RegExp(
      `(?<![\\p{L}])${surname.slice(0, stemLen).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}{0,4}(?![\\p{L}])`,
      'u',
    );
    if (surnamePatterns.size > 5_000) surnamePatterns.clear();
    surnamePatterns.set(surname, re);
  }
  return re;
}

/** Chinese words before a name that make it the one interviewed or spoken to: "接受…采访", "对…表示", "向…透露". */
const SPOKEN_TO = /(?:接受|對|对|向|與|与|跟)$/u;

/** Verbs of quoting: their object is the speaker. */
const QUOTING_CUE = new RegExp(
  String.raw`^(quoted|quoting|zitierte|zitiert|цитиру\p{L}*|процитировал\p{L}*|cité|citó|citando|cytował\p{L}*|` +
    String.raw`aktardı|援引|引述)$`,
  'iu',
);
/** "Name, asked about …, said": a subject, then an aside opened by a participle of asking or answering. */
const ASIDE_SUBJECT = new RegExp(
  String.raw`^([^,]{2,60}),\s*(?:when |after being |while )?(?:asked|responding|replying|commenting|speaking|` +
    String.raw`referring|answering|pressed|отвечая|комментируя|говоря|на вопрос|auf die Frage|angesprochen|` +
    String.raw`interrogé|répondant|preguntado|respondiendo|zapytany|odpowiadając|sorulan|yanıt veren|` +
    String.raw`interpellato|rispondendo)\b[^,]*,`,
  'iu',
);

const AFTER_CUE = new RegExp(
  String.raw`^(according to|по словам|по данным|по информации|как сообщает|selon|d'après|laut|según|citing|` +
    String.raw`cited by|σύμφωνα με|όπως μετέδωσε|به گزارش|به نقل از)`,
  'i',
);

/** "According to X" names its speaker after the cue; "X said" before or right after it. */
export function speakerForCue(
  hits: PhraseHit<NameOwner>[],
  tokens: Token[],
  cue: ReportingCue,
  text: string,
  cs: CompiledClaimSet,
): string | null {
  if (AFTER_CUE.test(cue.text)) {
    const end = cue.at + cue.text.length;
    const window = text.slice(end, end + 60);
    const after = hits.find(
      (h) => h.owner.startsWith('actor:') && tokens[h.start]!.start >= end && tokens[h.start]!.start < end + 60,
    );
    if (after && !/^\s*(sources?|источник|kaynak)/i.test(window)) return after.owner.slice(6);
    if (mentionsUnnamedSources(window)) return UNNAMED_SOURCES;
  }
  // "Interfax quoted Peskov as saying", "zitierte die Agentur Interfax den Sprecher": the one quoted speaks, not
  // the agency that relays him.
  if (QUOTING_CUE.test(cue.text)) {
    const quoted = nearestActor(
      hits.filter((h) => tokens[h.start]!.start > cue.at),
      tokens,
      cue.at,
      (id) => cs.actors.get(id)?.kind === 'person',
    );
    if (quoted) return quoted;
  }
  // "…, declared Dmitry Peskov, the press secretary": a verb after a comma or a quotation, its subject right after it.
  const inverted = invertedSubject(hits, tokens, cue, text);
  if (inverted) return inverted;
  // "Peskov, asked about Erdoğan's request, said …": the name opening the sentence is the subject; a name inside
  // the aside between commas is what he was asked about.
  const aside = ASIDE_SUBJECT.exec(text.slice(0, cue.at));
  if (aside) {
    const subject = hits.find((h) => h.owner.startsWith('actor:') && tokens[h.start]!.start < aside[1]!.length);
    if (subject) return subject.owner.slice(6);
  }
  // The subject before the verb speaks ("Bloomberg reported that Erdogan …"); among those, people first:
  // "Ankara" or "the Kremlin" near the verb is more often a place or a topic than the speaker.
  const isPerson = (id: string) => cs.actors.get(id)?.kind === 'person';
  const before = hits.filter((h) => tokens[h.start]!.start < cue.at);
  // Chinese and Japanese put the subject in the verb's own clause ("…致电普京，当时克宫断然否认"): the actor there
  // speaks, whatever its kind; a person in an earlier clause is spoken of.
  if (CJK_TEXT.test(text)) {
    const clauseStart = Math.max(...[...'，,、；;：:'].map((c) => text.lastIndexOf(c, cue.at - 1))) + 1;
    // The one interviewed or spoken to ("在接受新华社采访时表示", "对记者表示") is not the speaker.
    const own = before.filter(
      (h) => tokens[h.start]!.start >= clauseStart && !SPOKEN_TO.test(text.slice(0, tokens[h.start]!.start)),
    );
    const inClause = nearestActor(own, tokens, cue.at, undefined, 40);
    if (inClause) return inClause;
  }
  const quoted = execAll(QUOTED, text.slice(0, cue.at)).reduce((n, q) => n + q[0].length, 0);
  const person =
    nearestActor(before, tokens, cue.at, isPerson, 90, quoted, text) ??
    nearestActor(before, tokens, cue.at, (id) => !isPerson(id), 30, quoted, text);
  if (person) return person;
  // The actor opening the sentence is its subject, however long the way to its verb ("Die Post hatte … berichtet").
  const opening = hits.find((h) => h.owner.startsWith('actor:') && h.start <= 2 && tokens[h.start]!.start < cue.at);
  if (opening) return opening.owner.slice(6);
  const after = nearestActor(
    hits.filter((h) => tokens[h.start]!.start > cue.at),
    tokens,
    cue.at,
    isPerson,
    90,
    0,
    text,
  );
  // "People familiar with the talks say …": the subject right before the verb is unnamed, whatever names follow.
  if (cue.at > 0 && mentionsUnnamedSources(text.slice(Math.max(0, cue.at - 50), cue.at))) return UNNAMED_SOURCES;
  const taken = hits.map((h): [number, number] => [tokens[h.start]!.start, tokens[h.end - 1]!.start + 5]);
  const unknown = unknownNameNear(text, cue.at, taken);
  if (unknown) return `name:${unknown}`;
  if (after) return after;
  // An institution speaks only when it is the subject right before the verb ("the Kremlin insists");
  // "after reports that Ankara could …" names a topic, not a speaker.
  return cue.kind === 'report' ? null : nearestActor(hits, tokens, cue.at, undefined, 30);
}

/** A title of lower-case words and quoted names between a Cyrillic verb and its subject's name. */
const ROLE_GAP = /^\s*(?:[\p{Ll}'’-]+\s+|"[^"]{1,40}"\s+){1,7}$/u;
const CYRILLIC_CUE = /^[\u0400-\u04ff]/u;

/** What may stand between an inverted verb and its subject: "said the Kremlin's Dmitry Peskov", "declaró el". */
const INVERTED_GAP = /^\s*(?:(?:the|a|el|la|le|les|der|die|das|il|lo|ο|η|οι)\s+)?$/iu;

/**
 * The subject of an inverted reporting clause ('"…", said Peskov', '…, declared Dmitry Peskov, the press
 * secretary'): the verb follows a comma, a dash or a closing quotation mark and its subject comes right after it.
 */
function invertedSubject(
  hits: PhraseHit<NameOwner>[],
  tokens: Token[],
  cue: ReportingCue,
  text: string,
): string | null {
  if (!/[,"”’»—–-]\s*$/u.test(text.slice(Math.max(0, cue.at - 3), cue.at))) return null;
  const end = cue.at + cue.text.length;
  for (const h of hits) {
    if (!h.owner.startsWith('actor:')) continue;
    const at = tokens[h.start]!.start;
    if (at < end) continue;
    if (at - end < 12 && INVERTED_GAP.test(text.slice(end, at))) return h.owner.slice(6);
    // Russian and Ukrainian put the title between: "— заявил генеральный директор компании «Велор» Игорь Сомов".
    if (at - end < 80 && CYRILLIC_CUE.test(cue.text) && ROLE_GAP.test(text.slice(end, at))) return h.owner.slice(6);
  }
  return null;
}

/**
 * The known actor nearest a reporting cue: a subject shortly before it ("Peskov said", "Peskov, the
 * Kremlin spokesman, said") or right after it ("said Peskov").
 */
function nearestActor(
  hits: PhraseHit<NameOwner>[],
  tokens: Token[],
  cueAt: number,
  kinds?: (id: string) => boolean,
  reach = 90,
  quoted = 0,
  text = '',
): string | null {
  let best: { id: string; d: number } | null = null;
  for (const h of hits) {
    if (!h.owner.startsWith('actor:') || (kinds && !kinds(h.owner.slice(6)))) continue;
    // The object of a preposition ("after a call with Trump", "в разговоре с Путиным") is not the one speaking.
    // (Greek "ο" before a name is its article, "δήλωσε ο Βαρέλας", though it folds like Russian "о", "about".)
    if (h.start > 0 && PREPOSITIONS.has(tokens[h.start - 1]!.norm) && !greekArticle(text, tokens[h.start - 1]!.start))
      continue;
    const at = tokens[h.start]!.start;
    // A quotation between the speaker and the verb ("MSB sources, '…', said") does not count as distance.
    const d = at <= cueAt ? Math.max(0, cueAt - at - quoted) : (at - cueAt) * 2;
    if (at <= cueAt ? d > reach : at - cueAt > 40) continue;
    if (!best || d < best.d) best = { id: h.owner.slice(6), d };
  }
  return best?.id ?? null;
}

const greekArticle = (text: string, at: number) => /^(?:ο\s|κ\.)/iu.test(text.slice(at, at + 2));

/** Prepositions (folded) whose object is a name spoken of, not a speaker. */
const PREPOSITIONS = new Set([
  'with',
  'to',
  'from',
  'about',
  'for',
  'against',
  'of',
  'by',
  'into',
  'toward',
  'towards',
  'between',
  'among',
  'than',
  's',
  'so',
  'k',
  'ko',
  'o',
  'ob',
  'ot',
  'dlia',
  'protiv',
  'mezhdu',
  'z',
  'zi',
  'do',
  'vid',
  'pro',
  'mit',
  'zu',
  'von',
  'uber',
  'gegen',
  'avec',
  'contre',
  'entre',
  'con',
  'sobre',
  'contra',
  'ile',
  'z',
  'ze',
  'przeciwko',
  'con',
]);

/** A known actor among the first three words of the sentence: its grammatical subject. */
export function openingActor(hits: PhraseHit<NameOwner>[]): string | null {
  const first = hits.find((h) => h.owner.startsWith('actor:') && h.start <= 2);
  return first ? first.owner.slice(6) : null;
}

export function isPersonKey(key: string, cs: CompiledClaimSet): boolean {
  return key.startsWith('name:') ? key !== UNNAMED_SOURCES : cs.actors.get(key)?.kind === 'person';
}

/** Titles that make a person speak for a body: "spokesperson of the Foreign Ministry", "Außenamtssprecher". */
const OFFICE = new RegExp(
  String.raw`spokes(?:man|woman|person)|chief executive|\bceo\b|consejero delegado|director ejecutivo|` +
    String.raw`directeur général|\bpdg\b|vorstandschef|amministratore delegato|press secretary|minister|deputy|` +
    String.raw`official|ambassador|envoy|representative|director|chief|head|chairman|president|sprecher|` +
    String.raw`porte-parole|ministre|portavoz|ministro|portavoce|представител|пресс-секретар|министр|` +
    String.raw`замминистр|посол|речни|міністр|посол|rzeczni|minist|sözcü|bakan|büyükelçi|εκπρόσωπ|υπουργ`,
  'iu',
);

/** "Its chief executive, X", "su portavoz X", "son PDG X", "sein Sprecher X": a title owned by the sentence's body. */
const POSSESSIVE_TITLE = new RegExp(
  String.raw`(?<![\p{L}])(?:its|their|su|sus|son|sa|leur|sein|seine|seinem|ihr|ihre|il suo|la sua|его|її|jego)\s+` +
    String.raw`(?:[\p{L}-]+\s+){0,2}?(?:${OFFICE.source})[\p{L}]*\s*,?\s*$`,
  'iu',
);

/**
 * An unknown person who speaks in a title of a known body ("the spokesperson of the Foreign Ministry Oleg N.",
 * "Foreign Ministry spokesman Oleg N.", "Oleg N., a deputy minister at the Foreign Ministry") speaks for that
 * body: the claim set knows the body, not every official in it.
 */
export function bodyOfNamedSpeaker(
  name: string,
  text: string,
  hits: PhraseHit<NameOwner>[],
  tokens: Token[],
  cs: CompiledClaimSet,
): string | null {
  const at = text.indexOf(name);
  if (at < 0) return null;
  const end = at + name.length;
  // "según dijo su consejero delegado, Iván Espinosa": "its" title points back to the body the sentence is about.
  const possessive = POSSESSIVE_TITLE.test(text.slice(Math.max(0, at - 45), at));
  if (possessive) {
    const body = hits.find((h) => isBodyHit(h, cs) && tokens[h.start]!.start < at);
    if (body) return body.owner.slice(6);
  }
  for (const h of hits) {
    if (!isBodyHit(h, cs)) continue;
    const id = h.owner.slice(6);
    const from = tokens[h.start]!.start;
    const to = endOf(text, tokens, h);
    // The title and the body before the name, or in an aside right after it.
    const between = to <= at && at - from < 80 ? text.slice(Math.max(0, from - 40), at) : null;
    const aside = from >= end && from - end < 70 ? text.slice(end, from) : null;
    if (between !== null && OFFICE.test(between) && !/[.;:]/.test(text.slice(to, at))) return id;
    if (aside !== null && /^\s*,/.test(aside) && OFFICE.test(aside)) return id;
  }
  return null;
}

/** A known actor hit that names a body (an institution or a group: not a person, not an outlet). */
export function isBodyHit(h: PhraseHit<NameOwner>, cs: CompiledClaimSet): boolean {
  if (!h.owner.startsWith('actor:')) return false;
  const kind = cs.actors.get(h.owner.slice(6))?.kind;
  return kind !== 'person' && kind !== 'outlet';
}
