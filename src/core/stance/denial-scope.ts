import { isStopword, NEGATIONS, tokenize, type Token } from '../text/tokens.js';

/**
 * Whom a denial verb denies. "Rejects a full ceasefire" or "after the subsidiary plan was rejected" reject
 * something other than the claim the clause also names; "rejected reports that …", "denied that Trump called",
 * "weisen das zurück" deny the claim. A denial verb concerns the claim when the claim's words, a word for a
 * report ("reports", "сообщения", "iddiaları", "التقارير", "보도") or a pronoun standing for one follow it in the
 * clause, or sit just before it (a passive, or a language that puts the object first). Nominal cues ("false",
 * "pure fiction") and Chinese or Japanese cues are left to the clause as a whole.
 */

/** Denial verbs, matched at the start of a denial cue's own text. */
const DENIAL_VERB = new RegExp(
  String.raw`^(?:den(?:y|ies|ied|ying)|dismiss|reject|refut|rebuff|debunk|repudiat|disavow|` +
    String.raw`rul(?:e|ed|es|ing) out|опроверг|отверг|отрица|yalanla|reddet|dément|nié|nie|rejet|dementier|` +
    String.raw`bestr|wies|weis|zurückgewiesen|abgetan|neg[óa]|desmint|rechaz|заперечи|заперечу|заперечив|спросту|` +
    String.raw`відкин|відкида|zaprzecz|zdementow|dementuj|odrzuc|smentisc|smentit|nega|respin|διαψεύ|διέψευσ|` +
    String.raw`αρνήθηκ|αρνείται|απέρριψ|απορρίπτ|[وف]?(?:نفى|نفت|ينفي|تنفي|رفض|رفضت|يرفض|ترفض|دحض)|` +
    String.raw`부인|부정|반박|일축)`,
  'u',
);

/**
 * German denial participles and verbs at the end of the clause (the "Satzklammer"): their object may stand far
 * before them. (Korean and Turkish put the object right before the verb, which the nearest words cover.)
 */
const VERB_FINAL = /^(?:zurückgewiesen|zurückweis|dementiert|bestritten|abgelehnt|abgetan)/u;

const stems = (words: string) => new Set(tokenize(words.toLowerCase()).flatMap((t) => [t.stem, t.short]));

/** Words for a report, a claim or a rumour, and pronouns that stand for one. */
const REPORT_WORDS = stems(
  'report reports reported reporting claim claims allegation allegations ' +
    'suggestion suggestions speculation rumour rumours rumor rumors ' +
    'story stories information news account accounts assertion assertions ' +
    'idea notion article articles it this that them these those ' +
    'сообщение сообщения сообщений информацию информация данные слухи ' +
    'публикацию публикации утверждения заявления это этого эти такие ' +
    'повідомлення інформацію інформація чутки публікацію заяви це цього такі ' +
    'bericht berichte berichten meldung meldungen behauptung behauptungen spekulationen gerüchte das dies diese ' +
    'information informations rapport rapports allégations rumeurs affirmations cela ça ' +
    'información informaciones informe informes noticia noticias versión rumores afirmaciones esto eso ello ' +
    'notizia notizie indiscrezioni voci ricostruzione ciò questo ' +
    'doniesienia doniesienie informacje informacji raport raporty plotki spekulacje to tego ' +
    'iddia iddiaları iddiaların haber haberleri haberlerini rapor raporları söylentileri bunu bunları ' +
    'δημοσίευμα δημοσιεύματα πληροφορίες αναφορές φήμες ισχυρισμούς αυτό αυτά ' +
    'التقارير تقارير الأنباء أنباء المعلومات معلومات الأخبار أخبار مزاعم ادعاءات ذلك هذا ' +
    '보도 보도를 보도가 주장 주장을 의혹 의혹을',
);

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * Does this denial cue (`cue` at `index` in the lower-cased clause, whose tokens are given) deny the claim whose
 * words start at `termOffsets`? True for every cue that is not a denial verb, and whenever the claim's words are
 * not known (a rebuttal carried over from the sentence before).
 */
export function deniesClaim(
  cue: string,
  index: number,
  lower: string,
  tokens: Token[],
  termOffsets: number[],
): boolean {
  if (!termOffsets.length || !DENIAL_VERB.test(cue) || CJK.test(cue)) return true;
  const end = index + cue.length;
  const terms = new Set(termOffsets);
  // Inside the cue itself ("weisen das zurück").
  for (const t of tokens) if (t.start >= index && t.start < end && REPORT_WORDS.has(t.stem)) return true;
  // After it, to the end of the clause.
  for (const t of tokens)
    if (t.start >= end && (terms.has(t.start) || REPORT_WORDS.has(t.stem) || REPORT_WORDS.has(t.short))) return true;
  // A German verb that ends its clause ("… einen Bericht … als Fiktion zurückgewiesen") has its object before it,
  // however far: the whole clause back to a comma.
  if (VERB_FINAL.test(cue) && !/[\p{L}\p{N}]/u.test(lower.slice(end))) {
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (t.start >= index) continue;
      if (/[,;:]/.test(lower.slice(t.start, index))) break;
      if (terms.has(t.start) || REPORT_WORDS.has(t.stem) || REPORT_WORDS.has(t.short)) return true;
    }
  }
  // Just before it: the two content words nearest, not across a comma.
  let content = 0;
  for (let i = tokens.length - 1; i >= 0 && content < 2; i--) {
    const t = tokens[i]!;
    if (t.start >= index) continue;
    if (/[,;:]/.test(lower.slice(t.start, index))) break;
    if (terms.has(t.start) || REPORT_WORDS.has(t.stem) || REPORT_WORDS.has(t.short)) return true;
    if (!isStopword(t.norm) && !NEGATIONS.has(t.norm)) content++;
  }
  return false;
}
