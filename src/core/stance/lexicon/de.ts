import type { Lexicon } from './types.js';

/** German stance cues. */
export const de: Lexicon = {
  deny: [
    String.raw`\b(nicht|keine) (von uns|vom unternehmen) (bekanntgegeben|veröffentlicht|mitgeteilt)\b|` +
      String.raw`\bes ist nichts entschieden\b|\bnichts ist entschieden\b`,
    String.raw`\b(dementier\p{L}*|dementi|bestritt|bestreit\p{L}*|wies\p{L}* zurück|` +
      String.raw`weis\p{L}* (das|dies|diese\p{L}*|\p{L}+) zurück|zurückgewiesen|abgetan|haltlos|verschoben|` +
      String.raw`abgesagt|nicht auf der tagesordnung|falsch\p{L}*|unwahr\p{L}*|unzutreffend|erfunden|` +
      String.raw`erfindung|fake news|lüge\p{L}*|entbehrt jeder grundlage|stimmt nicht|nicht zutreffend)\b`,
    String.raw`\b(hat|haben) nichts mit der (realität|wirklichkeit) zu tun\b|` +
      String.raw`\b(position|haltung) (hat sich )?nicht geändert\b|\bkeine entscheidung (getroffen|gefallen)\b`,
  ],
  support: [String.raw`\b(bestätigt\p{L}*|räumte\p{L}* ein|eingeräumt)\b`],
  relay: [
    String.raw`\b(laut Medienberichten|Berichten zufolge|aus kreisen|` +
      String.raw`nach informationen|unter berufung auf|informierten kreisen)\b`,
  ],
  hedge: [String.raw`\b(angeblich|soll|sollen|könnte|erwägt|mutmaßlich|vermutlich|zweifel\p{L}*|bezweifel\p{L}*)\b`],
  noComment: [
    String.raw`\bweder bestätigt noch dementiert\b|\b(wollte|wollten|will|` +
      String.raw`möchte) sich\b[^.]{0,60}\bnicht\b[^.]{0,80}äußern|\b(lehnte\p{L}* (einen )?kommentar ab)\b|` +
      String.raw`\b(äußern|äußert|äußerte) (wir |er |sie )?(uns|sich) nicht\b|` +
      String.raw`\b(kommentieren|kommentiert) (\p{L}+ ){0,2}nicht\b|\bkein kommentar\b`,
    String.raw`\b(nicht|weder) (unabhängig )?(bestätigen|überprüfen|verifizieren)\b|` +
      String.raw`\bnicht (bestätigt|überprüft)\b|\bnicht ausschließen\b|` +
      String.raw`\b(schließen|schloss|schließt) (\p{L}+ )?nicht aus\b`,
  ],
  negatedDenial: [String.raw`nicht (dementiert|bestritten)`],
  negators: ['nicht', 'kein\\p{L}*', 'nie', 'niemals', 'ohne', 'niemand', 'nichts', 'weder'],
};
