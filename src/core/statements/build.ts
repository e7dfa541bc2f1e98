import type { CompiledClaimSet, NameOwner } from '../claimset/compile.js';
import type { Sentence } from '../text/sentences.js';
import { tokenize, type Token } from '../text/tokens.js';
import { execAll } from '../text/regex.js';
import type { PhraseHit } from '../text/phrases.js';
import { extractQuotes } from './quotes.js';
import { endOf, verbLastSubject } from './sov.js';
import {
  bodyOfNamedSpeaker,
  isBodyHit,
  isPersonKey,
  openingActor,
  QUOTED,
  speakerForCue,
  surnameSpeaker,
  UNNAMED_SOURCES,
} from './speaker.js';
import {
  describedSpeakerSpan,
  mentionsUnnamedSources,
  pronounSource,
  pronounSpeaker,
  reportedSpeech,
  reportingCues,
  roleOnlySpeaker,
  unknownNameNear,
  unknownNamedSpeaker,
  type ReportingCue,
} from './attribution.js';

/** One sentence with everything the matcher and the stance judge need. */
export interface Statement {
  sentence: Sentence;
  tokens: Token[];
  entities: Set<string>;
  /** Known actors named in the sentence. */
  actorsNamed: string[];
  /**
   * Speaker: a known actor id, or `name:<Display Name>` for one the claim set does not know; null = the article
   * itself.
   */
  speaker: string | null;
  /**
   * True when the sentence carries explicit attribution (a reporting verb, "according to", a quote with a speaker).
   */
  attributed: boolean;
  cues: ReportingCue[];
  quotes: string[];
  /** Others who say the same with the speaker: "Nissan and Honda deny", "both companies said". */
  coSpeakers?: string[];
}

export { UNNAMED_SOURCES } from './speaker.js';

const isEntity = (owner: NameOwner) => owner.startsWith('entity:') || owner.startsWith('near:');
const isActor = (owner: NameOwner) => owner.startsWith('actor:');

/** Statements with their names found but no speaker yet, and the name hits attribution will need. */
export interface NamedStatements {
  statements: Statement[];
  hits: PhraseHit<NameOwner>[][];
}

/**
 * The first, cheap half of {@link buildStatements}: each sentence's tokens and the names in it (all that
 * relevance needs). An article off the story stops here; {@link attributeStatements} does the rest.
 */
export function nameStatements(sentences: Sentence[], cs: CompiledClaimSet): NamedStatements {
  const statements: Statement[] = [];
  const hits: PhraseHit<NameOwner>[][] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text);
    // Names of actors and entities, and of entities alone ("Turkish Defence Ministry" still mentions Turkey).
    const [named, entityHits] = cs.names.findTwo(tokens, isEntity, isActor);
    const entities = new Set<string>();
    const actorsNamed: string[] = [];
    for (const h of named)
      if (h.owner.startsWith('actor:') && !actorsNamed.includes(h.owner.slice(6))) actorsNamed.push(h.owner.slice(6));
    let near: string[] | null = null;
    let titles: PhraseHit<NameOwner>[] | null = null;
    for (const h of entityHits) {
      if (h.owner.startsWith('entity:')) entities.add(h.owner.slice(7));
      else if (h.owner.startsWith('near:@')) (titles ??= []).push(h);
      else (near ??= []).push(h.owner.slice(5));
    }
    // "Soldaten" is the troops of the story only beside "Nordkorea" in the same sentence.
    if (near) for (const id of near) if (cs.entityNear.get(id)?.every((r) => entities.has(r))) entities.add(id);
    // "МИД" is Ukraine's Foreign Ministry beside "Украина": an actor named by its title and its country.
    for (const h of titles ?? []) {
      const id = h.owner.slice(6);
      if (!cs.entityNear.get(`@${id}`)?.every((r) => entities.has(r))) continue;
      named.push({ ...h, owner: `actor:${id}` });
      if (!actorsNamed.includes(id)) actorsNamed.push(id);
    }
    if (titles) named.sort((x, y) => x.start - y.start);
    statements.push({
      sentence,
      tokens,
      entities,
      actorsNamed,
      speaker: null,
      attributed: false,
      cues: [],
      quotes: [],
    });
    // Entity spans too: a capitalised entity name ("Russian President") is not an unknown speaker.
    hits.push(entityHits.length ? named.concat(entityHits) : named);
  }
  return { statements, hits };
}

/**
 * The second half of {@link buildStatements}: who says each sentence. The previous speaker carries over to
 * "he added", and to a sentence that is entirely a quotation continuing the previous one.
 */
export function attributeStatements({ statements, hits: allHits }: NamedStatements, cs: CompiledClaimSet): void {
  let lastSpeaker: string | null = null;
  let lastSpokeAt = -10;
  // The person last named, speaking or not: "he" in "He said …" is most often the one just mentioned.
  let lastPerson: string | null = null;
  let lastPersonAt = -10;
  // Unknown speakers met so far, by surname: "Karahan told reporters" after "Selim Karahan said".
  const surnames = new Map<string, string>();
  const quoteOpeners = new Map<number, string>();
  // Known actors who spoke, most recent first; bodies named, most recent first.
  const recent: string[] = [];
  const bodies: string[] = [];
  statements.forEach((st, i) => {
    const { sentence, tokens, actorsNamed } = st;
    const hits = allHits[i]!;
    const cues = reportingCues(sentence.text);
    const quotes = extractQuotes(sentence.text);
    // Names inside a quotation are spoken about, not speaking.
    // (A name in quotes by itself — an outlet's title, "Washington Post" — is no quotation.)
    const spans = !/["‘]/.test(sentence.text)
      ? []
      : execAll(QUOTED, sentence.text)
          .filter((q) => q[0].split(/\s+/).length > 3)
          .map((q): [number, number] => [q.index, q.index + q[0].length]);
    const speakable = hits.filter(
      (h) => !spans.some(([a, b]) => tokens[h.start]!.start > a && tokens[h.start]!.start < b),
    );
    let speaker: string | null = null;
    // A person named before the verb may be its subject; those in the complement after it are spoken of.
    const cueAt = cues[0]?.at ?? sentence.text.length;
    const namesPerson = speakable.some(
      (h) =>
        h.owner.startsWith('actor:') &&
        tokens[h.start]!.start < cueAt &&
        cs.actors.get(h.owner.slice(6))?.kind === 'person',
    );
    // Who "he" is: the speaker of the last few sentences, else the person named last.
    const referent =
      lastSpeaker && i - lastSpokeAt <= 3
        ? lastSpeaker
        : lastPerson && i - lastPersonAt <= 3
          ? lastPerson
          : lastSpeaker;
    if (cues.length) {
      // "…,' he added" speaks for the previous speaker even when another name appears in the sentence.
      if (referent && pronounSpeaker(sentence.text, cues[0]!.at)) speaker = referent;
      // "Derselbe Sprecher hatte … zurückgewiesen", "The same spokesman said": a title opening the sentence is the
      // person last heard in that title, whatever names follow in a verb-last clause.
      if (!speaker) speaker = titledSpeaker(sentence.text, speakable, tokens, recent, cs);
      // "…, the spokesman said": the person last named, when this sentence names no person of its own.
      // Not when the role is another body's ("the spokesperson of the Foreign Ministry").
      const ownBody = lastSpeaker ? cs.actors.get(lastSpeaker)?.affiliation : undefined;
      const otherBody = speakable.some((h) => {
        const id = h.owner.slice(6);
        return isBodyHit(h, cs) && tokens[h.start]!.start < cueAt && id !== lastSpeaker && id !== ownBody;
      });
      // ("the Kremlin leader stated" after Putin is still Putin: no other name stands beside the title).
      const strangerNamed = otherBody && unknownNameNear(sentence.text, cueAt, []) !== null;
      if (
        !speaker &&
        lastSpeaker &&
        !namesPerson &&
        !strangerNamed &&
        isPersonKey(lastSpeaker, cs) &&
        roleOnlySpeaker(sentence.text)
      )
        speaker = lastSpeaker;
      // "A Nissan spokesperson said": the body's own officer speaks for it; "a defence analyst said": unnamed.
      const described = !speaker ? describedSpeakerSpan(sentence.text) : null;
      // "The official said", right after that official was introduced, is the same voice again.
      const again =
        described && lastSpeaker && i - lastSpokeAt <= 2 && /^the\s/i.test(sentence.text.slice(described[0]))
          ? lastSpeaker
          : null;
      if (described) speaker = bodyWithin(speakable, tokens, described, cs) ?? again ?? UNNAMED_SOURCES;
      // Verb-last languages mark their subject; a name marked otherwise before the verb is spoken of.
      const lastCue = cues[cues.length - 1]!;
      if (!speaker)
        speaker = verbLastSubject(
          sentence.text,
          speakable,
          tokens,
          lastCue.at,
          (id) => cs.actors.get(id)?.kind === 'person',
        );
      if (!speaker) speaker = denyingSubject(speakable, tokens, cues, sentence.text);
      if (!speaker) speaker = speakerForCue(speakable, tokens, mainCue(cues, sentence.text), sentence.text, cs);
      // A person met before by full name, now by surname ("…, said Karahan"), outranks a place or a body.
      if (!speaker || !isPersonKey(speaker, cs)) speaker = surnameSpeaker(sentence.text, surnames) ?? speaker;
      // An institution "speaking" right after one of its own people spoke is that person ("the Kremlin leader
      // stated").
      if (speaker && lastSpeaker && !namesPerson && cs.actors.get(lastSpeaker)?.affiliation === speaker)
        speaker = lastSpeaker;
      // The known actor opening the sentence ("Nissan et Honda … démentent", "South Korea's Defence Ministry
      // said"), however far its verb, before any capitalised words are taken for an unknown name.
      if (!speaker) speaker = openingActor(speakable);
      if (!speaker) {
        const named = unknownNamedSpeaker(sentence.text);
        if (named) speaker = `name:${named}`;
      }
      if (!speaker && mentionsUnnamedSources(sentence.text)) speaker = UNNAMED_SOURCES;
      // A quote and a verb with no subject at all ('"…", afirmó'): languages that drop the pronoun.
      if (
        !speaker &&
        referent &&
        i - lastSpokeAt <= 3 &&
        !speakable.some((h) => h.owner.startsWith('actor:')) &&
        quotes.length
      )
        speaker = referent;
    } else if (lastSpeaker && pronounSource(sentence.text)) {
      speaker = lastSpeaker;
    } else if (lastSpeaker && i - lastSpokeAt <= 2 && !openingActor(speakable) && reportedSpeech(sentence.text)) {
      speaker = lastSpeaker;
    } else if (quotes.length && actorsNamed.length === 1) {
      speaker = actorsNamed[0]!;
    } else if (quotes.length && /^["‘']/.test(sentence.text)) {
      speaker = lastSpeaker;
    }
    if (speaker?.startsWith('name:') && speaker !== UNNAMED_SOURCES)
      speaker = bodyOfNamedSpeaker(speaker.slice(5), sentence.text, speakable, tokens, cs) ?? speaker;
    if (speaker?.startsWith('name:')) {
      const last = speaker.slice(5).split(/\s+/).pop();
      if (last && speaker.includes(' ')) surnames.set(last, speaker);
    }
    if (speaker && speaker !== UNNAMED_SOURCES) [lastSpeaker, lastSpokeAt] = [speaker, i];
    if (speaker && cs.actors.has(speaker)) recent.unshift(speaker);
    const person = [...speakable]
      .reverse()
      .find((h) => h.owner.startsWith('actor:') && cs.actors.get(h.owner.slice(6))?.kind === 'person');
    if (person) [lastPerson, lastPersonAt] = [person.owner.slice(6), i];
    else if (speaker && isPersonKey(speaker, cs)) [lastPerson, lastPersonAt] = [speaker, i];
    // A sentence that opens a quotation its verb will close later: whoever is named before the quote mark.
    if (!speaker && !cues.length) {
      const mark = sentence.text.search(/["“「『]/u);
      if (mark > 0) {
        const named = speakable.filter((h) => isActor(h.owner) && tokens[h.start]!.start < mark);
        const pick = named.find((h) => isPersonKey(h.owner.slice(6), cs)) ?? named[0];
        if (pick) quoteOpeners.set(i, pick.owner.slice(6));
      }
    }
    // "Both companies said", "ambas firmas subrayaron": the two bodies last named; "Nissan and Honda deny": both.
    if (cues.length && (!speaker || !isPersonKey(speaker, cs))) {
      const pair = BOTH.test(sentence.text.slice(0, cues[0]!.at)) ? bodies.slice(0, 2) : null;
      if (pair?.length === 2 && !speaker) [speaker, st.coSpeakers] = [pair[0]!, [pair[1]!]];
      else if (speaker) {
        const other = coordinated(speaker, speakable, tokens, sentence.text, cues[0]!.at, cs);
        if (other) st.coSpeakers = [other];
      }
    }
    for (const h of speakable) {
      const id = h.owner.slice(6);
      const kind = isActor(h.owner) ? cs.actors.get(id)?.kind : undefined;
      if (kind === 'institution' || kind === 'group') {
        const k = bodies.indexOf(id);
        if (k >= 0) bodies.splice(k, 1);
        bodies.unshift(id);
      }
    }
    st.speaker = speaker;
    st.attributed = speaker !== null;
    st.cues = cues;
    st.quotes = quotes;
  });
  carryQuotedSpeakers(statements, quoteOpeners);
  quoteBeforeItsSpeaker(statements);
  aboutThisSpeaker(statements);
}

/**
 * A relay opening the sentence hands it to the verb after its comma: "Как сообщает агентство X, Сомов назвал …",
 * "According to Reuters, Peskov said …" are the words of the one the relay quotes.
 */
function mainCue(cues: ReportingCue[], text: string): ReportingCue {
  const [first, next] = cues;
  if (!next || first!.kind !== 'report' || next.kind === 'report' || first!.at > 2) return first!;
  return /[,，]/u.test(text.slice(first!.at, next.at)) ? next : first!;
}

/** "Об этом заявил …", "Про це повідомив …": a sentence that names the speaker of the one before it. */
const ABOUT_THIS = /^\s*(?:об этом|о том же|про це|про те ж)(?![\p{L}])/iu;

/**
 * Russian and Ukrainian news state the words first and their speaker after ("Продажи не будет. Об этом заявил
 * Сомов."): the sentence before, when it has no speaker of its own, is the named speaker's.
 */
function aboutThisSpeaker(statements: Statement[]): void {
  for (let i = 1; i < statements.length; i++) {
    const st = statements[i]!;
    const prev = statements[i - 1]!;
    if (prev.speaker || !st.speaker || st.speaker === UNNAMED_SOURCES || !st.cues.length) continue;
    if (!ABOUT_THIS.test(st.sentence.text)) continue;
    prev.speaker = st.speaker;
    prev.attributed = true;
  }
}

/** A sentence that is one whole quotation: `"…"`, `「…」`, `« … »`. */
const WHOLE_QUOTE = /^\s*["“«「『‹„][^"“”«»「」『』]+["”»」』›]\s*[.。!！?？]?\s*$/u;

/**
 * A whole quoted sentence, then its speaker opening the next ("「…。」劉說，…", '"…." Karahan said the …'): the
 * quotation is the speaker's. Only when the next sentence, in the same paragraph, starts with its speaker's name
 * and a reporting verb.
 */
function quoteBeforeItsSpeaker(statements: Statement[]): void {
  for (let i = 0; i + 1 < statements.length; i++) {
    const st = statements[i]!;
    const next = statements[i + 1]!;
    if (st.speaker || !WHOLE_QUOTE.test(st.sentence.text)) continue;
    if (next.sentence.paragraph !== st.sentence.paragraph || !next.speaker || next.speaker === UNNAMED_SOURCES)
      continue;
    const cue = next.cues[0];
    if (!cue || cue.at > 24 || /[,，、;；]/u.test(next.sentence.text.slice(0, cue.at))) continue;
    st.speaker = next.speaker;
    st.attributed = true;
  }
}

/**
 * A quotation the sentence splitter cut in two ("'It is pure fiction.' … 'There was no conversation,' he said"):
 * every sentence inside the open quotation speaks with the voice of the sentence that closes it, or, when the
 * closing one names nobody, with the voice of the one that opened it.
 */
function carryQuotedSpeakers(statements: Statement[], openers: ReadonlyMap<number, string>): void {
  let open: number | null = null;
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i]!;
    const marks = (st.sentence.text.match(/"/g) ?? []).length + (st.sentence.text.match(/[「」『』]/g) ?? []).length;
    if (open === null) {
      if (marks % 2 === 1) open = i;
      continue;
    }
    if (st.sentence.paragraph !== statements[open]!.sentence.paragraph || i - open > 4) {
      open = marks % 2 === 1 ? i : null;
      continue;
    }
    if (marks % 2 === 0) continue;
    // The quotation closes here: one voice for all of it.
    const voice = st.speaker ?? statements[open]!.speaker ?? openers.get(open) ?? null;
    if (voice)
      for (let k = open; k <= i; k++)
        if (!statements[k]!.speaker || k < i) {
          const s = statements[k]!;
          if (!s.speaker || s.speaker === voice || !s.cues.length) {
            s.speaker = voice;
            s.attributed = true;
          }
        }
    open = null;
  }
}

/** Build statements for the sentences of an article: names, then speakers. */
export function buildStatements(sentences: Sentence[], cs: CompiledClaimSet): Statement[] {
  const named = nameStatements(sentences, cs);
  attributeStatements(named, cs);
  return named.statements;
}

/** A known body (not a person, not an outlet) named inside a span of the sentence. */
function bodyWithin(
  hits: PhraseHit<NameOwner>[],
  tokens: Token[],
  [from, to]: [number, number],
  cs: CompiledClaimSet,
): string | null {
  for (const h of hits) {
    const at = tokens[h.start]!.start;
    if (isBodyHit(h, cs) && at >= from && at < to) return h.owner.slice(6);
  }
  // "An official close to Zelenskyy": the office that speaks for that person, when the claim set has one.
  for (const h of hits) {
    const at = tokens[h.start]!.start;
    if (!isActor(h.owner) || at < from || at >= to) continue;
    const person = h.owner.slice(6);
    if (cs.actors.get(person)?.kind !== 'person') continue;
    for (const [id, a] of cs.actors) if (a.affiliation === person && a.kind !== 'person') return id;
  }
  return null;
}

/**
 * A denial verb later in the sentence with its own subject right before it ("Putin's comments contradict a report
 * …, a claim the Kremlin dismissed as fiction"): the one who denies speaks the sentence's denial.
 */
function denyingSubject(hits: PhraseHit<NameOwner>[], tokens: Token[], cues: ReportingCue[], text: string) {
  const deny = cues.findIndex((c) => c.kind === 'deny');
  if (deny < 0) return null;
  const at = cues[deny]!.at;
  let best: { id: string; end: number } | null = null;
  for (const h of hits) {
    if (!isActor(h.owner)) continue;
    const end = endOf(text, tokens, h);
    if (end > at || at - end > 12 || /[,;:"“”«»]/u.test(text.slice(end, at))) continue;
    if (!best || end > best.end) best = { id: h.owner.slice(6), end };
  }
  return best?.id ?? null;
}

/** Titles by family: the words that open a sentence with one, and the words of an actor's role or names. */
const TITLES: Array<[RegExp, RegExp]> = [
  [
    new RegExp(
      String.raw`^(?:(?:the|that|this|der|die|derselbe|dieselbe|dieser|diese|le|la|el|il|o)\s+)?(?:same\s+|` +
        String.raw`même\s+|mismo\s+|stesso\s+)?(?:spokes(?:man|woman|person)|sprecher\p{L}*|porte-parole|` +
        String.raw`portavoz|portavoce|rzeczni\p{L}*|пресс-секретар\p{L}*|представител\p{L}*|речни\p{L}*|` +
        String.raw`sözcü\p{L}*)(?![\p{L}])`,
      'iu',
    ),
    /spokes|press secretary|sprecher|porte-parole|portavoz|portavoce|rzeczni|пресс-секретар|речни|sözcü/iu,
  ],
];

function titledSpeaker(
  text: string,
  hits: PhraseHit<NameOwner>[],
  tokens: Token[],
  recent: readonly string[],
  cs: CompiledClaimSet,
): string | null {
  for (const [opening, role] of TITLES) {
    const m = opening.exec(text);
    if (!m) continue;
    // A name or a body right after the title is its holder ("The spokesman Dmitry Peskov said", "the spokesperson
    // of the Foreign Ministry"): found elsewhere.
    const rest = text.slice(m[0].length);
    if (/^\s*(?:\p{Lu}|of\b|for\b|at\b|des\b|der\b|de\b|del\b|di\b|du\b)/u.test(rest)) return null;
    if (hits.some((h) => isActor(h.owner) && tokens[h.start]!.start <= m[0].length + 2)) return null;
    for (const id of recent) {
      const a = cs.actors.get(id);
      if (a?.kind === 'person' && (role.test(a.role ?? '') || role.test(a.name))) return id;
    }
  }
  return null;
}

/** Two bodies spoken of together as the subject. */
const BOTH = new RegExp(
  String.raw`(?<![\p{L}])(?:both (?:companies|firms|carmakers|automakers|groups|sides|governments)|` +
    String.raw`the two (?:companies|firms|carmakers|automakers|groups|governments)|` +
    String.raw`ambas (?:firmas|empresas|compañías)|` +
    String.raw`los dos (?:grupos|fabricantes)|les deux (?:groupes|constructeurs|entreprises|sociétés|pays)|` +
    String.raw`die beiden (?:unternehmen|konzerne|hersteller|regierungen)|beide (?:unternehmen|konzerne|seiten)|` +
    String.raw`обе (?:компании|стороны)|обидві (?:компанії|сторони)|her iki (?:şirket|taraf)|` +
    String.raw`entrambe le (?:aziende|società))(?![\p{L}])|両社|两家公司|兩家公司|双方|양사|두 회사`,
  'iu',
);

const AND_BETWEEN =
  /^\s*(?:and|et|y|e|und|и|і|ve|i|&|ile|와|과|と|和|及|與|与)\s*(?:(?:the|la|le|les|l'|el|los|las|die|der|das|den)\s*)?$/iu;

/** "X and Y" as the subject: the actor joined to the speaker by "and" right before the verb, if any. */
function coordinated(
  speaker: string,
  hits: PhraseHit<NameOwner>[],
  tokens: Token[],
  text: string,
  cueAt: number,
  cs: CompiledClaimSet,
): string | null {
  const before = hits.filter((h) => isActor(h.owner) && tokens[h.start]!.start < cueAt);
  for (let k = 0; k + 1 < before.length; k++) {
    const a = before[k]!;
    const b = before[k + 1]!;
    const [x, y] = [a.owner.slice(6), b.owner.slice(6)];
    if (x === y || (x !== speaker && y !== speaker)) continue;
    const last = tokens[a.end - 1]!.start;
    const between = text.slice(last, tokens[b.start]!.start).replace(/^[\p{L}\p{N}'’-]+/u, '');
    if (!AND_BETWEEN.test(between)) continue;
    const other = x === speaker ? y : x;
    if (cs.actors.get(other)?.kind === cs.actors.get(speaker)?.kind) return other;
  }
  return null;
}
