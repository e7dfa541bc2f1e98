import type { Lexicon } from './types.js';

/** Spanish stance cues. */
export const es: Lexicon = {
  deny: [
    String.raw`\bno procedía de ningún anuncio\b|\bno proced\p{L}* de (ningún|un) (anuncio|comunicado)\b|` +
      String.raw`\bnada está decidido\b|\bno hay nada decidido\b`,
    String.raw`\b(neg(ó|aron|ado|ar|ado)|desmint\p{L}*|desmiente\p{L}*|desmentido|` +
      String.raw`rechaz\p{L}*|infundad\p{L}*|aplazad\p{L}*|cancelad\p{L}*|no está en la agenda|` +
      String.raw`falso|falsa|falsos|falsas|mentira\p{L}*|bulo\p{L}*|fake news)\b`,
    String.raw`\b((pura|total) (ficción|invención)|es (una )?ficción|carece\p{L}* de fundamento|` +
      String.raw`sin fundamento|nada que ver con la realidad|no (se )?correspond\p{L}* (con|a) la realidad|` +
      String.raw`no es (cierto|verdad)|nuestra posición no ha cambiado|no se ha tomado ninguna decisión)\b`,
  ],
  support: [String.raw`\b(confirm[óa]\p{L}*|reconoc\p{L}*)\b`],
  relay: [
    String.raw`\b(según fuentes|según medios|según la prensa|citando fuentes|fuentes cercanas|según informa\p{L}*)\b`,
  ],
  hedge: [String.raw`\b(supuestamente|supuest\p{L}*|presunt\p{L}*|habría|habrían|podría|estudia|dud\p{L}*)\b`],
  noComment: [
    String.raw`\b(ni confirmó ni desmintió|ni confirmar ni desmentir|` +
      String.raw`declinó comentar|se negó a comentar|sin comentarios|no comenta\p{L}*)\b`,
    String.raw`\b(no|declinó|se negó a) (\p{L}+ )?(hacer|hace|hacemos|hizo) (ningún )?comentarios?\b|` +
      String.raw`\bno (se )?pronunci\p{L}*\b|\bno (entrar|entramos|entra) en (especulaciones|rumores)\b`,
    String.raw`\bno (puede|pudo|podemos|pueden|han podido|ha podido) (ni )?(confirmar|verificar)\b|` +
      String.raw`\bno (se )?descart\p{L}*\b|\bno (lo )?podemos descartar\b`,
  ],
  negatedDenial: [String.raw`no (negó|desmintió|descart\p{L}*)`],
  negators: ['no', 'nunca', 'sin', 'tampoco', 'nadie', 'nada', 'ningun\\p{L}*', 'ni'],
};
