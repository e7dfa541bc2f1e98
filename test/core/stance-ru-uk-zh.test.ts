import { describe, expect, it } from 'vitest';
import { judgeStance } from '../../src/core/stance/judge.js';
import { negationParity } from '../../src/core/stance/negation.js';
import { normaliseText } from '../../src/core/text/normalise.js';
import { tokenize } from '../../src/core/text/tokens.js';

/**
 * How a clause in Russian, Ukrainian or Chinese news wording stands to a claim: rebuttals with and without the
 * claim's words ("ложь", "маячня", "无中生有", "position unchanged"), relays ("как передает", "据…报道"), non-answers
 * that are no denial ("отказался комментировать", "不愿置评"), a denial that is not made ("не стал заперечувати",
 * "没有直接否认") and plain confirmations. An invented story: the firm Velor is said to be selling its Kransk plant.
 * Every sentence is written for this test.
 */

const CLAIM = 'Velor is selling its Kransk plant.';

/**
 * The judge as the pipeline calls it on one clause. `words` are the claim's words as they stand in the text (none
 * for a rebuttal that never repeats them: the pipeline carries the claim over from the sentence before).
 */
function stance(lang: string, text: string, words: string[] = []): string {
  const t = normaliseText(text);
  const lower = t.toLowerCase();
  const termOffsets = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0);
  expect(termOffsets.length, `claim words ${words.join(', ')} in "${text}"`).toBe(words.length);
  const claimStems = new Set(
    [...tokenize(normaliseText(CLAIM)), ...tokenize(words.join(' ').toLowerCase())].map((x) => x.stem),
  );
  return judgeStance({
    text: t,
    language: lang,
    claimStems,
    claimNegative: negationParity(CLAIM),
    claimText: CLAIM,
    termOffsets,
  }).stance;
}

type Case = [text: string, words: string[]];
/** Every sentence read as `want`: the ones read otherwise are listed with their reading. */
const expectAll = (lang: string, want: string, cases: Case[]) => {
  const wrong = cases
    .map(([text, words]) => [text, stance(lang, text, words)])
    .filter(([, got]) => got !== want)
    .map(([text, got]) => `${got}: ${text}`);
  expect(wrong).toEqual([]);
};

describe('Russian', () => {
  it('reads a rebuttal that names the claim as a denial: "ложь", "бред", "утка", "вброс", "недостоверная"', () => {
    expectAll('ru', 'denies', [
      ['Слухи о продаже завода в Кранске — ложь от первого до последнего слова, заявил Игорь Сомов.', ['продаже']],
      ['Директор назвал бредом разговоры о продаже завода.', ['продаже']],
      ['В «Велоре» назвали информационной уткой публикации о продаже завода.', ['продаже']],
      ['Пресс-служба «Велора» назвала вбросом сообщения о продаже завода.', ['продаже']],
      ['Сомов назвал недостоверными данные о продаже завода в Кранске.', ['продаже']],
      ['«Это враньё, завод никто не продаёт», — сказал Сомов.', ['завод']],
    ]);
  });

  it('reads a rebuttal without the claim\'s words as a denial: "не может быть и речи", "не рассматривается"', () => {
    expectAll('ru', 'denies', [
      ['«Наша позиция не изменилась», — заявил Сомов журналистам.', []],
      ['По словам Сомова, эта тема на встрече не обсуждалась.', []],
      ['«Такого вопроса нет на повестке дня», — подчеркнул он.', []],
      ['«Ни о чём подобном не может быть и речи», — отрезал Сомов.', []],
      ['Этот вариант сейчас не рассматривается, сообщили в компании.', []],
      ['«Это фейк», — коротко ответил Сомов.', []],
    ]);
  });

  it('reads a relay by an outlet or agency as a report: "как передает", "со ссылкой на", "пишет издание"', () => {
    expectAll('ru', 'reports', [
      ['Как передает агентство «Вестник-Инфо», «Велор» готовит продажу завода в Кранске.', ['продажу']],
      ['«Велор» продаёт завод в Кранске, пишет газета «Утро» со ссылкой на собственные источники.', ['завод']],
      ['«Велор» выставил на продажу завод в Кранске, передает «Кранск-пресс».', ['продажу']],
      ['«Велор» якобы ищет покупателя на свой завод в Кранске.', ['завод']],
    ]);
  });

  it('reads a non-answer as a report, never a denial: "отказался комментировать", "не стали комментировать"', () => {
    expectAll('ru', 'reports', [
      ['Сомов отказался комментировать сообщения о продаже завода.', ['продаже']],
      ['В «Велоре» не стали комментировать информацию о продаже завода.', ['продаже']],
      ['«Мне нечего сообщить по этой теме», — сказал Сомов на вопрос о продаже завода.', ['продаже']],
      ['Сомов не подтвердил, но и не опроверг сообщения о продаже завода.', ['продаже']],
      ['Сомов сказал, что не может ни подтвердить, ни опровергнуть данные о продаже завода.', ['продаже']],
    ]);
  });

  it('reads "did not deny" and "did not rule out" as a report, a confirmation as support', () => {
    expectAll('ru', 'reports', [
      ['Сомов не стал опровергать сообщения о продаже завода.', ['продаже']],
      ['Сомов не исключил продажи завода в Кранске.', ['продажи']],
    ]);
    expectAll('ru', 'supports', [
      ['Сомов подтвердил, что завод в Кранске выставлен на продажу.', ['продажу']],
      ['«Велор» продаёт завод в Кранске, признал Сомов.', ['завод']],
    ]);
  });
});

describe('Ukrainian', () => {
  it('reads a rebuttal that names the claim as a denial: "спростувала", "брехня", "маячня", "черговий фейк"', () => {
    expectAll('uk', 'denies', [
      ['Компанія «Велор» спростувала інформацію про продаж заводу в Кранську.', ['продаж']],
      ['Повідомлення про продаж заводу — брехня, заявив директор Ігор Сомов.', ['продаж']],
      ['У компанії назвали черговим фейком чутки про продаж заводу.', ['продаж']],
      ['Сомов назвав маячнею розмови про продаж заводу.', ['продаж']],
      ['Інформація про продаж заводу не відповідає дійсності, наголосили в компанії.', ['продаж']],
    ]);
  });

  it('reads a rebuttal without the claim\'s words as a denial: "не обговорювалося", "не може бути й мови"', () => {
    expectAll('uk', 'denies', [
      ['«Наша позиція не змінилася», — наголосив Сомов.', []],
      ['Це питання під час зустрічі не обговорювалося, заявив Сомов.', []],
      ['Такий варіант зараз не розглядається, повідомили в компанії.', []],
      ['«Про це не може бути й мови», — сказав Сомов.', []],
      ['«Це неправда», — відповів він.', []],
    ]);
  });

  it('reads a relay as a report: "як передає", "з посиланням на", "пише видання"', () => {
    expectAll('uk', 'reports', [
      ['Як передає агентство «Поділля-Інфо», «Велор» готує продаж заводу в Кранську.', ['продаж']],
      ['«Велор» продає завод у Кранську, пише видання «Ранок» з посиланням на джерела.', ['завод']],
      ['«Велор» нібито шукає покупця на свій завод у Кранську.', ['завод']],
    ]);
  });

  it('reads a non-answer or a denial not made as a report: "відмовився коментувати", "не став заперечувати"', () => {
    expectAll('uk', 'reports', [
      ['Речник компанії відмовився коментувати продаж заводу.', ['продаж']],
      ['У «Велорі» не стали коментувати інформацію про продаж заводу.', ['продаж']],
      ['Сомов не підтвердив і не спростував інформацію про продаж заводу.', ['продаж']],
      ['Сомов не став заперечувати продаж заводу в Кранську.', ['продаж']],
      ['Сомов не виключив продажу заводу в Кранську.', ['продажу']],
    ]);
  });

  it('reads a confirmation as support', () => {
    expectAll('uk', 'supports', [['Сомов підтвердив продаж заводу в Кранську.', ['продаж']]]);
  });
});

describe('Chinese', () => {
  it('reads a rebuttal that names the claim as a denial: "纯属谣言", "无中生有", "毫无事实依据", "不属实"', () => {
    expectAll('zh', 'denies', [
      ['维洛尔集团发言人表示，有关出售克兰斯克工厂的传闻纯属谣言。', ['出售', '工厂']],
      ['发言人称，所谓出售工厂一事完全是无中生有。', ['出售', '工厂']],
      ['公司回应称，出售工厂的说法毫无事实依据。', ['出售', '工厂']],
      ['维洛尔集团回应称，出售工厂的消息不属实。', ['出售', '工厂']],
      ['维洛尔集团否认了出售工厂的传闻。', ['出售', '工厂']],
      ['发言人指出，关于出售工厂的解读是完全错误的。', ['出售', '工厂']],
    ]);
  });

  it("reads a rebuttal without the claim's words as a denial: position unchanged, not discussed, no such deal", () => {
    expectAll('zh', 'denies', [
      ['发言人强调，公司在这一问题上的立场没有任何变化。', []],
      ['他说，双方会谈中并未讨论这一话题。', []],
      ['董事长表示：“根本没有这回事。”', []],
    ]);
  });

  it('reads a relay as a report: "据…报道", "援引", "引述"', () => {
    expectAll('zh', 'reports', [
      ['据《克兰斯克日报》报道，维洛尔集团将出售其工厂。', ['出售', '工厂']],
      ['路透社援引知情人士的话称，维洛尔集团将出售工厂。', ['出售', '工厂']],
      ['彭博社引述两名消息灵通人士说，维洛尔集团计划出售工厂。', ['出售', '工厂']],
      ['维洛尔集团或将出售克兰斯克工厂。', ['出售', '工厂']],
    ]);
  });

  it('reads a non-answer or a denial not made as a report: "不愿置评", "拒绝回应", "没有直接否认"', () => {
    expectAll('zh', 'reports', [
      ['维洛尔集团对出售工厂的报道不予置评。', ['出售', '工厂']],
      ['维洛尔集团对出售工厂一事不愿置评。', ['出售', '工厂']],
      ['维洛尔集团拒绝回应出售工厂的问题。', ['出售', '工厂']],
      ['维洛尔集团并没有否认出售工厂的计划。', ['出售', '工厂']],
      ['维洛尔集团没有直接否认出售工厂的消息。', ['出售', '工厂']],
    ]);
  });

  it('reads a confirmation as support', () => {
    expectAll('zh', 'supports', [
      ['维洛尔集团证实将出售克兰斯克工厂。', ['出售', '工厂']],
      ['维洛尔集团确认将出售克兰斯克工厂。', ['出售', '工厂']],
    ]);
  });
});
