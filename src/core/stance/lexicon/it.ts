import type { Lexicon } from './types.js';

/** Italian stance cues. */
export const it: Lexicon = {
  deny: [
    String.raw`\bnon (è stat[oa]|sono stat[ei]) (annunciat\p{L}*|comunicat\p{L}*) da\b|\bnon è stato deciso nulla\b`,
    String.raw`\b(smentit\p{L}*|smentisc\p{L}*|smentita|negat[oaie]|nega|negano|` +
      String.raw`respint\p{L}*|respinge\p{L}*|infondat\p{L}*|falso|falsa|falsi|false|` +
      String.raw`fake news|bufal\p{L}*|menzogn\p{L}*|rinviat\p{L}*|annullat\p{L}*)\b`,
    String.raw`\b((pura|totale) (fantasia|invenzione|finzione)|privo di fondamento|priva di fondamento|` +
      String.raw`senza fondamento|non corrispond\p{L}* (al vero|alla realtà)|` +
      String.raw`non ha nulla a che vedere con la realtà|non è all'ordine del giorno|` +
      String.raw`la nostra posizione non è cambiata|nessuna decisione è stata presa)\b`,
  ],
  support: [String.raw`\b(confermat\p{L}*|conferma\p{L}*|ammess\p{L}*)\b`],
  relay: [
    String.raw`\b(secondo (fonti|indiscrezioni|la stampa|i media|quanto riport\p{L}*)|` +
      String.raw`fonti|indiscrezion\p{L}*|citando fonti)\b`,
  ],
  hedge: [
    String.raw`\b(presunt\p{L}*|sarebbe|sarebbero|avrebbe|avrebbero|` +
      String.raw`potrebbe|potrebbero|forse|ipotesi|dubbi\p{L}*|dubit\p{L}*)\b`,
  ],
  noComment: [
    String.raw`\b(non ha commentato|si è rifiutat\p{L}* di commentare|nessun commento|` +
      String.raw`né confermato né smentito|né confermare né smentire|non commenta\p{L}*)\b`,
    String.raw`\bnon (può|possiamo|ha potuto|hanno potuto|è stato possibile) (né )?(confermare|verificare)\b|` +
      String.raw`\bnon (si )?esclud\p{L}*\b|\bnon possiamo escludere\b`,
  ],
  negatedDenial: [String.raw`non ha (smentito|negato|escluso)`],
  negators: ['non', 'mai', 'senza', 'nessun\\p{L}*', 'né', 'niente', 'nulla'],
};
