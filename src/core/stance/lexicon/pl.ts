import type { Lexicon } from './types.js';

/** Polish stance cues. */
export const pl: Lexicon = {
  deny: [
    String.raw`zaprzecz\p{L}*|zdementow\p{L}*|dementuj\p{L}*|dementi|odrzuci\p{L}*|` +
      String.raw`odrzuca\p{L}*|nieprawd\p{L}*|fałszyw\p{L}*|wymysł\p{L}*|wymyśl\p{L}*|` +
      String.raw`zmyślon\p{L}*|bezpodstawn\p{L}*|kłamstw\p{L}*|dezinformacj\p{L}*|fake news`,
    String.raw`nie odpowiada\p{L}* rzeczywistości|nie ma nic wspólnego z rzeczywistością|nie jest prawdą|` +
      String.raw`nie ma (na razie )?(w )?planach|stanowisko (\p{L}+ )?nie zmieniło się|` +
      String.raw`nie podjęto (żadnej )?decyzji`,
  ],
  support: [String.raw`potwierdzi\p{L}*|potwierdza\p{L}*|przyznał\p{L}*`],
  relay: [
    String.raw`według (źródeł|mediów|doniesień|informacji|gazety|dziennika)|` +
      String.raw`jak (podaje|podał\p{L}*|informuje|pisze|donosi)|źródł\p{L}*|powołując się na|cytowan\p{L}* przez`,
  ],
  hedge: [
    String.raw`rzekomo|rzekom\p{L}*|podobno|miał\p{L}* (by )?|mieli|możliwe|` +
      String.raw`prawdopodobnie|być może|może|mogą|wątpi\p{L}*|wątpliw\p{L}*|sprzeczne`,
  ],
  noComment: [
    String.raw`odmówił\p{L}* komentarza|odmówił\p{L}* (skomentowania|komentowania)|` +
      String.raw`nie skomentował\p{L}*|nie komentuj\p{L}*|bez komentarza|` +
      String.raw`ani nie potwierdził\p{L}*,? ani nie zaprzeczył\p{L}*|ani potwierdzić,? ani zaprzeczyć`,
    String.raw`nie (może|mogę|możemy|mógł|mogła|mogli|udało się) (ani )?(potwierdzić|zweryfikować)|` +
      String.raw`nie potwierdził\p{L}*|nie wyklucza\p{L}*|nie można wykluczyć`,
  ],
  negatedDenial: [String.raw`nie (zaprzeczył|zdementował|wykluczył)\p{L}*`],
  negators: ['nie', 'nigdy', 'bez', 'ani', 'nikt', 'nic', 'żadn\\p{L}*'],
};
