import type { History } from './types.js';

type HistoryPosition = History['positions'][number];
type HistoryValue = History['values'][number];

/** The store's history grouped by claim, built once per history object (it grows with every article). */
const historyIndexes = new WeakMap<
  History,
  { positions: Map<string, HistoryPosition[]>; values: Map<string, HistoryValue[]> }
>();

export function byClaim(history: History): {
  positions: Map<string, HistoryPosition[]>;
  values: Map<string, HistoryValue[]>;
} {
  let ix = historyIndexes.get(history);
  if (!ix) {
    ix = { positions: new Map(), values: new Map() };
    for (const p of history.positions) {
      const list = ix.positions.get(p.claim);
      if (list) list.push(p);
      else ix.positions.set(p.claim, [p]);
    }
    for (const v of history.values) {
      if (!v.claim) continue;
      const list = ix.values.get(v.claim);
      if (list) list.push(v);
      else ix.values.set(v.claim, [v]);
    }
    historyIndexes.set(history, ix);
  }
  return ix;
}

/** How a source is named in an alert: outlet, date, where. */
export function sourceLine(outlet: string, where: string, date: string | null): string {
  return `${outlet}${date ? `, ${date}` : ''} (${where})`;
}
