import type { CompiledClaimSet } from '../claimset/compile.js';
import { attributeStatements, type NamedStatements } from './build.js';
import { titleCase } from '../text/chars.js';

/**
 * Headlines name their speaker in a grammar of their own: "Kremlin: report of talks untrue", "Kreml: Kein
 * Telefonat", "Украина не знала о разговоре — МИД", "Ukraine was not told, ministry says". The last form is an
 * ordinary reporting verb; the first two are found here: a known actor alone before a colon, or after a dash
 * at the end.
 */

/** "Speaker: what was said" — the part before the colon is short and names the speaker. */
// Chinese and Japanese write no space after the (full-width) colon: "劉揚偉：…".
const COLON_LEAD = /^([^:"]{2,48}):(?:\s+|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]:))\S/u;
/** "What was said — Speaker" (em dash, en dash or a spaced hyphen) at the end. */
const DASH_TAIL = /\s[—–-]\s*([^—–"]{2,48})$/u;

/** Attribute a one-sentence headline: its own reporting verb first, else the colon or dash grammar. */
export function attributeHeadline(named: NamedStatements, cs: CompiledClaimSet): void {
  attributeStatements(named, cs);
  const st = named.statements[0];
  const hits = named.hits[0];
  if (!st || !hits) return;
  // In a headline Written In Title Case every word looks like a name: only known actors speak there.
  if (st.speaker?.startsWith('name:') && titleCase(st.sentence.text)) {
    st.speaker = null;
    st.attributed = false;
  }
  if (st.speaker) return;
  const text = st.sentence.text;
  const lead = COLON_LEAD.exec(text);
  const tail = DASH_TAIL.exec(text);
  const span: [number, number] | null = lead ? [0, lead[1]!.length] : tail ? [tail.index, text.length] : null;
  if (!span) return;
  const inSpan = hits.filter((h) => {
    if (!h.owner.startsWith('actor:')) return false;
    const at = st.tokens[h.start]!.start;
    return at >= span[0] && at < span[1];
  });
  // The speaker stands against the colon ("Trump call report … Kremlin: pure fiction") or right after the dash.
  const actor = lead ? inSpan.at(-1) : inSpan[0];
  if (!actor) return;
  st.speaker = actor.owner.slice(6);
  st.attributed = true;
}
