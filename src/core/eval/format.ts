import type { StoryScore, Tally } from './score.js';

/** Tables and the closing line of `claimwatch eval-articles`. */

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f3 = (x: number) => x.toFixed(3);
export const precision = (t: Tally) => ratio(t.right, t.predicted);
export const recall = (t: Tally) => ratio(t.found, t.gold);

function add(a: Tally, b: Tally): Tally {
  return {
    gold: a.gold + b.gold,
    found: a.found + b.found,
    predicted: a.predicted + b.predicted,
    right: a.right + b.right,
  };
}

/** Several stories as one: counts added up, so every article weighs the same. */
export function combine(name: string, scores: StoryScore[]): StoryScore {
  const zero: Tally = { gold: 0, found: 0, predicted: 0, right: 0 };
  const kinds = new Set(scores.flatMap((s) => Object.keys(s.alertsByKind)));
  return {
    story: name,
    n: scores.reduce((n, s) => n + s.n, 0),
    relevanceRight: scores.reduce((n, s) => n + s.relevanceRight, 0),
    positions: scores.map((s) => s.positions).reduce(add, zero),
    denials: scores.map((s) => s.denials).reduce(add, zero),
    values: scores.map((s) => s.values).reduce(add, zero),
    alerts: scores.map((s) => s.alerts).reduce(add, zero),
    alertsByKind: Object.fromEntries(
      [...kinds].map((k) => [k, scores.map((s) => s.alertsByKind[k] ?? zero).reduce(add, zero)]),
    ),
    seedAlerts: scores.reduce((n, s) => n + s.seedAlerts, 0),
    unmappedPositions: scores.reduce((n, s) => n + s.unmappedPositions, 0),
    denialsByLanguage: Object.fromEntries(
      [...new Set(scores.flatMap((s) => Object.keys(s.denialsByLanguage)))].map((l) => [
        l,
        scores.map((s) => s.denialsByLanguage[l] ?? zero).reduce(add, zero),
      ]),
    ),
    details: [],
  };
}

function row(name: string, t: Tally): string {
  return (
    `  ${name.padEnd(22)} ${f3(precision(t)).padStart(9)} ${f3(recall(t)).padStart(7)}   ` +
    `${t.right}/${t.predicted} right, ${t.found}/${t.gold} found`
  );
}

/** A table a person reads. */
export function formatTable(s: StoryScore): string {
  const lines = [
    `${s.story}: ${s.n} articles, relevance ${s.relevanceRight}/${s.n} right (${f3(ratio(s.relevanceRight, s.n))}), ` +
      `${s.seedAlerts} alerts on seed articles`,
    `  ${''.padEnd(22)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`,
    row('positions', s.positions),
    row('denials by actor', s.denials),
    row('values', s.values),
    row('alerts', s.alerts),
    ...Object.entries(s.alertsByKind)
      .sort()
      .map(([k, t]) => row(`  ${k}`, t)),
  ];
  const langs = Object.entries(s.denialsByLanguage)
    .filter(([, t]) => t.gold || t.predicted)
    .sort(([a], [b]) => a.localeCompare(b));
  if (langs.length)
    lines.push(
      '  denials by language (right/predicted, found/gold): ' +
        langs.map(([l, t]) => `${l} ${t.right}/${t.predicted} ${t.found}/${t.gold}`).join(', '),
    );
  if (s.unmappedPositions)
    lines.push(
      `  (${s.unmappedPositions} labelled positions name propositions the claim set has no claim for; not counted)`,
    );
  return `${lines.join('\n')}\n`;
}

/** The machine-readable closing line. */
export function formatLine(s: StoryScore): string {
  return [
    `relevance_accuracy=${f3(ratio(s.relevanceRight, s.n))}`,
    `denial_precision=${f3(precision(s.denials))}`,
    `denial_recall=${f3(recall(s.denials))}`,
    `alert_precision=${f3(precision(s.alerts))}`,
    `alert_recall=${f3(recall(s.alerts))}`,
    `value_recall=${f3(recall(s.values))}`,
    `seed_alerts=${s.seedAlerts}`,
    `n=${s.n}`,
  ].join(' ');
}
