import type { CompiledClaimSet } from '../claimset/compile.js';
import type { Statement } from '../statements/build.js';
import type { NormalisedValue, ValueFinding } from '../types.js';
import { endOf, garbledName, knownNames, spelledAsKnown, tenseAround, unknownNames, type NameSpan } from './names.js';
import type { NameType } from './value-type.js';
import { phrasesOf, wholeCueTokens, wordFits } from './cue-phrases.js';

/**
 * Names as values in one statement. An office-holder is the person named nearest the office's title, with the
 * office's subject (the company, the ministry) nearest that title too; a party (who placed the call, who
 * started the talks) is the subject of the cue verb: the first party named before it, or, after "received",
 * the one whose call it was; a place is the place named nearest the cue.
 */

interface Span {
  start: number;
  end: number;
}

const gap = (a: Span, b: Span): number =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Words of receiving: the party is then the one whose call (or proposal) it was, not the subject. */
const RECEIVE = new RegExp(
  '(received|receives|receiving|took a call|получил|получила|отримав|отримала|erhielt|erhalten|' +
    'a reçu|recibió|odebrał|aldı|تلقى|받았|받은|接到|接听|受けた)',
  'iu',
);

/** Farthest a name may stand from its title or cue (characters). */
const NEAR = { person: 30, party: 90, place: 45 } as const;

/** Text between a title and an unknown name may only be a space, a comma, or a glued suffix ("CEO'su"). */
const TIGHT = /^(?:['’]\p{Ll}{1,4})?[\s,:]{0,3}$/u;

/**
 * Where the claim's titles stand whole in the sentence: an office is named by its whole title ("Kremlin
 * spokesman"), not by one of its words ("Kremlin").
 */
const OF = new Set(['of', 'de', 'del', 'du', 'des', 'di', 'della']);
const THE = new Set(['the', 'la', 'le', 'el', 'l']);

/**
 * "Foreign Ministry spokesperson" written the other way round: "spokesperson of the (Ukrainian) Foreign
 * Ministry", "porte-parole du ministère". Returns the index after the match, or -1.
 */
function inverted(toks: Statement['tokens'], k: number, phrase: readonly string[]): number {
  const head = phrase[phrase.length - 1]!;
  const mods = phrase.slice(0, -1);
  if (!mods.length || !wordFits(toks[k]!.norm, head) || !OF.has(toks[k + 1]?.norm ?? '')) return -1;
  let j = k + 2;
  if (THE.has(toks[j]?.norm ?? '')) j += 1;
  for (const skip of [0, 1]) {
    const at = j + skip;
    if (at + mods.length <= toks.length && mods.every((w, q) => wordFits(toks[at + q]!.norm, w)))
      return at + mods.length;
  }
  return -1;
}

function titleSpans(st: Statement, c: { def: { cues: string[]; terms: string[] } }): Span[] {
  const out: Span[] = [];
  const toks = st.tokens;
  for (const phrase of phrasesOf(c, false)) {
    for (let k = 0; k < toks.length; k++) {
      if (k + phrase.length <= toks.length && phrase.every((w, j) => wordFits(toks[k + j]!.norm, w))) {
        out.push({ start: toks[k]!.start, end: endOf(st.sentence.text, toks[k + phrase.length - 1]!) });
        continue;
      }
      const end = phrase.length > 1 ? inverted(toks, k, phrase) : -1;
      if (end > 0) out.push({ start: toks[k]!.start, end: endOf(st.sentence.text, toks[end - 1]!) });
    }
  }
  return out;
}

function cueSpans(st: Statement, ks: readonly number[]): Span[] {
  return ks.map((k) => ({ start: st.tokens[k]!.start, end: endOf(st.sentence.text, st.tokens[k]!) }));
}

/** Entities of the sentence with their places (the subjects office titles and figures hang on). */
export function entitySpans(st: Statement, cs: CompiledClaimSet): Array<Span & { id: string }> {
  const out: Array<Span & { id: string }> = [];
  for (const h of cs.nameBook.index.find(st.tokens)) {
    if (!h.owner.startsWith('entity:')) continue;
    out.push({
      id: h.owner.slice(7),
      start: st.tokens[h.start]!.start,
      end: endOf(st.sentence.text, st.tokens[h.end - 1]!),
    });
  }
  return out;
}

/** A possessive determiner right before a title: "its CEO", "su consejero delegado", "son directeur général". */
const POSSESSIVE =
  /(?:^|[\s,(])(?:its|their|his|her|su|sus|son|sa|leur|sein|seine[mnr]?|ihr|ihre[mnr]?|il suo|la sua)\s+$/iu;

/** "Trump's" before a title names whose office it is, not who holds it. */
const possessive = (text: string, n: Span): boolean =>
  /^['’]s\b/u.test(text.slice(n.end, n.end + 3)) || /['’]s$/u.test(text.slice(n.start, n.end));

function pickPerson(
  text: string,
  cues: Span[],
  known: NameSpan[],
  taken: Span[],
  subjects: Span[] = [],
): NameSpan | null {
  let best: { span: NameSpan; d: number } | null = null;
  for (const n of known) {
    // A spelling that is only the title ("Kremlin spokesman" as an alias of the spokesman) names no one; one that
    // carries the name with it ("三部敏宏社長") does.
    if (
      cues.some((c) => n.start >= c.start && n.end <= c.end) ||
      subjects.some((e) => overlaps(e, n)) ||
      possessive(text, n)
    )
      continue;
    for (const c of cues) {
      const d = gap(c, n);
      if (
        d <= NEAR.person &&
        !/[;.!?]/.test(text.slice(Math.min(c.end, n.end), Math.max(c.start, n.start))) &&
        (!best || d < best.d)
      )
        best = { span: n, d };
    }
  }
  if (best) return best.span;
  // A name the claim set does not know counts only right against the title.
  for (const n of unknownNames(text, taken)) {
    if (cues.some((c) => overlaps(c, n))) continue;
    for (const c of cues) {
      const between = n.start >= c.end ? text.slice(c.end, n.start) : text.slice(n.end, c.start);
      if (TIGHT.test(between)) return n;
    }
  }
  return null;
}

function pickParty(text: string, cues: Span[], all: NameSpan[]): NameSpan | null {
  // "the Putin–Trump call" names both sides, not who made it.
  const known = all.filter(
    (n) =>
      !/\p{L}[-–—]\p{Lu}/u.test(text.slice(n.start, n.end)) &&
      !all.some(
        (o) =>
          o !== n &&
          /^\s*[-–—]\s*$/u.test(o.start >= n.end ? text.slice(n.end, o.start) : text.slice(o.end, n.start)),
      ),
  );
  for (const cue of cues) {
    const before = known.filter(
      (n) => n.end <= cue.start && cue.start - n.end <= NEAR.party && !/[.;!?]/.test(text.slice(n.end, cue.start)),
    );
    const after = known.filter(
      (n) => n.start >= cue.end && n.start - cue.end <= NEAR.party && !/[.;!?]/.test(text.slice(cue.end, n.start)),
    );
    if (RECEIVE.test(text.slice(Math.max(0, cue.start - 40), cue.end + 40))) {
      const found = after[0] ?? before[before.length - 1];
      if (found) return found;
    } else if (before[0]) return before[0];
  }
  return null;
}

function pickPlace(cues: Span[], known: NameSpan[]): NameSpan | null {
  // Without a cue word, the place named is the value (only asked when the claim's parties are in the sentence).
  if (!cues.length) {
    // Countries are settings more often than places something happened: only a named place, city or site counts.
    const sites = known.filter((n) => n.kind !== 'country');
    return sites.length === 1 ? sites[0]! : null;
  }
  let best: { span: NameSpan; d: number } | null = null;
  for (const n of known)
    for (const c of cues) {
      const d = gap(c, n);
      if (d <= NEAR.place && (!best || d < best.d)) best = { span: n, d };
    }
  return best?.span ?? null;
}

/** Every known name of the sentence: an unknown name is never one of these. */
function takenSpans(text: string, st: Statement, cs: CompiledClaimSet, entities: Span[] | null): Span[] {
  return [
    ...knownNames(text, st.tokens, cs.nameBook, 'party'),
    ...knownNames(text, st.tokens, cs.nameBook, 'place'),
    ...(entities ?? entitySpans(st, cs)),
  ];
}

/** The claim's own parties named in the sentence (entity hits), left to right. */
function partiesOf(text: string, st: Statement, cs: CompiledClaimSet, ids: readonly string[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const h of cs.nameBook.index.find(st.tokens)) {
    const id = h.owner.startsWith('entity:') ? h.owner.slice(7) : '';
    if (!ids.includes(id)) continue;
    const info = cs.nameBook.about(h.owner);
    // The words must be one of the names as written, give or take an ending ("Кремле" is not "Kremlchef").
    if (!spelledAsKnown(st.tokens, h, info)) continue;
    out.push({
      start: st.tokens[h.start]!.start,
      end: endOf(text, st.tokens[h.end - 1]!),
      name: info?.name ?? id,
      key: h.owner,
      kind: info?.kind ?? 'thing',
      known: true,
    });
  }
  return out;
}

/** Is token `k` a whole verb cue: a one-word cue it fits at full length, or part of a longer cue standing whole? */
function isVerbCue(st: Statement, k: number, phrases: readonly string[][]): boolean {
  const norm = st.tokens[k]!.norm;
  if (
    phrases.some((p) => p.length === 1 && wordFits(norm, p[0]!) && norm.length >= p[0]!.replace(/^\u0000/, '').length)
  )
    return true;
  return wholeCueTokens(
    st.tokens,
    [k],
    phrases.filter((p) => p.length > 1),
  ).includes(k);
}

/** Name values for the cued claims of type person, party or place (indexes into `valueClaims`). */
export function nameFindings(
  st: Statement,
  cs: CompiledClaimSet,
  claims: readonly number[],
  cueTokens: ReadonlyMap<number, number[]>,
  actor: string | null,
): ValueFinding[] {
  const text = st.sentence.text;
  const out: ValueFinding[] = [];
  const byType = new Map<NameType, NameSpan[]>();
  const namesOf = (t: NameType): NameSpan[] => {
    let list = byType.get(t);
    if (!list) byType.set(t, (list = knownNames(text, st.tokens, cs.nameBook, t)));
    return list;
  };
  let entities: Array<Span & { id: string }> | null = null;
  let taken: Span[] | null = null;
  const used = new Set<string>();
  for (const i of claims) {
    const c = cs.valueClaims[i]!;
    const type = c.valueType as NameType;
    // A party's cue is a verb: a shorter word that merely begins like one ("call" for "called") is the noun.
    const verbs = type === 'party' ? cueTokens.get(i)!.filter((k) => isVerbCue(st, k, phrasesOf(c, true))) : [];
    let cues = type === 'person' ? titleSpans(st, c) : cueSpans(st, type === 'party' ? verbs : cueTokens.get(i)!);
    if (!cues.length && type !== 'place') continue;
    // The office's own subject ("Trump" in "Trump's communications director") is never its holder.
    entities ??= entitySpans(st, cs);
    const own = entities.filter((e) => c.entities.includes(e.id));
    let reach: Span[] | null = null;
    if (type === 'person' && c.entities.length) {
      // The title must hang on the claim's subject: "Nissan CEO" is not Honda's. The entity nearest the title
      // (within a few words) decides.
      entities ??= entitySpans(st, cs);
      const people = namesOf('person');
      const subjects = new Map<Span, Span>();
      cues = cues.filter((cue) => {
        let nearest: (Span & { id: string; d: number }) | null = null;
        for (const e of entities!) {
          const d = gap(cue, e);
          if (d <= 25 && (!nearest || d < nearest.d)) nearest = { ...e, d };
        }
        if (nearest === null && POSSESSIVE.test(text.slice(Math.max(0, cue.start - 12), cue.start))) {
          // "its chief executive, X" / "su consejero delegado": the office of the company the sentence opens on.
          const first = entities!.reduce<(Span & { id: string }) | null>(
            (a, e) => (e.end <= cue.start && (!a || e.start < a.start) ? e : a),
            null,
          );
          if (!first || !c.entities.includes(first.id)) return false;
          subjects.set(cue, cue);
          return true;
        }
        if (nearest === null) {
          // A title with no company beside it, held by someone the set knows to work for one: that one's office
          // ("Le PDG Takao Kato …" is Mitsubishi's CEO, whoever else the sentence names).
          const held = pickPerson(text, [cue], namesOf('person'), (taken ??= takenSpans(text, st, cs, entities)));
          const aff = held?.key.startsWith('actor:') ? cs.actors.get(held.key.slice(6))?.affiliation : undefined;
          if (aff !== undefined && cs.entityIds.includes(aff)) {
            if (!c.entities.includes(aff)) return false;
            subjects.set(cue, cue);
            return true;
          }
          // A title with no company or country beside it ("речник МЗС Георгій Тихий", "…, CEO Toshihiro Mibe
          // said") is this office's when no other office of the set is worded that way here, or when the
          // sentence names this office's company and none of the others'.
          const named = (j: number): boolean =>
            cs.valueClaims[j]!.entities.length > 0 && cs.valueClaims[j]!.entities.every((e) => st.entities.has(e));
          const rivals = claims.filter(
            (j) =>
              j !== i &&
              cs.valueClaims[j]!.valueType === 'person' &&
              titleSpans(st, cs.valueClaims[j]!).some((x) => overlaps(x, cue)),
          );
          if (rivals.length && (!named(i) || rivals.some(named))) return false;
          subjects.set(cue, cue);
          return true;
        }
        if (!c.entities.includes(nearest.id)) return false;
        subjects.set(cue, nearest);
        return true;
      });
      if (!cues.length) continue;
      // "الرئيس التنفيذي لشركة هوندا …، توشيهيرو ميبي", "CEO of Honda, Toshihiro Mibe": the title runs on to its
      // company, and the holder stands after that.
      reach = cues.map((cue) => {
        const subj = subjects.get(cue)!;
        return subj !== cue && subj.start >= cue.end ? { start: cue.start, end: subj.end } : cue;
      });
      // Between the company and its title stands at most the holder's own name: in "Nissan's Uchida met Honda
      // president Mibe", Nissan is not the subject of the second title.
      const holder = pickPerson(text, reach, people, (taken ??= takenSpans(text, st, cs, entities)), own);
      if (holder) {
        const cue = cues[reach.findIndex((x) => gap(x, holder) <= NEAR.person)] ?? cues[0]!;
        const subj = subjects.get(cue)!;
        const lo = Math.min(subj.end, cue.end, holder.end);
        const hi = Math.max(subj.start, cue.start, holder.start);
        const others = people.filter(
          (p) =>
            p.key !== holder.key &&
            p.start >= lo &&
            p.end <= hi &&
            !own.some((e) => overlaps(e, p)) &&
            !possessive(text, p),
        );
        if (others.length) continue;
      }
    }
    // Who started something between the claim's parties is one of them: "Trump called Putin" names Trump, not
    // the Kremlin that comments on it.
    // A person the set knows to speak for another company or body of the story holds no office of this one.
    const foreign = (n: NameSpan): boolean => {
      const aff = n.key.startsWith('actor:') ? cs.actors.get(n.key.slice(6))?.affiliation : undefined;
      return aff !== undefined && c.entities.length > 0 && cs.entityIds.includes(aff) && !c.entities.includes(aff);
    };
    const known =
      type === 'party' && c.entities.length
        ? partiesOf(text, st, cs, c.entities)
        : namesOf(type).filter((n) => type !== 'person' || !foreign(n));
    taken ??= takenSpans(text, st, cs, entities);
    let span =
      type === 'person'
        ? pickPerson(text, reach ?? cues, known, taken, own)
        : type === 'party'
          ? pickParty(text, cues, known)
          : pickPlace(cues, known);
    // A holder's surname beside a given name that is not theirs is a garbled name, not the holder.
    if (span?.known && type === 'person')
      span = garbledName(text, span, cs.nameBook.about(span.key), [...taken, ...cues, ...(entities ?? [])]) ?? span;
    if (!span || (type === 'person' && used.has(span.key))) continue;
    used.add(span.key);
    const tense =
      type === 'person' ? tenseAround(text, Math.min(span.start, ...cues.map((x) => x.start)), span.end) : undefined;
    const normalised: NormalisedValue = tense
      ? { kind: 'name', name: span.name, key: span.key, tense }
      : { kind: 'name', name: span.name, key: span.key };
    out.push({
      attribute: c.attribute!,
      claim: c.id,
      value: text.slice(span.start, span.end),
      normalised,
      evidence: text,
      actor,
    });
  }
  return out;
}
