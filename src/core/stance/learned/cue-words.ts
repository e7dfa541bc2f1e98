/**
 * The learned judge's own cue words, per language: word beginnings that refute, hedge, attribute, confirm or
 * negate. The model learns one weight per class from the English training data; the same classes in Russian,
 * Turkish, German, French or Spanish then carry that weight, so the judge reads those languages through them.
 * An entry is a word beginning; `$` at its end asks for the whole word, `*` at its start for a word ending;
 * a space joins the words of a phrase. Entries are separated by `|`.
 */

export const CUE_CLASSES = ['refute', 'hedge', 'attribute', 'confirm', 'negate'] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

export type CueWords = Record<CueClass, readonly string[]>;

const words = (list: string): string[] => list.split('|');

const en: CueWords = {
  refute: words(
    'hoax|fake|false|debunk|deny|denie|denial|untrue|myth|prank|satir|bogus|made up|fabricat|baseless|' +
      "unfounded|dismiss|reject|refut|rebut|retract|scam|no evidence|not true|isn't true|nonsense|" +
      'rubbish|misleading|fiction|spoof|parody|urban legend|debunked|laughed off|shot down|dispute|' +
      'contradict|wrong$|lie$|lies$|doubt|rebuff|bullshit|misinformation|erroneous|inaccura|not real|' +
      "isn't real|put to rest|record straight|nope$|probably not|all up|too good to|kills rumo|no truth|nothing to",
  ),
  hedge: words(
    'may$|might$|could$|reportedly|allegedly|alleged|possibl|likely|rumo|speculat|unconfirmed|' +
      'unverified|apparently|purported|believed|suspect|appears|seems|eyed$|tipped|consider|expected|' +
      'probably|perhaps|maybe|poised|set to$|in talks|mulls|weighs|plans to|planning|would$|if$|whether',
  ),
  attribute: words(
    'says$|said$|say$|claim|according to|report|source|told$|tells$|statement|insist|quoted|sources|' +
      'cites|citing|per$|via$|suggests|believes|thinks',
  ),
  confirm: words(
    'confirm|official|verified|proves|proof|indeed|admit|acknowledg|announce|true$|really|finally|' +
      "definitely|genuine|authentic|it's real|is real",
  ),
  negate: words("not$|no$|never$|*n't|none$|nobody|nothing|neither|nor$|without$"),
};

const ru: CueWords = {
  refute: words(
    'опроверг|опроверж|отрица|отверг|ложн|ложь|фейк|неправд|выдумк|вымыс|вброс|беспочвенн|голословн|' +
      'дезинформ|сфабрик|не соответству|утк|абсурд|чепух|ерунд|неверн|ошибочн|домысл|провокаци|миф',
  ),
  hedge: words(
    'якобы|предположительно|возможн|может|могут|мог|слух|вероятн|предпола|не исключ|неподтвержд|' +
      'по неподтвержд|вроде|кажется|видимо|рассматрива|планиру|намерен|собира|если$|ли$',
  ),
  attribute: words(
    'сообщ|заяв|по словам|по данным|по информации|утвержда|сказал|рассказал|переда|пишет|источник|' +
      'отметил|говор|считает|со ссылкой|цитир|издани|сми$',
  ),
  confirm: words('подтверд|подтвержд|официальн|объявил|действительно|признал|доказ|правда$'),
  negate: words('не$|нет$|ни$|никогда|без$|ничего|никто|никак|нельзя'),
};

const tr: CueWords = {
  refute: words(
    'yalanla|yalan$|yanıltıcı|aslı yok|reddet|reddett|asılsız|gerçeği yansıtm|gerçek dışı|' +
      'sahte|uydurma|dezenformasyon|' +
      'doğru değil|çürüt|inkar|temelsiz|karalama|provokasyon|iftira|yanlış|doğru olmadığ|gerçeğe aykırı|' +
      'mesnetsiz|dayanaksız|dayanaktan yoksun|hayal ürünü|tekzip|söz konusu değil|söz konusu olmadığ',
  ),
  hedge: words(
    'iddia|olabilir|muhtemel|belki|söylenti|ileri sürül|öne sürül|ihtimal|gibi görün|olası|planlı|' +
      'planl|düşün|değerlendir|eğer$|mi$|mı$|mu$|mü$|iddiaya göre|söyleni|konuşul|rivayet|olabil|bekleni|' +
      'tahmin',
  ),
  attribute: words(
    'açıkla|söyle|dedi$|belirtti|bildir|göre$|aktardı|ifade etti|haber|kaynak|yazdı|duyurdu|' +
      'ileri sürdü|aktar|kaynakl',
  ),
  confirm: words('doğruladı|doğrula|teyit|resmen|resmi|kesinleşti|onayladı|onay verdi|kabul etti|gerçekten'),
  negate: words(
    'değil|yok$|hiç|asla|olmadı|etmedi|*madı|*medi|*mıyor|*miyor|*mayacak|*meyecek|' +
      '*madığı|*mediği|*madığını|*mediğini|*madığına|*mediğine|*mamış|*memiş|*mamaktadır|*memektedir',
  ),
};

const de: CueWords = {
  refute: words(
    'dementi|unzutreffend|irrtümlich|fehlerhaft|dementier|bestreit|bestritt|wies zurück|' +
      'zurückgewiesen|falsch|fake|erfunden|haltlos|' +
      'unwahr|gerücht|ente$|lüge|widerleg|abgelehnt',
  ),
  hedge: words(
    'angeblich|möglicherweise|vielleicht|wahrscheinlich|könnte|soll$|sollen$|vermutlich|offenbar|' +
      'erwägt|plant|gerücht|spekul|ob$|wenn$|falls$',
  ),
  attribute: words('sagte|erklärte|berichte|laut$|zufolge|quelle|teilte mit|meldet|behaupt'),
  confirm: words('bestätig|offiziell|tatsächlich|räumte ein|bewies'),
  negate: words('nicht$|kein|nie$|niemals|nichts|niemand|ohne$|weder'),
};

const fr: CueWords = {
  refute: words(
    'dément|erroné|incorrect|démenti|dementi|nie$|nié|faux|fausse|infox|canular|rumeur|rejet|infondé|mensong|réfut|' +
      'intox|inexact',
  ),
  hedge: words(
    'pourrait|pourraient|peut-être|probable|possibl|selon des rumeurs|envisag|présum|supposé|aurait$|' +
      'auraient$|serait$|si$',
  ),
  attribute: words('selon$|a déclaré|a dit|affirm|rapport|source|annonc|indiqu|a expliqué'),
  confirm: words('confirm|officiel|effectivement|a reconnu|prouv'),
  negate: words('ne$|pas$|jamais|aucun|rien$|personne|sans$|ni$'),
};

const es: CueWords = {
  refute: words(
    'desmient|erróne|incorrect|desmin|desment|niega|negó|falso|falsa|bulo|engaño|rechaz|infundad|mentira|' +
      'inexact|carece de fundamento|carecen de fundamento|sin fundamento|sin sustento|no es cierto|no es verdad',
  ),
  hedge: words(
    'podría|quizá|tal vez|probable|posibl|supuestamente|presunt|estudia|planea|considera|si$|habría$|' +
      'habrían$|estaría$|estarían$|sería$|serían$|podrían$|rumor|especula|se baraja|prevé|espera que|teme',
  ),
  attribute: words('según$|dijo|declaró|afirm|informó|fuente|anunci|asegur|report|publicó|citando|medios$'),
  confirm: words('confirm|oficial|efectivamente|reconoci|prueba|ratific|hizo oficial'),
  negate: words('no$|nunca|jamás|ningún|ninguna|nada$|nadie|sin$|ni$'),
};

/** Languages with cue words; a text in another language has none of these features (the rule signals remain). */
export const CUE_WORDS: Record<string, CueWords> = { en, ru, tr, de, fr, es };
