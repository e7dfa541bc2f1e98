/**
 * Stance cue words in several languages, matched on lower-cased normalised text. General newsroom
 * language only: nothing about any one story lives here.
 */

/** JavaScript's \\b only knows ASCII letters; this boundary knows every script (Cyrillic, Turkish ı, ğ …). */
export const WORD_BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;
/**
 * Rewrite \\b for every script, cheaply. A boundary is one-sided wherever the pattern shows which side the
 * word is on: before a letter or a group ("no letter behind"), after a letter, a group or a repeated letter
 * class ("no letter ahead"). Only a \\b with nothing to tell needs the two-sided form, which costs a
 * look-around at every position of every text (4–8× slower on long alternations).
 */
export function unicodeBoundaries(source: string): string {
  return source
    .replace(/\\b(?=[\p{L}(])/gu, '(?<![\\p{L}\\p{N}])')
    .replace(/(?<=[\p{L})]|\\p\{L\}[*+]|\\w[*+])\\b/gu, '(?![\\p{L}\\p{N}])')
    .replaceAll('\\b', WORD_BOUNDARY);
}
/** A pattern's literal parts in lower case; escapes (\\p{L}, \\b, \\S …) stay as written. */
const lowerLiterals = (source: string) => source.replace(/\\p\{[^}]*\}|\\.|[^\\]+/gu, (part) => (part.startsWith('\\') ? part : part.toLowerCase()));
/**
 * The cue patterns below run on lower-cased text (see `judgeStance`), so they are compiled lower-cased and
 * without the `i` flag: V8 then compares characters as they are, about twice as fast on these alternations.
 */
const re = (parts: string[]) => new RegExp(unicodeBoundaries(atWordStart(lowerLiterals(parts.join('|')))), 'gu');

/** Top-level alternatives of a pattern (a `|` outside any group or character class). */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * Every cue starts a word: one look-behind for the whole alternation instead of one per alternative (the
 * regex engine checks it once per position), and no cue inside a longer word ("ложн…" is not in "сложный").
 */
function atWordStart(source: string): string {
  const alts = alternatives(source).map((a) => a.replace(/^\\b/, ''));
  return `(?<![\\p{L}\\p{N}])(?:${alts.join('|')})`;
}

/** Someone rejects a claim. */
export const DENY = re([
  // en
  String.raw`\b(den(y|ies|ied|ying)|dismiss(es|ed|ing)?|reject(s|ed|ing)?|refut(e|es|ed|ing)|rebuff(s|ed)?|debunk(s|ed)?|disputed|contradicted|repudiat(e|es|ed)|disavow(s|ed)?)\b`,
  String.raw`\b(ruled? out|rules out|ruling out|played down|downplayed|voted down|pushed back|postponed|called off|cancell?ed|scrapped|shelved|overturned|wrong|incorrect|inaccurate|not accurate|implausible|mischaracteri[sz]\w*|misleading|distort(ed|ion|s)?)\b`,
  String.raw`\b(fabricat(ion|ed)|fake news|baseless|groundless|unfounded|false|untrue|not true|no truth|nonsense|absurd|speculation and nothing more|without foundation|misinformation|disinformation)\b`,
  String.raw`\bnot on the (agenda|table)\b|\boff the table\b|\bout of the question\b|\bno (such )?(plans?|intention|talks|discussions?|negotiations?|request|proposal|offer)\b`,
  String.raw`\bno change in (our|its|their|the) (position|stance|policy)\b|\b(position|stance|policy) (has|have) not changed\b|\bremains? unchanged\b`,
  String.raw`\b(never|not) (happened|took place|discussed|raised|considered|requested|asked|offered|made)\b`,
  // ru
  String.raw`отложен\p{L}*|отмен[её]н\p{L}*|перенесен\p{L}*|неверн\p{L}*|ошибочн\p{L}*|вброс\p{L}*|газетн\p{L}* утк\p{L}*|опроверг\p{L}*|отверг\p{L}*|отрица\p{L}*|опроверж\p{L}*|не соответству\p{L}* действительности|не обсуждал\p{L}*|не поднимал\p{L}*|не стоит на повестке|не было на повестке|не на повестке|нет (никаких )?планов|не планиру\p{L}*|выдумк\p{L}*|фейк\p{L}*|неправд\p{L}*|ложн\p{L}*|не имеет (ничего )?общего с действительностью|исключил\p{L}* (такую |эту )?(возможность|вероятность|вариант)|позиция не изменилась|(позиция|позиции) (остается|остаётся) неизменн\p{L}*|беспочвенн\p{L}*|домысл\p{L}*`,
  // tr
  String.raw`ertelen\p{L}*|iptal edil\p{L}*|yanlış|yalanla\p{L}*|reddet\p{L}*|gündemde değil|gündemimizde değil|değişiklik (yok|bulunmuyor|söz konusu değil)|doğru değil|gerçeği yansıtmıyor|asılsız|söz konusu değil|iddiaları (kesinlikle )?(yalanladı|reddetti)|böyle bir (talep|teklif|plan) (yok|olmadı)|temelsiz`,
  // fr, de, es
  String.raw`\b(dément\p{L}*|démenti\p{L}*|nié|nie|nient|rejet\p{L}*|infond\p{L}*|reporté\p{L}*|annulé\p{L}*|pas à l'ordre du jour)\b`,
  String.raw`\b(dementier\p{L}*|bestritt|bestreit\p{L}*|wies\p{L}* zurück|zurückgewiesen|haltlos|verschoben|abgesagt|nicht auf der tagesordnung)\b`,
  String.raw`\b(neg(ó|aron|ado|ar)|desmint\p{L}*|rechaz\p{L}*|infundad\p{L}*|aplazad\p{L}*|cancelad\p{L}*|no está en la agenda)\b`,
]);

/** Someone confirms a claim. */
export const SUPPORT = re([
  String.raw`\b(confirm(s|ed|ing)?|acknowledg(e|es|ed|ing)|admit(s|ted)?|announc(e|es|ed)|verif(y|ied|ies)|corroborat(e|ed|es)|agreed|insist(s|ed)?|reaffirm(s|ed)?|is true|was true)\b`,
  String.raw`подтверди\p{L}*|подтвержда\p{L}*|признал\p{L}*`,
  String.raw`doğruladı|teyit et\p{L}*|kabul etti`,
  String.raw`\b(confirm[ée]\p{L}*|a confirmé|bestätigt\p{L}*|confirm[óa]\p{L}*)\b`,
]);

/** Attribution that relays without endorsing: "according to", "reported", "sources". */
export const RELAY = re([
  String.raw`\b(according to (?:\w+\s){0,3}?(?:sources?|reports?|media|people|persons?|insiders?|officials? who|a person|two people|several people|diplomats?)|sources? (?:said|say|says|told|familiar|close)|media reports?|reports? (?:say|said|suggest|suggested|claim)|citing (?:unnamed |anonymous )?sources|unnamed|anonymous)\b`,
  String.raw`по (данным|информации|сведениям) (сми|источник\p{L}*|издани\p{L}*|газет\p{L}*)|как (пишет|сообщает|сообщил\p{L}*) (издани\p{L}*|газет\p{L}*|сми|агентств\p{L}*)|источник\p{L}*|сми сообщ\p{L}*`,
  String.raw`kaynaklar\p{L}*|(basın|medya|gazete|haber|iddia)\p{L}* göre|medyada çıkan`,
  String.raw`\b(selon des sources|selon la presse|d'après des sources|laut Medienberichten|Berichten zufolge|según fuentes|según medios)\b`,
]);

/** Hedges: the content itself is uncertain, alleged, under discussion or asked. */
export const HEDGE = re([
  String.raw`\b(reportedly|allegedly|alleg(e|es|ed|ation|ations)|rumou?r(s|ed)?|speculat(e|es|ed|ion|ive)|purportedly|supposedly|apparently|is said to|are said to|was said to|believed to|understood to|expected to|may|might|could|possibly|perhaps|likely|potential(ly)?|consider(s|ed|ing)?|weigh(s|ed|ing)?|explor(e|es|ed|ing)|mull(s|ed|ing)?|if confirmed|unconfirmed|unverified|whether|claim(s|ed)?|suggest(s|ed|ing)?|possibility|plan(s|ned)? to|seek(s|ing)? to|intend(s|ed)? to)\b`,
  String.raw`якобы|предположительно|возможн\p{L}*|может|могут|мог\p{L}*|слух\p{L}*|по мнению|рассматрива\p{L}*|вероятно|предполага\p{L}*|намерен\p{L}*|планиру\p{L}*`,
  String.raw`iddia\p{L}*|öne sürül\p{L}*|olabilir|bekleniyor|beklen\p{L}*|tartışıyor|tartışıl\p{L}*|muhtemel\p{L}*|görüşül\p{L}*|değerlendir\p{L}*|ihtimal\p{L}*|planlı\p{L}*`,
  String.raw`\b(aurait|auraient|pourrait|présumé\p{L}*|envisage\p{L}*|angeblich|soll|sollen|könnte|erwägt|supuestamente|habría|podría|estudia)\b`,
]);

/** No stance at all: the speaker would not say. */
export const NO_COMMENT = re([
  String.raw`\b(declined|refused|would not|wouldn't|did not|didn't) (to )?(comment|confirm or deny|say|elaborate|discuss)\b|\bno comment\b|\bcould not be reached\b|\bdid not respond\b`,
  String.raw`отказал\p{L}* (от )?комментари\p{L}*|воздержал\p{L}* от комментари\p{L}*|не стал комментировать|без комментариев`,
  String.raw`yorum yapmadı|yorum yapmaktan kaçındı|açıklama yapmadı|ne doğruladı ne (de )?yalanladı`,
  String.raw`\bneither confirm(ed|s)? nor den(y|ied|ies)\b|\bwould not be drawn\b|не (стал )?(ни )?подтвер\p{L}* (и|ни) (не )?опроверг\p{L}*|ni confirmé ni démenti|weder bestätigt noch dementiert|wollte sich\b[^.]{0,60}\bnicht\b[^.]{0,40}äußern|ni confirmó ni desmintió`,
  String.raw`\b(refusé de commenter|lehnte\p{L}* (einen )?kommentar ab|declinó comentar|se negó a comentar)\b`,
]);

/** Words that negate what follows them (run on lower-cased text, like every pattern here). */
export const NEGATOR = /(?<![\p{L}])(not(?! only)|no|never|cannot|can't|won't|n't|neither|nor|without|unable|hardly|не|ни|нельзя|никогда|нет|без|değil|asla|hiç|olmadan|pas|jamais|sans|nicht|kein\p{L}*|nie|ohne|nunca|sin|tampoco|nobody|no one|nothing|none|никто|ничего|никакой|никаких|kimse|hiçbir|personne|rien|niemand|nichts|nadie|nada)(?![\p{L}])|n't(?![\p{L}])/gu;

/** Negated denial ("did not deny", "refused to deny", "would not rule out"): the denial is not made. */
export const NEGATED_DENIAL = /\b(not|never|n't|refused to|declined to|failed to|without)\s+(\w+\s+){0,2}(deny|denied|dismiss|reject|refute|rule out)\b|(?<![\p{L}])не (стал[аи]? )?(опроверг|отрица|исключ)\p{L}*|yalanlamadı|reddetmedi|nicht (dementiert|bestritten)|no (negó|desmintió)|n'a pas (démenti|nié)/gu;

/**
 * Turkish verbal negation (-me/-ma + tense, then person or plural endings): "iade etmeyecek", "kullanılmadı",
 * "görüşülmedi", "istemiyoruz". Run on lower-cased Turkish text only: in other languages the same letters
 * are ordinary words ("Gómez", "immediately").
 */
export const TURKISH_VERB_NEGATION = /(?<![\p{L}])\p{L}{2,}(m[ae]d[ıiuü]|m[ae]y[ae]c[ae]k|m[ae]z|m[ae]m[ıi]ş|m[ıiuü]yor)\p{L}{0,5}(?![\p{L}])/u;

const AT_WORD_START = '(?<![\\p{L}\\p{N}])';

/**
 * Any stance cue at all (denial, no comment, negated denial, hedge, relay, support) in one pass: a clause
 * without one needs none of the separate patterns. (Most clauses a claim is matched in carry no cue.)
 */
export const ANY_CUE = new RegExp(
  `${AT_WORD_START}(?:${[DENY, NO_COMMENT, HEDGE, RELAY, SUPPORT].map((re) => re.source.slice(AT_WORD_START.length)).join('|')})|${NEGATED_DENIAL.source}`,
  'u',
);

