/**
 * Clauses of a sentence: a stance is judged on the clause that carries the claim, not the whole sentence
 * ("X denied the report, but Y confirmed it").
 */

const CLAUSE_BREAK = new RegExp(
  [
    String.raw`;`,
    String.raw`,?\s+(?:and that|but|whereas|however|и что|а также|но|однако|ancak|ama|fakat|mais|aber|pero)\s+`,
    String.raw`,\s+(?:and|while|which|who|и|который|которая|которые|ve|et|qui|und|die|der|y|que)\s+`,
    // Turkish complement clauses end in -dığını / -acağını: "ve" after one starts the next ("… dayanmadığını ve
    // görüşmelerin sürdüğünü").
    String.raw`(?<=\p{L}(?:[dt][ıiuü]ğ[ıiuü]n[ıiuü]|[ae]c[ae]ğ[ıi]n[ıi]))\s+ve\s+`,
    String.raw`,?\s+(?:і що|и что|and said|and that)\s+`,
  ].join('|'),
  'giu',
);
/** An opening subordinate clause ends at its comma: "Although Turkey has not confirmed it, sources say …". */
const OPENING_SUBORDINATE = new RegExp(
  String.raw`^(?:although|though|even though|while|despite|if|when|as|хотя|` +
    String.raw`несмотря на|если|her ne kadar|bien que|obwohl|aunque)\b[^,]{3,120},\s*`,
  'iu',
);

/** Split a sentence into clauses at coordinating breaks; returns [start, end) offsets. */
export function clauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let last = 0;
  const opening = OPENING_SUBORDINATE.exec(text);
  if (opening) {
    out.push([0, opening[0].replace(/,\s*$/, '').length]);
    last = opening[0].length;
  }
  CLAUSE_BREAK.lastIndex = last;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    out.push([last, m.index]);
    last = m.index + m[0].length;
  }
  out.push([last, text.length]);
  return out;
}
