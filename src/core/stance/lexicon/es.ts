import type { Lexicon } from './types.js';

/**
 * Spanish stance cues. Reports lean on the conditional ("habría firmado", "estaría negociando") and on "según"
 * with a medium or a source; a non-answer is "no confirmó", "ni confirmó ni desmintió", "no descartó".
 */
export const es: Lexicon = {
  deny: [
    String.raw`\bno procedía de ningún anuncio\b|\bno proced\p{L}* de (ningún|un) (anuncio|comunicado)\b|` +
      String.raw`\bnada está decidido\b|\bno hay nada decidido\b`,
    String.raw`\b(neg(ó|aron|ado|ar|ado)|desmint\p{L}*|desmiente\p{L}*|desmentido|` +
      String.raw`rechaz\p{L}*|infundad\p{L}*|aplazad\p{L}*|cancelad\p{L}*|no está en la agenda|` +
      String.raw`falso|falsa|falsos|falsas|mentira\p{L}*|bulo\p{L}*|fake news|inexact\p{L}*|erróne\p{L}*|` +
      String.raw`incierto|incierta|desinformaci\p{L}*|descart(ó|aron|a|an|ado|ada)|desestim\p{L}*)\b`,
    String.raw`\b((pura|total) (ficción|invención)|es (una )?ficción|` +
      String.raw`carec\p{L}* de (todo )?(fundamento|sustento|base)|sin (ningún )?(fundamento|sustento)|` +
      String.raw`nada que ver con la realidad|no (se )?correspond\p{L}* (con|a) la realidad|no es (cierto|verdad)|` +
      String.raw`nada de eso (es cierto|ha ocurrido|ocurrió)|nada de cierto|` +
      String.raw`no tiene (ningún|ninguna) (fundamento|base|sustento)|` +
      String.raw`nuestra posición no ha cambiado|no se ha tomado ninguna decisión)\b`,
    String.raw`\bno (hay|existe|existió|hubo|ha habido) (ninguna?|ningún) \p{L}+`,
  ],
  support: [
    String.raw`\b(confirm[óa]\p{L}*|confirmad\p{L}*|reconoc\p{L}*|ratific\p{L}*|hizo oficial|oficializ\p{L}*|` +
      String.raw`corrobor\p{L}*|admiti\p{L}*)\b`,
  ],
  relay: [
    String.raw`\b(según fuentes|según medios|según la prensa|citando fuentes|fuentes cercanas|según informa\p{L}*|` +
      String.raw`según (public\p{L}*|adelant\p{L}*|avanz\p{L}*|revel\p{L}*|filtr\p{L}*)|` +
      String.raw`según (varios|varias|algunos|algunas|diversos|distintos|un|una|el|la|los|las) ` +
      String.raw`(medio|diario|periódico|fuente|informaci|informe|agencia|emisora|cadena|prensa)\p{L}*|` +
      String.raw`de acuerdo con (fuentes|medios|la prensa)|medios locales|trascend\p{L}*|` +
      String.raw`fuentes (de|del|cercanas|próximas|consultadas|oficiales|gubernamentales|policiales|` +
      String.raw`judiciales|anónimas)|` +
      String.raw`(publicó|publica|informó|informa|adelantó|adelanta|avanzó) (el|la|un|una) ` +
      String.raw`(diario|periódico|agencia|medio|cadena|emisora|rotativo))\b`,
  ],
  hedge: [
    String.raw`\b(supuestamente|supuest\p{L}*|presunt\p{L}*|habría|habrían|podría|podrían|estaría|estarían|` +
      String.raw`sería|serían|tendría|tendrían|estudia|dud\p{L}*|rumor\p{L}*|especula\p{L}*|posibl\p{L}*|` +
      String.raw`se baraja|barajan|sopesa|evalúa|prevé|prevén|se espera|se prevé|al parecer|aparentemente|` +
      String.raw`probablemente|previsiblemente|todo apunta a que|no está claro si)\b`,
    String.raw`\b(espera|esperan|confía en|confían en|teme|temen|cree|creen) que\b`,
  ],
  noComment: [
    String.raw`\b(ni confirmó ni desmintió|ni confirmar ni desmentir|ni confirma ni desmiente|` +
      String.raw`no (ha )?(confirmado|confirmó|confirma) ni (desmentido|desmintió|desmiente|negado|negó|niega)|` +
      String.raw`declinó comentar|se negó a comentar|sin comentarios|no comenta\p{L}*)\b`,
    String.raw`\b(no|declinó|se negó a) (\p{L}+ )?(hacer|hace|hacemos|hizo) (ningún )?comentarios?\b|` +
      String.raw`\bno (se )?pronunci\p{L}*\b|\bno (entrar|entramos|entra) en (especulaciones|rumores)\b`,
    String.raw`\bno (puede|pudo|podemos|pueden|han podido|ha podido) (ni )?(confirmar|verificar)\b|` +
      String.raw`\bno (se )?descart\p{L}*\b|\bno (lo )?podemos descartar\b`,
    String.raw`\bno (ha |han |se ha |se han )?(confirm\p{L}*|verific\p{L}*)\b|\bsin confirma\p{L}*\b|` +
      String.raw`\bno (tiene|tenemos|tenía) (ninguna )?información\b|\bno se pudo (confirmar|verificar)\b|` +
      String.raw`\bno (quiso|quisieron) (comentar|pronunciarse|confirmar\p{L}*)\b|` +
      String.raw`\bno (respondió|ha respondido|contestó|ha contestado)\b|` +
      String.raw`\b(evitó|rehusó|eludió) (pronunciarse|comentar\p{L}*|confirmar\p{L}*|hacer comentarios)\b|` +
      String.raw`\bguardó silencio\b`,
  ],
  negatedDenial: [
    String.raw`no (negó|desmintió|descart\p{L}*|(ha )?(negado|desmentido|rechazado)|quiso (negar|desmentir))`,
  ],
  negators: ['no', 'nunca', 'sin', 'tampoco', 'nadie', 'nada', 'ningun\\p{L}*', 'ni'],
};
