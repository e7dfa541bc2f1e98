import type { CompiledClaim } from './claimset/compile.js';
import type { ClaimMatch } from './match.js';
import type { Statement } from './statements/build.js';

/**
 * The claim an article is speaking of. A speaker who rejects a report seldom repeats its words: "This is
 * absolutely untrue. It is pure fiction." answers the claim of the sentence before. Only a rebuttal of that
 * kind carries the topic over — words that call a report false or deny an event outright — never an
 * ordinary negation or a postponement, which are content of their own.
 */

const REBUTTAL = new RegExp(
  [
    // en
    String.raw`\b(?:untrue|not true|false|fiction|fabricat\w*|made[- ]up|fake|baseless|` +
      String.raw`groundless|unfounded|nonsense|no truth|not (?:correct|accurate)|incorrect|` +
      String.raw`denie[sd]|deny|dismiss\w*|reject\w*|refut\w*|there (?:was|were|is|has been) no)\b`,
    // ru, uk; then a report called a plant, a lie or nonsense, or out of the question ((?![\p{L}]) ends a Cyrillic
    // word: \b knows only ASCII letters)
    String.raw`неправд\p{L}*|ложн\p{L}*|выдумк\p{L}*|вигадк\p{L}*|фейк\p{L}*|` +
      String.raw`не соответству\p{L}* действительности|не відповіда\p{L}* дійсності|опроверг\p{L}*|` +
      String.raw`спростува\p{L}*|заперечи\p{L}*|отрица\p{L}*|не было(?![\p{L}])|не було(?![\p{L}])|` +
      String.raw`неправдив\p{L}*|брехн\p{L}*|вброс\p{L}*|ложь(?![\p{L}])|ложью(?![\p{L}])|вран\p{L}*|` +
      String.raw`бред(?:ом)?(?![\p{L}])|бредн\p{L}*|утк[аиуео](?![\p{L}])|недостоверн\p{L}*|недостовірн\p{L}*|` +
      String.raw`беспочвенн\p{L}*|безпідставн\p{L}*|маячн\p{L}*|` +
      String.raw`нісенітниц\p{L}*|дезинформаци\p{L}*|дезінформаці\p{L}*|не имеет (?:ничего )?общего с|` +
      String.raw`не має (?:нічого )?спільного|не может быть (?:и )?речи|не може бути (?:й|і) мови`,
    // de, fr, es, it, pl
    String.raw`\b(?:falsch\p{L}*|fiktion|erfunden|dementi\p{L}*|bestritt\p{L}*|gab (?:es )?kein\p{L}*|` +
      String.raw`faux|fausse|fiction|infond\p{L}*|dément\p{L}*|démenti|il n'y a (?:pas )?eu aucun\p{L}*|` +
      String.raw`fals[oa]s?|invenci[oó]n|ficci[oó]n|desment\p{L}*|neg[oó]|no hubo|falso|inventat\p{L}*|` +
      String.raw`smentit\p{L}*|non c'è stat\p{L}*|nieprawd\p{L}*|fałszyw\p{L}*|zaprzecz\p{L}*|dementuj\p{L}*)\b`,
    // tr
    String.raw`doğru değil|gerçeği yansıtmıyor|asılsız|yalan\p{L}*|böyle bir \p{L}+ (?:olmadı|yok)`,
    // zh, ja, ko, ar (no word boundaries in the first three)
    String.raw`谣言|謠言|造谣|造謠|辟谣|闢謠|无中生有|無中生有|毫无根据|毫無根據|没有根据|沒有根據|子虚乌有|子虛烏有|` +
      String.raw`没有这回事|沒有這回事|没有的事|沒有的事|绝无此事|絕無此事|并无此事|並無此事|是假的|假消息|假新闻|假新聞|` +
      String.raw`完全错误|完全錯誤|` +
      String.raw`不实|不屬實|不属实|不符合事实|不符合事實|虚假|虛假|虚构|虛構|臆造|捏造|纯属|純屬|否认|否認|没有进行|沒有進行|没有通话|` +
      String.raw`並無|并无|事実ではない|事実無根|否定|一切ない|なかった|사실이 아니|허구|허위|부인했|부인하|없었다|غير صحيح|` +
      String.raw`كاذب|عار عن الصحة|نفى|ينفي|لم يحدث|لم تجر|لم تكن هناك|لم يكن هناك|(?:عار|عارية) (?:عن|من) الصحة|` +
      String.raw`لا أساس|لا صحة|عدم صحة|نفت|تنفي|مفبرك\p{L}*|ملفق\p{L}*|أكاذيب`,
    // el, fa (Persian as read: the zero-width joiner of "بی‌اساس" is gone, or a space stands for it)
    String.raw`διέψευσ\p{L}*|διαψεύδ\p{L}*|ψευδ\p{L}*|ανακριβ\p{L}*|δεν ισχύει|αναληθ\p{L}*|ανυπόστατ\p{L}*|` +
      String.raw`δεν αληθεύ\p{L}*|φαντασίας|δεν υπήρξε|δεν έγινε|αβάσιμ\p{L}*|تکذیب|نادرست|کذب محض|بی ?اساس|` +
      String.raw`بی ?پایه|صحت ندارد|فاقد صحت|جعلی|ساختگی`,
    // pl, it (more)
    String.raw`\b(?:nie było|nie doszło|nie miał\p{L}* miejsca|non c'è stat\p{L}*|non è vero|pura fantasia)\b`,
  ].join('|'),
  'iu',
);

/**
 * A matter said never to have been discussed, to be off the agenda, or a position said to be unchanged ("тема не
 * обсуждалась", "не стоит на повестке", "позиция не изменилась", "立场没有变化", "并未讨论"): it answers the claim
 * just spoken of, but names no report of its own, so it never stands for the story's central claim.
 */
const MATTER_REBUTTAL = new RegExp(
  String.raw`не обсужда\p{L}*|не обговорю\p{L}*|не обговорювал\p{L}*|` +
    String.raw`(?:нет|не стоит|не стоял|не было|не) на повестке|` +
    String.raw`(?:немає|не стоїть|не) на порядку денному|позиция не изменилась|позиція не змінилас[яь]|` +
    String.raw`позици\p{L}* (?:\p{L}+ ){0,4}?(?:остается|остаётся|осталась) (?:неизменн|прежн)\p{L}*|` +
    String.raw`позиці\p{L}* (?:\p{L}+ ){0,4}?(?:залишається|лишається) незмінн\p{L}*|не рассматрива\p{L}*|` +
    String.raw`не розгляда\p{L}*|不在议程|不在議程|(?:立场|立場)[^。，,]{0,8}(?:没有|沒有|未|并未|並未)(?:任何)?` +
    String.raw`(?:改变|改變|变化|變化)|(?:并未|並未|没有|沒有|未曾|从未|從未)(?:讨论|討論|谈及|談及)`,
  'iu',
);

/** A report named as the thing rebutted: "that account", "the report", "эти сообщения", "den Bericht". */
const ACCOUNT = new RegExp(
  String.raw`(?<![\p{L}])(?:account|report|story|article|allegations?|сообщени\p{L}*|публикаци\p{L}*|` +
    String.raw`повідомлен\p{L}*|bericht\p{L}*|meldung\p{L}*|rapport|informations?|informe|noticia|notizi\p{L}*|` +
    String.raw`doniesi\p{L}*|haber\p{L}*|iddia\p{L}*)(?![\p{L}])|보도|报道|報道|報導|التقارير|التقرير`,
  'iu',
);

/** What a speaker is asked about: a report, or a view, rumour or speculation ("との見方", "传闻", "speculation"). */
const HEARSAY = new RegExp(
  String.raw`(?<![\p{L}])(?:speculation|rumou?rs?|claims?|слух\p{L}*|домысл\p{L}*|spekulation\p{L}*|gerücht\p{L}*|` +
    String.raw`rumeurs?|spéculations?|rumores?|especulaci\p{L}*|voci|söylenti\p{L}*|spekülasyon\p{L}*|` +
    String.raw`pogłosk\p{L}*)(?![\p{L}])|見方|観測|臆測|憶測|噂|传闻|傳聞|传言|傳言|猜测|猜測|소문|관측|추측|설(?:에|과|을)`,
  'iu',
);

/** Quotations of a sentence with their places: "…", 「…」, 『…』, « … ». */
const QUOTED = /"[^"]+"|「[^「」]+」|『[^『』]+』|«[^«»]+»/gu;

/**
 * "Asked about the view that X, the chairman said: 'There is no such approach at all'": the speaker's quoted
 * words rebut, the claim's words stand outside the quotation, in a report or view the sentence names. The quote
 * denies the claim though it shares none of its words.
 */
export function quotedRebuttal(text: string, termOffsets: readonly number[]): boolean {
  if (!termOffsets.length) return false;
  const quotes = [...text.matchAll(QUOTED)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  if (!quotes.length) return false;
  const inQuote = (o: number) => quotes.some(([a, b]) => o >= a && o < b);
  if (termOffsets.some(inQuote)) return false;
  const outside = quotes.reduceRight((t, [a, b]) => t.slice(0, a) + ' '.repeat(b - a) + t.slice(b), text);
  if (!ACCOUNT.test(outside) && !HEARSAY.test(outside)) return false;
  // Japanese なかった is any verb's past negative ("驚きはなかった", there was no surprise): not a rebuttal on its own.
  return quotes.some(([a, b]) => REBUTTAL.test(text.slice(a, b).replace(/なかった/gu, '')));
}

/** Does the sentence rebut a report outright (without needing the report's words)? */
export function rebuts(text: string): boolean {
  return REBUTTAL.test(text) || MATTER_REBUTTAL.test(text);
}

/**
 * A rebuttal that names its matter ("refuted Gerasimov's statement about the 'liberation' of Kursk", "dementi les
 * déclarations sur …"): a statement or report about something the claim set has no words for is another matter,
 * neither the claim just spoken of nor the story's central one.
 */
const NAMED_MATTER = new RegExp(
  String.raw`(?<![\p{L}])(?:statements?|claims?|remarks|assertions?|заяв\p{L}*|твердженн\p{L}*|утверждени\p{L}*|` +
    String.raw`доповід\p{L}*|доклад\p{L}*|aussage\p{L}*|behauptung\p{L}*|déclarations?|affirmations?|` +
    String.raw`declaraci\p{L}*|afirmaci\p{L}*|açıklama\p{L}*|dichiarazion\p{L}*|oświadczeni\p{L}*)` +
    String.raw`(?:\s+\p{Lu}\p{L}*)?\s+(?:about|on|regarding|про|о|об|щодо|über|zu|sur|sobre|su|circa|o)\s+\S`,
  'iu',
);

/** The claims last spoken of, and where: kept while an article's statements are judged in order. */
export interface Topic {
  matches: ClaimMatch[];
  at: number;
  /** Paragraph of the statement that set the topic: a new paragraph turns to a new voice or a new matter. */
  paragraph: number;
}

/**
 * The topic claim for a statement that names no claim of its own: the best claim of a statement at most two
 * before it in the same paragraph, else the story's central claim, when this one rebuts outright and has a speaker
 * (an outlet's own narration rebuts nothing).
 */
export function carriedTopic(st: Statement, i: number, topic: Topic, central: CompiledClaim | null): ClaimMatch[] {
  if (!st.speaker || !rebuts(st.sentence.text) || NAMED_MATTER.test(st.sentence.text)) return [];
  if (topic.matches.length && i - topic.at <= 2 && topic.paragraph === st.sentence.paragraph) {
    // Calling an account fiction rejects its main claim: the story's central claim, which the details of the
    // account ("urged him not to escalate") take for granted.
    const account = central && ACCOUNT.test(st.sentence.text);
    const best = account ? { claim: central, termOffsets: [], score: 0.5 } : topic.matches[0]!;
    return [{ ...best, termOffsets: [], score: best.score * 0.8 }];
  }
  // Nothing spoken of just before: a named speaker calling the report false rejects the story's central claim.
  if (!central || st.speaker.startsWith('name:unnamed') || !REBUTTAL.test(st.sentence.text)) return [];
  return [{ claim: central, termOffsets: [], score: 0.5 }];
}
