import { execAll } from '../text/regex.js';
/**
 * Who says a sentence. Finds the reporting construction ("X said", "according to X", "X told Y",
 * "по словам X", "X'e göre", quotes) and picks the speaker: a known actor near the cue, unnamed sources,
 * a capitalised name, or — for "he said" — the previous speaker.
 */

export type ReportingVerb = 'assert' | 'deny' | 'report';

const DENY_VERBS =
  String.raw`denied|denies|dismissed|dismisses|rejected|rejects|refuted|rebuffed|опроверг\p{L}*|` +
  String.raw`отверг\p{L}*|отрица\p{L}*|спростува\p{L}*|заперечи\p{L}*|заперечу\p{L}*|відкину\p{L}*|yalanladı|` +
  String.raw`reddetti|a démenti|dément\p{L}*|a rejeté|dementierte|dementiert|bestritt|bestreitet|zurückgewiesen|` +
  String.raw`abgetan|` +
  String.raw`wies\p{L}* zurück|negó|niega|niegan|desmintió|desmiente|rechazó|ha negado|ha desmentido|smentito|` +
  String.raw`smentisce|ha negato|zaprzeczył\p{L}*|zdementował\p{L}*|odrzucił\p{L}*|ruled out|rules out|` +
  String.raw`wies(?=[^.]{0,100}zurück)|descart\p{L}*|exclut|a exclu|schließt\p{L}* aus|исключил\p{L}*|` +
  String.raw`виключи\p{L}*|wyklucz\p{L}*|esclude|ha escluso|reddediyor|διέψευσε|διαψεύδει|διέψευσαν|απέρριψε|` +
  String.raw`απορρίπτει|αρνήθηκε|διαψεύδουν|διαψεύδουμε|διαψεύδω|απέρριψαν|απορρίπτουν|αρνείται|αρνούνται|` +
  // Greek headlines in capitals lose their accents.
  String.raw`διεψευσε|διεψευσαν|διαψευδει|διαψευδουν|απερριψε|απορριπτει|αρνηθηκε|αρνειται`;
const REPORT_VERBS =
  String.raw`according to|reported|reports|reportedly|cited|citing|quoted|quoting|zitierte|` +
  String.raw`zitiert|цитиру\p{L}*|процитировал\p{L}*|wrote|по словам|по данным|по информации|как сообщает|` +
  String.raw`как сообщил\p{L}*|сообщает|сообщил\p{L}*|пишет|как переда[её]т|(?<=[,—–-]\s)переда[её]т|` +
  String.raw`за словами|за даними|за інформацією|як повідомля\p{L}*|повідомляє|пише|як переда[єе]|` +
  String.raw`(?<=[,—–-]\s)переда[єе]|інформує|göre(?![\p{L}\p{N}])|bildirdi|aktardı|yazdı|selon|` +
  String.raw`d'après|laut|zufolge|según|berichtet\p{L}*|meldet\p{L}*|schrieb|schreibt|zitierten|σύμφωνα με|` +
  String.raw`όπως μετέδωσε|μεταδίδει|μετέδωσε|αναφέρει|γράφει|έγραψε|μεταδίδουν|αναφέρουν|γράφουν|όπως αναφέρει|` +
  String.raw`όπως γράφει|όπως αποκάλυψε|αποκαλύπτει|επικαλείται|επικαλούμεν\p{L}*|συμφωνα με|οπως μετεδωσε`;
const ASSERT_VERBS =
  String.raw`said|says|say|told|tells|stated|states|added|adds|noted|notes|argued|asserted|` +
  String.raw`claimed|claims|insisted|stressed|emphasi[sz]ed|explained|announced|confirmed|acknowledged|admitted|` +
  String.raw`warned|declared|maintained|replied|responded|insists|believes|заявил\p{L}*|сказал\p{L}*|` +
  String.raw`отметил\p{L}*|подтвердил\p{L}*|рассказал\p{L}*|уточнил\p{L}*|напомнил\p{L}*|doğruladı|` +
  String.raw`подчеркнул\p{L}*|добавил\p{L}*|пояснил\p{L}*|признал\p{L}*|считает|уверен\p{L}*|dedi|söyledi|` +
  String.raw`açıkladı|belirtti|vurguladı|ifade etti|kaydetti|ekledi|iddia etti|a déclaré|a dit|a affirmé|sagte|` +
  String.raw`erklärte|betonte|dijo|afirmó|declaró|aseguró|commented|comments(?= that| on)|answered|` +
  String.raw`прокомментировал\p{L}*|ответил\p{L}*|отметили|заявили|сообщили|прокоментува\p{L}*|заявив|заявила|` +
  String.raw`сказав|сказала|відповів|відповіла|додав|наголосив|підкреслив|повідомив|стверджува\p{L}*|стверджує|` +
  String.raw`визнав|визнала|заявляв|утверждал\p{L}*|отрезал\p{L}*|констатировал\p{L}*|объяснил\p{L}*|` +
  String.raw`указал\p{L}*|написал\p{L}*|написав|` +
  String.raw`заключил\p{L}*|заверил\p{L}*|парировал\p{L}*|зазначив|зазначила|зазначили|наголосила|` +
  String.raw`наголосили|підкреслила|додала|пояснив|пояснила|уточнив|уточнила|нагадав|нагадала|заявили|повідомила|` +
  String.raw`повідомили|розповів|розповіла|відзначив|відзначила|kommentierte|antwortete|betonte|fügte hinzu|sagte|` +
  String.raw`teilte mit|teilte(?=[^.]{0,200}(?<![\p{L}])mit(?![\p{L}]))|` +
  String.raw`stellte\p{L}*(?=[^.]{0,40}(?<![\p{L}])klar(?![\p{L}]))|` +
  String.raw`teilt(?=[^.]{0,200}(?<![\p{L}])mit(?![\p{L}]))|erklärten|a commenté|a répondu|a ajouté|a souligné|` +
  String.raw`a indiqué|comentó|respondió|añadió|subrayó|señaló|remarcó|ha señalado|ha subrayado|ha dicho|` +
  String.raw`powiedział\p{L}*|oświadczył\p{L}*|dodał\p{L}*|podkreślił\p{L}*|ha detto|ha dichiarato|ha affermato|` +
  String.raw`ha sottolineato|yanıt verdi|yanıtladı|dile getirdi|söyledi|belirtti|açıkladı|called|telling|saying|` +
  String.raw`adding|noting|stressing|insisting|arguing|explaining|warning|indique|précise|estime|affirme|assure|` +
  String.raw`explique|souligne|ajoute|déclare|reconnaît|sagt|erklärt|betont|versichert|afirma|asegura|explica|` +
  String.raw`señala|dice|sostiene|afferma|spiega|sottolinea|dichiara|mówi|twierdzi|назвал\p{L}*|назвав|назвала|` +
  String.raw`назвали|називав|називала|називали|называл\p{L}*|` +
  String.raw`nannte|bezeichnete|a qualifié|qualifie|calificó|ha calificado|definì|nazwał\p{L}*|nitelendirdi|` +
  String.raw`δήλωσε|δήλωσαν|είπε|ανέφερε|τόνισε|υπογράμμισε|σημείωσε|πρόσθεσε|επιβεβαίωσε|ανακοίνωσε|απάντησε|` +
  // Greek: more verbs of saying, aorist and present ("επεσήμανε", "ξεκαθάρισε", "δηλώνει", "λέει").
  String.raw`είπαν|ανέφεραν|τόνισαν|δηλώνει|δηλώνουν|λέει|λένε|τονίζει|τονίζουν|υπογραμμίζει|σημειώνει|προσθέτει|` +
  String.raw`συμπλήρωσε|επεσήμανε|επισήμανε|επισημαίνει|ξεκαθάρισε|ξεκαθαρίζει|διευκρίνισε|διευκρινίζει|εξήγησε|` +
  String.raw`υποστήριξε|υποστηρίζει|σχολίασε|παραδέχθηκε|παραδέχτηκε|χαρακτήρισε|χαρακτηρίζει|υπενθύμισε|` +
  String.raw`κατέληξε|επανέλαβε|απαντά|δηλωσε|δηλωνει|ειπε|λεει|ανεφερε|τονισε|τονιζει|ξεκαθαρισε|απαντησε|` +
  // French inversion after a quote: "a-t-il déclaré", "précise-t-elle", "dit-il".
  String.raw`a-t-(?:il|elle) (?:déclaré|dit|affirmé|ajouté|souligné|indiqué|précisé|expliqué|assuré|estimé|` +
  String.raw`répondu|commenté|reconnu|insisté|martelé|rappelé)|(?:déclare|ajoute|précise|explique|souligne|estime|` +
  String.raw`affirme|assure|insiste|indique|rappelle)-t-(?:il|elle)|(?:dit|poursuit|conclut)-(?:il|elle)`;

/**
 * Reporting constructions; the group that matched tells the kind of verb (1 deny, 2 report, 3 assert). One
 * look-behind for the whole alternation, checked once per position.
 */
const REPORTING_SOURCE =
  `(?<![\\p{L}\\p{N}])(?:(${DENY_VERBS})|(${REPORT_VERBS})|` + `(${ASSERT_VERBS})(?![\\p{L}\\p{N}]))`;
const REPORTING = new RegExp(REPORTING_SOURCE, 'giu');
/**
 * The same on lower-cased text (the verbs above are written in lower case): about twice as fast without the i flag.
 */
const REPORTING_LOWER = new RegExp(REPORTING_SOURCE, 'gu');
const UNNAMED = new RegExp(
  String.raw`\b(sources?|officials?|insiders?|people familiar|diplomats?|person familiar|источник\p{L}*|` +
    String.raw`kaynak\p{L}*|sources? proches?|quellen|fuentes)\b|` +
    // Greek, Arabic, Persian "sources", "a source" (no \b for these scripts).
    String.raw`(?<![\p{L}])(?:πηγές|πηγή|[وف]?مصادر|[وف]?مصدر|منابع|منبع)(?![\p{L}])`,
  'iu',
);
const PRONOUN_SUBJECT = /^(he|she|they|он|она|они|він|вона|вони|o|il|elle|er|sie|él|ella)[\s,]/iu;
const PRONOUN_SPEAKER = new RegExp(
  String.raw`(^|[\s,"‘’])(he|she|they|он|она|они|він|вона|вони|o|il|elle|er|sie|él|ella)\s+(\p{L}+\s+)?` +
    String.raw`(said|added|told|stated|noted|argued|asserted|insisted|stressed|emphasi[sz]ed|explained|warned|` +
    String.raw`replied|заявил\p{L}*|сказал\p{L}*|добавил\p{L}*|отметил\p{L}*|заявив|заявила|сказав|сказала|` +
    String.raw`додав|додала|зазначив|зазначила|наголосив|наголосила|dedi|ekledi|söyledi|a ajouté|fügte|añadió)`,
  'iu',
);
/** "…, he added." at the end of a quote. */
const TRAILING_PRONOUN = /[,"’]\s*(he|she|they|он|она|они|він|вона|вони)\s+\p{L}+\.?$/iu;
/**
 * A capitalised name of one to four words just before a reporting verb: "Jane Doe said", "Jane Doe, a spokesperson,
 * denied".
 */
const NAME_BEFORE_VERB = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}'-]+\s){0,3}\p{Lu}[\p{L}'-]+)(?:,\s[^,]{2,80},)?\s+(?:\p{L}+\s+)?(?:said|told|` +
    String.raw`stated|added|denied|dismissed|claimed|argued|insisted|warned|заявил\p{L}*|сказал\p{L}*|` +
    String.raw`сообщил\p{L}*|опроверг\p{L}*)\b`,
  'u',
);

/**
 * Reporting verbs of languages that attach them to other words or write no spaces (Chinese, Japanese, Korean,
 * Arabic): found without a word boundary before them. Korean and Japanese put the verb last, after the quote.
 */
const ATTACHED_SOURCE = [
  // deny
  String.raw`(否认|否認|辟谣|闢謠|驳斥|駁斥|斥为|斥為|斥之为|批驳|反驳|反駁|一蹴|退けた|否定した|否定し|否定する|부인했|부인하|일축했|반박했|(?<![\p{L}])[وف]?(?:نفى|نفت|` +
    String.raw`ينفي|تنفي|نفوا|فند|فندت|دحض|دحضت)|تکذیب کرد|رد کرد|(?<![\p{L}])تکذیب(?= و )|تکذیب کردند)`,
  // report
  String.raw`(据[^，。]{1,20}报道|據[^，。]{1,20}報導|援引|引述|` +
    String.raw`によると|によれば|と報じた|と伝えた|보도했|전했|에 따르면|(?<![\p{L}])[وف]?(?:وفقا ل|نقلا عن|` +
    String.raw`بحسب|ذكرت|أفادت|وفقاً ل|وفقًا ل|نقلاً عن|نقلًا عن|` +
    String.raw`[وف]?نقلت?(?= (?:\p{L}+ ){1,4}عن(?![\p{L}])(?! طريق))|[وف]?أوردت)|به گزارش|به نقل از|به گفته|` +
    String.raw`بنا ?بر گزارش|گزارش داد)`,
  // assert
  String.raw`(表示|指出|强调|強調|透露|坦言|重申|告诉|告訴|写道|寫道|` +
    String.raw`宣布|宣稱|宣称|声称|聲稱|称|稱|说|說|述べた|語った|話した|強調した|明らかにした|説明した|発表した|말했|밝혔|강조했|설명했|덧붙였|주장했|발표했|` +
    String.raw`(?<![\p{L}])[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|صرح|صرحت|أعلن|أعلنت|قالوا|أوضح|أوضحت|شدد|شددت|` +
    String.raw`أشار|أشارت|لفت|لفتت|اعتبر|اعتبرت|وصف|وصفت|يقول|تقول|مؤكدا|مشيرا|مضيفا|موضحا)|` +
    String.raw`(?<![\p{L}])[وف]?(?:تابع|تابعت|أردف|أردفت)(?=\s*[:،,"])|صرّح|صرّحت|أكّد|أكّدت|شدّد|شدّدت|` +
    String.raw`گفت|اعلام کرد|تأکید کرد|افزود|تاکید کرد|تصریح کرد|اظهار کرد|اظهار داشت|خاطرنشان کرد|یادآور شد|` +
    String.raw`عنوان کرد|توضیح داد|ادامه داد|نوشت|میگوید|می گوید)`,
].join('|');
const ATTACHED = new RegExp(ATTACHED_SOURCE, 'gu');
/** Any letter of those scripts: most texts have none, and skip the pass. */
const ATTACHED_SCRIPTS = /[\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

export interface ReportingCue {
  kind: ReportingVerb;
  /** Character offset of the cue in the sentence. */
  at: number;
  text: string;
}

/** Every reporting construction in a sentence. */
export function reportingCues(sentence: string): ReportingCue[] {
  // Lower-casing keeps every offset unless a letter grows ("İ" becomes two code units): then the i flag.
  const lower = sentence.toLowerCase();
  const [re, text] = lower.length === sentence.length ? [REPORTING_LOWER, lower] : [REPORTING, sentence];
  re.lastIndex = 0;
  const out: ReportingCue[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const kind: ReportingVerb = m[1] !== undefined ? 'deny' : m[3] !== undefined ? 'assert' : 'report';
    out.push({ kind, at: m.index, text: sentence.slice(m.index, m.index + m[0].length) });
  }
  if (ATTACHED_SCRIPTS.test(sentence)) {
    ATTACHED.lastIndex = 0;
    for (let m = ATTACHED.exec(sentence); m; m = ATTACHED.exec(sentence)) {
      const kind: ReportingVerb = m[1] !== undefined ? 'deny' : m[2] !== undefined ? 'report' : 'assert';
      out.push({ kind, at: m.index, text: m[0] });
    }
    out.sort((a, b) => a.at - b.at);
  }
  return out;
}

/** A speaker described, not named: "a defence analyst told", "the official said", "one diplomat added". */
const DESCRIBED_SPEAKER = new RegExp(
  String.raw`\b(the|a|an|one|another|two|several)\s+(?:[\p{L}-]+\s+){0,3}(analysts?|officials?|experts?|` +
    String.raw`spokes(?:man|woman|person|people)|diplomats?|observers?|commentators?|researchers?|lawmakers?|` +
    String.raw`insiders?|advis[eo]rs?|officers?|sources?|analyst)\s+(?:[\p{L}-]+\s+){0,4}(said|told|added|` +
    String.raw`noted|argued|claimed|warned|denied|insisted)\b|` +
    // Arabic puts the verb first ("وقالت مصادر مطلعة إن …"), the words after the noun stopping at "إن", "أن";
    // Persian and Greek put the sources first ("منابع آگاه گفتند", "κυβερνητικές πηγές ανέφεραν").
    String.raw`(?<![\p{L}])[وف]?(?:قال|قالت|أكد|أكدت|ذكر|ذكرت|أفاد|أفادت|أوضح|أوضحت|كشف|كشفت|نفى|نفت)\s+` +
    String.raw`(?:مصادر|مصدر)(?:\s+(?!إن|أن)\p{L}+){0,3}|(?<![\p{L}])(?:منابع|منبع)(?:\s+\p{L}+){0,4}?\s+` +
    String.raw`(?:گفت|گفتند|اعلام کرد|اعلام کردند|افزود|افزودند|تأکید کرد|تاکید کرد)|` +
    String.raw`(?<![\p{L}])(?:πηγές|πηγή)(?:\s+\p{L}+){0,4}?\s+(?:δήλωσ\p{L}*|ανέφερ\p{L}*|αναφέρ\p{L}*|είπ\p{L}*|` +
    String.raw`λένε|λέει|διέψευσ\p{L}*|διαψεύδ\p{L}*|τόνισ\p{L}*|σημείωσ\p{L}*|σημειών\p{L}*|τονίζ\p{L}*)`,
  'iu',
);
/**
 * The nouns DESCRIBED_SPEAKER needs: a cheap look first, the pattern (which backtracks over the words between)
 * after.
 */
const SPEAKER_NOUN = new RegExp(
  String.raw`analyst|official|expert|spokes|diplomat|observer|commentator|researcher|lawmaker|insider|` +
    String.raw`advis[eo]r|officer|source|πηγ|مصادر|مصدر|منابع|منبع`,
  'i',
);

function described(sentence: string): boolean {
  return SPEAKER_NOUN.test(sentence) && DESCRIBED_SPEAKER.test(sentence);
}

export function mentionsUnnamedSources(sentence: string): boolean {
  return UNNAMED.test(sentence) || described(sentence);
}

/** True when the sentence's speaker is described rather than named. */
export function describedSpeaker(sentence: string): boolean {
  return described(sentence);
}

/** Where the described speaker stands ("a Nissan spokesperson said"): its start and end, or null. */
export function describedSpeakerSpan(sentence: string): [number, number] | null {
  if (!SPEAKER_NOUN.test(sentence)) return null;
  const m = DESCRIBED_SPEAKER.exec(sentence);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** "According to him", "по его словам", "selon lui", "ihm zufolge": the previous speaker, named by a pronoun. */
const PRONOUN_SOURCE = new RegExp(
  String.raw`(?<![\p{L}])(according to (?:him|her)|in (?:his|her) words|по (?:его|ее|её) (?:словам|мнению|` +
    String.raw`данным)|за (?:його|її) словами|selon (?:lui|elle)|d'après (?:lui|elle)|(?:ihm|ihr) zufolge|` +
    String.raw`laut (?:ihm|ihr)|según (?:él|ella)|(?:ona|ono) göre|jego zdaniem|według niego|secondo (?:lui|` +
    String.raw`lei)|σύμφωνα με (?:τον ίδιο|την ίδια|αυτόν|αυτήν)|κατά τον ίδιο|κατά την ίδια|` +
    // Arabic "in his words", "according to him"; Persian "according to him / her".
    String.raw`[وف]?(?:على حد|حسب|بحسب|وفق) (?:قوله|قولها|تعبيره|تعبيرها)|[وف]?(?:بحسب|حسب|وفقا ل|وفقًا ل)(?:ه|ها)|` +
    String.raw`به (?:گفته|اعتقاد|عقیده) (?:وی|او|ایشان))(?![\p{L}])`,
  'iu',
);

/**
 * A speaker named by role alone ("the spokesman said", "представитель Кремля подчеркнул", "den Sprecher",
 * "the Kremlin leader stated"): in a report, the person last named in that role.
 */
const ROLE_ONLY = new RegExp(
  String.raw`(?<![\p{L}])(?:the|his|her|its|den|der|dem|le|la|el|il|o)?\s*(?:spokes(?:man|woman|person)|` +
    String.raw`press secretary|sprecher\p{L}*|sprecherin|представител\p{L}*|пресс-секретар\p{L}*|речни\p{L}*|` +
    String.raw`прессекретар\p{L}*|porte-parole|portavoz|portavoce|rzeczni\p{L}*|sözcü\p{L}*|leader|chef|` +
    String.raw`лидер\p{L}*|глав\p{L}*|dirigeant|líder|anführer)(?![\p{L}])`,
  'iu',
);

export function roleOnlySpeaker(sentence: string): boolean {
  return ROLE_ONLY.test(sentence);
}

/** A personal pronoun as the subject right before a reporting verb ("…, he replied briefly", "он ответил"). */
const PRONOUN_BEFORE_VERB =
  /(?<![\p{L}])(he|she|они?|она|він|вона|вони|er|sie|il|elle|él|ella|lui|lei|on|ona|o)(?:\s+\p{L}+)?\s*$/iu;

/**
 * "He said …", "…,' she added", "according to him", or a sentence whose subject is a pronoun: the previous speaker
 * speaks.
 */
/** Chinese and Japanese pronouns right before the verb ("他表示", "彼は述べた"), Korean "그는". */
const CJK_PRONOUN_BEFORE_VERB =
  /(?:他|她|彼は|彼女は|그는|그녀는)\s*(?:还|還|也|则|則|並|并|又|亦|同时|同時|随后|隨後|当天|當天|补充|補充|进一步|進一步|再次|随即|隨即|对记者|對記者|对此|對此){0,2}\s*$/u;

/**
 * A subject pronoun after its verb: French inversion ("a-t-il déclaré", "estime-t-elle", "dit-il"), German verb-second
 * after a quote ("…", sagte er; betonte sie).
 */
const INVERTED_PRONOUN = new RegExp(
  String.raw`\p{L}-(?:t-)?(?:il|elle|ils|elles)(?![\p{L}])|` +
    String.raw`(?<![\p{L}])(?:sagte|erklärte|betonte|fügte|ergänzte|meinte|schrieb|so)\s+(?:er|sie)(?![\p{L}])`,
  'iu',
);

export function pronounSpeaker(sentence: string, cueAt = -1): boolean {
  if (cueAt > 0 && CJK_PRONOUN_BEFORE_VERB.test(sentence.slice(Math.max(0, cueAt - 6), cueAt))) return true;
  if (cueAt >= 0 && INVERTED_PRONOUN.test(sentence.slice(Math.max(0, cueAt - 12), cueAt + 24))) return true;
  if (
    PRONOUN_SUBJECT.test(sentence) ||
    PRONOUN_SPEAKER.test(sentence) ||
    TRAILING_PRONOUN.test(sentence) ||
    PRONOUN_SOURCE.test(sentence)
  )
    return true;
  return cueAt > 0 && PRONOUN_BEFORE_VERB.test(sentence.slice(Math.max(0, cueAt - 24), cueAt));
}

/**
 * German indirect speech: a finite verb in the first subjunctive ("Es handle sich um Fiktion", "Folglich habe Trump
 * … nicht gewarnt") reports what the last speaker said, with no reporting verb of its own.
 */
const KONJUNKTIV_I = new RegExp(
  String.raw`(?<![\p{L}])(sei|seien|habe|handle|gebe|gehe|werde|könne|müsse|solle|wolle|dürfe|stehe|liege|` +
    String.raw`komme|wisse|plane|bestehe)(?![\p{L}])`,
  'u',
);
const GERMAN =
  /(?<![\p{L}])(der|die|das|des|dem|den|ein|eine|einen|und|nicht|nie|sich|auch|dass|von|mit|für)(?![\p{L}])/u;

export function reportedSpeech(sentence: string): boolean {
  return KONJUNKTIV_I.test(sentence) && GERMAN.test(sentence);
}

/** "According to him", "по его словам" with no reporting verb of its own. */
export function pronounSource(sentence: string): boolean {
  return PRONOUN_SOURCE.test(sentence);
}

/** Capitalised two- or three-word names ("Selim Karahan", "Мурат Озкан", "Elif Sarıkaya"), with offsets. */
const PERSON_NAME =
  /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)?)(?:\s(\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)?)){1,2}(?![\p{L}])/gu;
const NOT_A_NAME_START = new RegExp(
  String.raw`^(The|A|An|But|And|However|Meanwhile|Later|Earlier|In|On|At|As|For|According|Speaking|Asked|` +
    String.raw`After|Before|While|When|Since|Last|This|That|These|Those|If|Although|Despite|His|Her|Their|Its|` +
    String.raw`Our|По|В|На|Как|Однако|Ранее|Bu|Ancak|Öte|Le|La|Les|Der|Die|Das|El|Los|Las)$`,
  'u',
);

/**
 * An unknown person's name close to a reporting cue, before it or after it ("заявил … Мурат Озкан").
 * `taken` holds character ranges already claimed by known names or entities.
 */
/** A country's name in any newsroom language ("Estados Unidos", "Südkorea") is a place, never an unknown speaker. */
let countryNames: Set<string> | null = null;
function isCountryName(name: string): boolean {
  if (!countryNames) {
    countryNames = new Set();
    const codes = [
      'AF AL DZ AO AR AM AU AT AZ BH BD BY BE BA BR BG KH CM CA CL CN CO HR CU CY CZ DK EG EE ET FI FR GE',
      'DE GR HK HU IN ID IR IQ IE IL IT JP JO KZ KE KP KR KW KG LV LB LY LT LU MY MX MD MN ME MA MM NL NZ',
      'NG MK NO OM PK PS PH PL PT QA RO RU SA RS SG SK SI ZA ES LK SD SE CH SY TW TJ TH TN TR TM UA AE GB',
      'US UZ VE VN YE',
    ]
      .join(' ')
      .split(' ');
    // Continents and world regions (UN M.49 codes) are places too: "North America", "Südostasien".
    codes.push('002', '003', '005', '009', '013', '019', '021', '029', '030', '034', '035', '039', '142', '143');
    codes.push('145', '150', '151', '154', '155', '419');
    for (const locale of ['en', 'ru', 'uk', 'tr', 'fr', 'de', 'es', 'it', 'pl', 'pt']) {
      const dn = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      for (const c of codes) {
        const n = dn.of(c);
        if (n) countryNames.add(n.toLowerCase());
      }
    }
  }
  return countryNames.has(name.toLowerCase());
}

export function unknownNameNear(sentence: string, cueAt: number, taken: Array<[number, number]>): string | null {
  let best: { name: string; d: number } | null = null;
  PERSON_NAME.lastIndex = 0;
  for (const m of execAll(PERSON_NAME, sentence)) {
    let start = m.index;
    let name = m[0];
    // Drop leading words that are not part of a name: "In", "The", or a known place ("Турции Мурат Озкан").
    for (;;) {
      const first = name.split(/\s/)[0]!;
      const firstEnd = start + first.length;
      if (!NOT_A_NAME_START.test(first) && !taken.some(([a, b]) => start < b && a < firstEnd)) break;
      name = name.slice(first.length + 1);
      start += first.length + 1;
      if (!name.includes(' ')) break;
    }
    if (!name.includes(' ') || isCountryName(name)) continue;
    const end = start + name.length;
    if (taken.some(([a, b]) => start < b && a < end)) continue;
    const d = end <= cueAt ? cueAt - end : start - cueAt;
    // A name opening the sentence is its subject even when the verb comes last (Turkish, Russian word order).
    if (d > (start < 60 && end <= cueAt ? 250 : 90)) continue;
    if (!best || d < best.d) best = { name, d };
  }
  return best?.name ?? null;
}

/** A capitalised speaker name that is not a known actor, if the sentence has "Name said". */
export function unknownNamedSpeaker(sentence: string): string | null {
  const m = NAME_BEFORE_VERB.exec(sentence);
  if (!m) return null;
  const name = m[1]!.replace(/^(The|A|An|But|And|However|Meanwhile|Later|Earlier)\s+/, '').trim();
  return name.split(/\s+/).length >= 2 ? name : null;
}
