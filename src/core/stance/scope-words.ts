import { tokenize } from '../text/tokens.js';

/**
 * Small word lists for the scope of a negation (see `negation.ts`). General wording only: no story lives here.
 */

const norms = (words: string) => new Set(tokenize(words.toLowerCase()).map((t) => t.norm));

/**
 * Light words a negation passes over on its way to the predicate it negates: "there was no conversation",
 * "не было никакого разговора", "no hubo tal llamada", "es gab kein Gespräch", "لم تكن هناك أي محادثة".
 */
export const LIGHT_WORDS = norms(
  'there was were is are be been being have has had having any such single actually really ever yet even hold held ' +
    'было был была были будет есть состоялся состоялась состоялось ' +
    'никакого никаких никакой такого такой такие вообще ещё еще пока ' +
    'було був була були буде є відбулася відбувся відбулося жодної жодного жодних такої такого взагалі ще поки ' +
    'hubo hay ha habido tal tales ningún ninguna ninguno existe existió todavía aún ' +
    'y a eu il aucun aucune existe encore ' +
    'es gab gibt hat habe hatte ein eine einen einem solche solches solchen stattgefunden ' +
    'było był była byli jest żadnej żadnego żadnych takiej takiego jeszcze ' +
    'c è stata stato ci alcuna alcun nessuna ancora ' +
    'υπήρξε υπάρχει έγινε ήταν είναι καμία κανένα κανένας τέτοια ακόμη ' +
    'تكن يكن كان كانت هناك أي أية يوجد توجد ثمة حدث تم ' +
    'bir böyle herhangi henüz ' +
    '그런 어떤 아무',
);

/** Negators that make a subject of nobody ("no leader would …", "никто не …", "kein Politiker würde …"). */
export const SUBJECT_NEGATOR = new RegExp(
  String.raw`^(?:no|nobody|no one|none|nothing|никто|ничто|никакой|ніхто|жоден|kein\p{L}*|niemand|nadie|` +
    String.raw`ningún|ninguna|personne|aucun\p{L}*|kimse|hiçbir|` +
    String.raw`nikt|żaden|nessun\p{L}*|κανείς|καμία)(?![\p{L}])`,
  'u',
);

/** Verbs that open the predicate after a negated subject. */
export const AUXILIARIES = norms(
  'would will could can should might may must did does do has have had is was are were ' +
    'будет может могут стал würde wird kann könnte hat ist sería será puede podría ha serait sera peut pourrait ' +
    'będzie może mógłby sarebbe sarà può potrebbe θα μπορεί',
);

/** "Against": after a negated verb it moves the negation onto whom the act is aimed at. */
export const AGAINST = norms('against против проти gegen contre contra karşı contro przeciw przeciwko κατά ضد');

/**
 * Right after a negator, an existential verb, or the word for an aim: the negated thing came before it ("разговора
 * не было", "продажи не будет", "buying a stake is not our aim", "买股权不是我们的目的").
 */
export const EXISTENTIAL = new RegExp(
  '^\\s*(?:(?:было|було|был|была|были|будет|будут|буде|будуть|состоял\\p{L}*|відбул\\p{L}*|existed|happened|' +
    '(?:(?:our|my|its|their|the|notre|leur|nuestro|su|unser|sein|ihr|нашей|нашою)\\s+)?' +
    '(?:aim|goal|intention|objective|objectif|objetivo|Ziel|целью|метою))(?![\\p{L}])|' +
    '(?:我们的|我們的|我的|公司的)?(?:目的|目标|目標|打算|意图|意圖))',
  'iu',
);

/**
 * Negations that follow the word they negate: Korean 않다 / 없다 / 아니다, Japanese ない / なかった / ません,
 * Turkish "yok" ("böyle bir görüşme yok"). (Turkish verb suffixes have their own rule, kept to Turkish text.)
 */
export const POST_NEGATION =
  /(?<![\p{L}])(?:않|없|아니)\p{L}*|(?<![\p{L}])yok(?![\p{L}])|なかった|ない|ません|無い/gu;

/**
 * A negation of continuing ("no longer", "больше не", "nicht mehr", "不再"): it agrees with a claim that
 * something ended.
 */
export const CESSATION = new RegExp(
  String.raw`no longer|not any ?more|any longer|больше не|уже не|більше не|вже не|` +
    String.raw`artık|ne \p{L}+ plus|n'\p{L}+ plus|ne plus|nicht mehr|\p{L}+ mehr|` +
    String.raw`ya no|non più|już nie|δεν \p{L}+ πια|πλέον|不再|もう|더 이상|لم (يعد|تعد)`,
  'u',
);

/** Stems of words for something ending or being taken away: a claim carrying one is a claim of cessation. */
export const CESSATION_STEMS: ReadonlySet<string> = new Set(
  tokenize(
    'remove removed removal expel expelled expulsion exclude excluded exclusion suspend suspended ' +
      'suspension end ended halt halted stop stopped cancel cancelled canceled cancellation withdraw ' +
      'withdrew withdrawn withdrawal quit terminate terminated termination ban banned collapse ' +
      'collapsed abandon abandoned scrap scrapped kicked ousted ' +
      'исключен исключена исключили прекращен прекратил отстранен виключено виключили припинено ' +
      'çıkarıldı çıkarılması ihraç dışlandı askıya sona iptal ausgeschlossen beendet exclu exclue suspendu expulsé ' +
      'excluido expulsado suspendido wykluczony zawieszony escluso sospeso αποκλεισμός αποβλήθηκε',
  ).map((t) => t.stem),
);
