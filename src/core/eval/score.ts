import type { AnalysisReport } from '../types.js';
import type { LabelMap, LabelRow } from './labels.js';
import { agreesWithGold } from './gold-values.js';

/**
 * Scores one labelled story: what the engine said about each article against what an editor labelled.
 * Everything is counted (true positives, predictions, gold items) so stories can be added up before ratios.
 */

/** `found` of `gold` items were found (recall); `right` of `predicted` were right (precision). */
export interface Tally {
  gold: number;
  found: number;
  predicted: number;
  right: number;
}
export interface StoryScore {
  story: string;
  n: number;
  relevanceRight: number;
  positions: Tally;
  denials: Tally;
  values: Tally;
  alerts: Tally;
  alertsByKind: Record<string, Tally>;
  seedAlerts: number;
  /** Labelled positions whose proposition the claim set has no claim for (not counted in recall). */
  unmappedPositions: number;
  /** Denials by actor, per article language. */
  denialsByLanguage: Record<string, Tally>;
  /** One line per miss or false alarm, for `--details`. */
  details: string[];
}

const tally = (): Tally => ({ gold: 0, found: 0, predicted: 0, right: 0 });

/** Actor names compared loosely: case, accents, a leading "the", and "(as relayed by …)" notes aside. */
export function actorKey(name: string | null): string {
  return (name ?? '')
    .replace(/\s*\((?:as relayed by|outlet's own voice|via)[^)]*\)\s*/giu, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface ScoreInput {
  story: string;
  rows: LabelRow[];
  reports: AnalysisReport[];
  map: LabelMap;
  /** Label actor name → the claim set's display name (through the map's `actors`), else the name itself. */
  actorName: (labelName: string) => string;
  /**
   * Display names that speak with the same voice (claim-set affiliation: a body and the people who speak for
   * it): labels credit the body in one story and its spokesperson in another.
   */
  sameVoice?: (displayName: string) => string[];
}

export function scoreStory({ story, rows, reports, map, actorName, sameVoice = () => [] }: ScoreInput): StoryScore {
  const s: StoryScore = {
    story,
    n: rows.length,
    relevanceRight: 0,
    positions: tally(),
    denials: tally(),
    values: tally(),
    alerts: tally(),
    alertsByKind: {},
    seedAlerts: 0,
    unmappedPositions: 0,
    denialsByLanguage: {},
    details: [],
  };
  const propOf = new Map<string, string>(); // claim id → proposition
  for (const [prop, claim] of Object.entries(map.propositions)) propOf.set(claim, prop);
  const mappedClaims = new Set([...Object.values(map.propositions), ...Object.values(map.values)]);
  const who = (label: string) => actorKey(actorName(label.replace(/\s*\([^)]*\)\s*$/, '')));

  rows.forEach((row, i) => {
    const r = reports[i]!;
    const say = (line: string) => s.details.push(`${row.file} [${row.lang ?? '?'}] ${line}`);
    if (r.relevant === row.on_story) s.relevanceRight++;
    else
      say(
        `relevance: labelled ${row.on_story ? 'on' : 'off'} the story, ` +
          `judged ${r.relevant ? 'on' : 'off'} (score ${r.relevance})`,
      );

    // Positions and denials: (actor, stance, claim) sets per article, only claims the labels can speak about.
    const gold = new Set<string>();
    for (const p of row.positions) {
      const claim = map.propositions[p.proposition];
      if (!claim) {
        s.unmappedPositions++;
        continue;
      }
      gold.add(`${who(p.actor)}|${p.stance}|${claim}`);
    }
    const got = new Set<string>();
    for (const f of r.findings) {
      if (!propOf.has(f.claim)) continue;
      const rest = `|${f.stance === 'supports' ? 'asserts' : f.stance}|${f.claim}`;
      // An office-holder's words count for the body the labels credit, and the other way round.
      const own = `${actorKey(f.actor)}${rest}`;
      const alias = gold.has(own)
        ? null
        : (f.actor ? sameVoice(f.actor) : []).map((n) => `${actorKey(n)}${rest}`).find((k) => gold.has(k));
      got.add(alias ?? own);
    }
    count(s.positions, gold, got);
    const isDenial = (k: string) => k.split('|')[1] === 'denies';
    const goldD = new Set([...gold].filter(isDenial));
    const gotD = new Set([...got].filter(isDenial));
    count(s.denials, goldD, gotD);
    count((s.denialsByLanguage[row.lang ?? '?'] ??= tally()), goldD, gotD);
    for (const k of goldD) if (!gotD.has(k)) say(`missed denial ${k}`);
    for (const k of gotD) if (!goldD.has(k)) say(`false denial ${k}`);

    scoreValues(s, row, r, map, mappedClaims, say);
    const sameActor = (label: string, got: string | null) =>
      who(label) === actorKey(got) || (got !== null && sameVoice(got).some((n) => who(label) === actorKey(n)));
    scoreAlerts(s, row, r, map, sameActor, say);
  });
  return s;
}

function count(t: Tally, gold: Set<string>, got: Set<string>): void {
  t.gold += gold.size;
  t.predicted += got.size;
  for (const k of got) {
    if (!gold.has(k)) continue;
    t.found++;
    t.right++;
  }
}

function scoreValues(
  s: StoryScore,
  row: LabelRow,
  r: AnalysisReport,
  map: LabelMap,
  mapped: Set<string>,
  say: (l: string) => void,
): void {
  const gold = row.values.flatMap((v) => (map.values[v.subject] ? [{ ...v, claim: map.values[v.subject]! }] : []));
  s.values.gold += gold.length;
  for (const g of gold) {
    const hit = r.values.some((v) => v.claim === g.claim && agreesWithGold(g.normalised, v.normalised, v.value));
    if (hit) s.values.found++;
    else say(`missed value ${g.claim}=${g.normalised} ("${g.value}")`);
  }
  for (const v of r.values) {
    if (!v.claim || !mapped.has(v.claim)) continue;
    s.values.predicted++;
    const right = gold.some((g) => g.claim === v.claim && agreesWithGold(g.normalised, v.normalised, v.value));
    if (right) s.values.right++;
    else say(`stray value ${v.claim}="${v.value}"`);
  }
}

type SameActor = (label: string, got: string | null) => boolean;

function scoreAlerts(
  s: StoryScore,
  row: LabelRow,
  r: AnalysisReport,
  map: LabelMap,
  sameActor: SameActor,
  say: (l: string) => void,
): void {
  if (row.role === 'seed') s.seedAlerts += r.alerts.length;
  const claimOf = (wording: string) => map.propositions[wording] ?? map.values[wording] ?? null;
  const expected = row.expected_alerts.map((a) => ({
    ...a,
    claim: claimOf(a.proposition_or_attribute),
    used: false,
  }));
  s.alerts.gold += expected.length;
  for (const e of expected) byKind(s, e.kind).gold++;
  for (const a of r.alerts) {
    s.alerts.predicted++;
    byKind(s, a.kind).predicted++;
    const m = expected.find(
      (e) =>
        !e.used &&
        e.kind === a.kind &&
        e.claim !== null &&
        e.claim === a.claim &&
        (a.kind !== 'denial' || sameActor(e.actor, a.actor)),
    );
    if (m) {
      m.used = true;
      for (const t of [s.alerts, byKind(s, a.kind)]) {
        t.found++;
        t.right++;
      }
    } else say(`unexpected ${a.kind} alert: ${a.actor ?? '-'} on ${a.claim ?? '-'} — ${a.reason}`);
  }
  for (const e of expected)
    if (!e.used)
      say(`missed ${e.kind} alert: ${e.actor} on ${e.proposition_or_attribute}${e.claim ? '' : ' (unmapped)'}`);
}

function byKind(s: StoryScore, kind: string): Tally {
  return (s.alertsByKind[kind] ??= tally());
}
