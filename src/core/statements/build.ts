import type { CompiledClaimSet, NameOwner } from '../claimset/compile.js';
import type { Sentence } from '../text/sentences.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { PhraseHit } from '../text/phrases.js';
import { extractQuotes } from './quotes.js';
import { describedSpeaker, mentionsUnnamedSources, pronounSpeaker, reportingCues, unknownNamedSpeaker, type ReportingCue } from './attribution.js';

/** One sentence with everything the matcher and the stance judge need. */
export interface Statement {
  sentence: Sentence;
  tokens: Token[];
  entities: Set<string>;
  /** Known actors named in the sentence. */
  actorsNamed: string[];
  /** Speaker: a known actor id, or `name:<Display Name>` for one the claim set does not know; null = the article itself. */
  speaker: string | null;
  /** True when the sentence carries explicit attribution (a reporting verb, "according to", a quote with a speaker). */
  attributed: boolean;
  cues: ReportingCue[];
  quotes: string[];
}

export const UNNAMED_SOURCES = 'name:unnamed sources';

const AFTER_CUE = /^(according to|по словам|по данным|по информации|как сообщает|selon|d'après|laut|según|citing|cited by)/i;

/** "According to X" names its speaker after the cue; "X said" before or right after it. */
function speakerForCue(hits: PhraseHit<NameOwner>[], tokens: Token[], cue: ReportingCue, text: string): string | null {
  if (AFTER_CUE.test(cue.text)) {
    const end = cue.at + cue.text.length;
    const window = text.slice(end, end + 60);
    const after = hits.find((h) => h.owner.startsWith('actor:') && tokens[h.start]!.start >= end && tokens[h.start]!.start < end + 60);
    if (after && !/^\s*(sources?|источник|kaynak)/i.test(window)) return after.owner.slice(6);
    if (mentionsUnnamedSources(window)) return UNNAMED_SOURCES;
  }
  return nearestActor(hits, tokens, cue.at);
}

/**
 * The known actor nearest a reporting cue: a subject shortly before it ("Peskov said", "Peskov, the
 * Kremlin spokesman, said") or right after it ("said Peskov"). With `far`, anywhere in the sentence.
 */
function nearestActor(hits: PhraseHit<NameOwner>[], tokens: Token[], cueAt: number, far = false): string | null {
  let best: { id: string; d: number } | null = null;
  for (const h of hits) {
    if (!h.owner.startsWith('actor:')) continue;
    const at = tokens[h.start]!.start;
    const d = at <= cueAt ? cueAt - at : (at - cueAt) * 2;
    if (!far && (at <= cueAt ? d > 90 : at - cueAt > 40)) continue;
    if (!best || d < best.d) best = { id: h.owner.slice(6), d };
  }
  return best?.id ?? null;
}

/**
 * Build statements for the sentences of an article. The previous speaker carries over to "he added",
 * and to a sentence that is entirely a quotation continuing the previous one.
 */
export function buildStatements(sentences: Sentence[], cs: CompiledClaimSet): Statement[] {
  const out: Statement[] = [];
  let lastSpeaker: string | null = null;
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text);
    const hits = cs.names.find(tokens);
    const entities = new Set<string>();
    const actorsNamed: string[] = [];
    for (const h of hits) if (h.owner.startsWith('actor:') && !actorsNamed.includes(h.owner.slice(6))) actorsNamed.push(h.owner.slice(6));
    for (const h of cs.entityNames.find(tokens)) entities.add(h.owner.slice(7));
    const cues = reportingCues(sentence.text);
    const quotes = extractQuotes(sentence.text);
    let speaker: string | null = null;
    if (cues.length) {
      // "…,' he added" speaks for the previous speaker even when another name appears in the sentence.
      if (lastSpeaker && pronounSpeaker(sentence.text)) speaker = lastSpeaker;
      if (!speaker && describedSpeaker(sentence.text)) speaker = UNNAMED_SOURCES;
      if (!speaker) speaker = speakerForCue(hits, tokens, cues[0]!, sentence.text);
      if (!speaker) {
        const named = unknownNamedSpeaker(sentence.text);
        if (named) speaker = `name:${named}`;
      }
      if (!speaker && mentionsUnnamedSources(sentence.text)) speaker = UNNAMED_SOURCES;
      if (!speaker) speaker = nearestActor(hits, tokens, cues[0]!.at, true);
    } else if (quotes.length && actorsNamed.length === 1) {
      speaker = actorsNamed[0]!;
    } else if (quotes.length && /^["‘']/.test(sentence.text)) {
      speaker = lastSpeaker;
    }
    const attributed = speaker !== null;
    if (speaker && speaker !== UNNAMED_SOURCES) lastSpeaker = speaker;
    out.push({ sentence, tokens, entities, actorsNamed, speaker, attributed, cues, quotes });
  }
  return out;
}
