import type { Lexicon } from './types.js';

/** French stance cues. */
export const fr: Lexicon = {
  deny: [
    String.raw`\bn'(ont|a) pas été (communiqu\p{L}*|annonc\p{L}*) par\b|\baucune conclusion n'a été tirée\b|` +
      String.raw`\brien n'a été décidé\b|\bne provien\p{L}* pas d'une annonce\b|` +
      // "prend ses distances avec les informations selon lesquelles …": the body sets the report aside.
      String.raw`\b(prend|prennent|a pris|ont pris) (ses|leurs) distances avec\b`,
    String.raw`\b(dément\p{L}*|démenti\p{L}*|nié|nie|nient|rejet\p{L}*|infond\p{L}*|` +
      String.raw`reporté\p{L}*|annulé\p{L}*|pas à l'ordre du jour|faux|fausse|fausses|` +
      String.raw`inexact\p{L}*|mensong\p{L}*|infox|fake news|affabulation\p{L}*|absurde\p{L}*)\b`,
    String.raw`\b((pure|totale|complète) (fiction|invention)|(de la|une) fiction|sans fondement|` +
      String.raw`aucun fondement|dénué\p{L}* de (tout )?fondement|n'a rien à voir avec la réalité|` +
      String.raw`ne correspond\p{L}* pas à la réalité|notre position n'a pas changé|` +
      String.raw`aucune décision n'a été prise)\b`,
  ],
  support: [String.raw`\b(confirm[ée]\p{L}*|a confirmé|reconn\p{L}*)\b`],
  relay: [
    String.raw`\b(selon des sources|selon la presse|selon des médias|d'après des sources|` +
      String.raw`selon lesquel\p{L}*|de source\p{L}* |citant des sources)\b`,
  ],
  hedge: [
    String.raw`\b(aurait|auraient|serait|seraient|pourrait|présumé\p{L}*|` +
      String.raw`supposé\p{L}*|envisage\p{L}*|doute\p{L}*|douté)\b`,
  ],
  noComment: [
    String.raw`\b(ni confirmé ni démenti|ni confirmer ni démentir|refusé de commenter|` +
      String.raw`sans commentaire|pas de commentaire|ne commente\p{L}* pas|ne pas commenter)\b`,
    String.raw`\b(ne (fait|faisons|font) pas de commentaires?|se refuse à (tout )?commentaire|` +
      String.raw`ne (souhaite|souhaitons|veut) pas (faire de )?commenter)\b`,
    String.raw`\b(ne (peut|pouvait|pouvons|peuvent|pas pu)|n'a pas pu|n'ont pas pu|` +
      String.raw`impossible de) (pas )?(confirmer|vérifier)\b|` +
      String.raw`\b(n'exclu\p{L}* pas|ne (pas )?(peut|pouvons) (pas )?exclure|pas exclure)\b`,
  ],
  negatedDenial: [String.raw`n'a pas (démenti|nié)|ne dément pas|sans démentir`],
  negators: ['pas', 'jamais', 'sans', 'personne', 'rien', 'aucun\\p{L}*', 'ni'],
};
