import { describe, expect, it } from 'vitest';
import { claimSetSchema } from '../../src/core/claimset/schema.js';
import { compileClaimSet } from '../../src/core/claimset/compile.js';
import { analyzeArticle, type Analysis } from '../../src/core/analyze.js';
import { emptyHistory } from '../../src/core/types.js';

/**
 * Who speaks in Russian, Ukrainian and Chinese news wording: a quotation closed by a dash and its verb
 * ("«…», — заявил Сомов"), a speaker before the quotation, "по словам", a pronoun ("он добавил", "він додав",
 * "他还表示"), an agency relaying someone, and a non-answer that raises no denial. An invented story: the firm Velor
 * is said to be selling its plant in Kransk. Every sentence is written for this test.
 */

const cs = compileClaimSet(
  claimSetSchema.parse({
    story: { id: 'velor-kransk', title: 'The sale of the Kransk plant', central: 'plant-sale' },
    entities: [
      {
        id: 'velor',
        kind: 'company',
        aliases: {
          any: ['Velor'],
          ru: ['Велор', 'Велора', 'Велоре'],
          uk: ['Велор', 'Велора', 'Велорі'],
          zh: ['维洛尔'],
        },
      },
      {
        id: 'kransk',
        kind: 'place',
        aliases: { any: ['Kransk'], ru: ['Кранск', 'Кранске'], uk: ['Кранськ', 'Кранську'], zh: ['克兰斯克'] },
      },
    ],
    relevance: { all: ['velor'] },
    actors: [
      {
        id: 'igor-somov',
        name: 'Igor Somov',
        kind: 'person',
        role: 'Velor chief executive',
        affiliation: 'velor',
        aliases: ['Igor Somov', 'Игорь Сомов', 'Сомов', 'Ігор Сомов', '索莫夫'],
      },
      {
        id: 'olena-hnatiuk',
        name: 'Olena Hnatiuk',
        kind: 'person',
        role: 'Kransk mayor',
        aliases: ['Olena Hnatiuk', 'Олена Гнатюк', 'Гнатюк', 'Елена Гнатюк', '格纳秋克'],
      },
      {
        id: 'kransk-press',
        name: 'Kransk Press',
        kind: 'outlet',
        aliases: ['Kransk Press', 'Кранск-пресс', 'Кранськ-прес', '克兰斯克通讯社'],
      },
      {
        id: 'li-mingyuan',
        name: 'Li Mingyuan',
        kind: 'person',
        role: 'Velor board chairman',
        affiliation: 'velor',
        aliases: ['Li Mingyuan', '李明远', 'Ли Минъюань'],
      },
    ],
    claims: [
      {
        id: 'plant-sale',
        text: 'Velor is selling its Kransk plant.',
        terms: [
          'selling its Kransk plant',
          'sale of the plant',
          'продажа завода',
          'продаже завода',
          'продажи завода',
          'продажу завода',
          'продаж заводу',
          'продажу заводу',
          '出售工厂',
          '出售克兰斯克工厂',
        ],
        entities: ['velor'],
      },
    ],
  }),
);

let n = 0;
const read = (title: string, text: string): Analysis =>
  analyzeArticle(
    { url: `https://wire.example/${n++}`, title, text, published: '2025-03-04T09:00:00Z', source: 'Kransk Wire' },
    cs,
    emptyHistory(),
  );
const denials = (r: Analysis) => r.alerts.filter((a) => a.kind === 'denial').map((a) => a.actor);
const deniers = (r: Analysis) => [...new Set(r.findings.filter((f) => f.stance === 'denies').map((f) => f.actor))];

describe('Russian', () => {
  it('gives a quotation closed by a dash and a verb to the name after the verb', () => {
    const r = read(
      'Акции «Велора» выросли',
      'Акции компании «Велор» в понедельник выросли на 4%.\n\n' +
        '«Сообщения о продаже завода в Кранске — выдумка от начала до конца», — заявил Игорь Сомов.',
    );
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('gives a quotation closed by a plain hyphen to the name after the verb', () => {
    const r = read(
      'Акции «Велора» выросли',
      'Акции компании «Велор» выросли.\n\n"Никакой продажи завода не будет", - подчеркнула Елена Гнатюк.',
    );
    expect(denials(r)).toEqual(['Olena Hnatiuk']);
  });

  it('gives a quotation to the speaker named before it, and "он добавил" to the same speaker', () => {
    const r = read(
      'Глава «Велора» ответил журналистам',
      'Игорь Сомов в понедельник встретился с журналистами в Кранске.\n\n' +
        'Сомов заявил: «Продажа завода в Кранске не обсуждается».\n\n' +
        'Он также добавил, что сообщения о продаже завода не соответствуют действительности.',
    );
    expect(deniers(r)).toEqual(['Igor Somov']);
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('gives "по словам Гнатюк" to the mayor, not to the firm named in the sentence', () => {
    const r = read(
      'Мэр Кранска о заводе «Велора»',
      'По словам Елены Гнатюк, продажа завода «Велор» в Кранске не рассматривается.',
    );
    expect(denials(r)).toEqual(['Olena Hnatiuk']);
  });

  it('gives a rebuttal relayed by an agency ("как передает", "как сообщает") to the one it quotes', () => {
    for (const relay of ['Как передает', 'Как сообщает']) {
      const r = read(
        'В «Велоре» ответили на слухи',
        `${relay} агентство «Кранск-пресс», Игорь Сомов назвал вбросом сообщения о продаже завода.`,
      );
      expect(denials(r), relay).toEqual(['Igor Somov']);
    }
  });

  it('gives a sentence to the speaker the next one names ("… Об этом заявил Сомов")', () => {
    const r = read(
      'Акции «Велора» выросли',
      'Продажа завода «Велор» в Кранске не планируется. Об этом в понедельник заявил Игорь Сомов.',
    );
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('gives the words told to an agency to the one who tells them, not to the agency', () => {
    for (const text of [
      'Игорь Сомов сообщил агентству «Кранск-пресс», что продажа завода «Велор» не обсуждается.',
      '«Продажа завода «Велор» не обсуждается», — сказал «Кранск-пресс» Игорь Сомов.',
      '«Кранск-пресс» со ссылкой на Сомова сообщает, что продажа завода «Велор» не обсуждается.',
    ])
      expect(denials(read('Новости Кранска', text)), text).toEqual(['Igor Somov']);
  });

  it('reads an agency relaying unnamed sources as a report, with no denial', () => {
    const r = read(
      'Новости Кранска',
      'Как сообщает «Кранск-пресс» со ссылкой на источники, «Велор» продает завод в Кранске.',
    );
    expect(denials(r)).toEqual([]);
    expect(r.findings.filter((f) => f.evidence.includes('источники')).map((f) => f.stance)).toEqual(['reports']);
  });

  it('gives a quotation to the name after its dash, verb and title ("— заявил генеральный директор … Сомов")', () => {
    const r = read(
      'Новости Кранска',
      '«Продажа завода «Велор» не обсуждается», — заявил генеральный директор компании «Велор» Игорь Сомов.',
    );
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('keeps words posted on a social network ("— написал Сомов в своем Telegram-канале")', () => {
    const r = read(
      'Новости Кранска',
      '«Продажа завода «Велор» — это фейк», — написал Сомов в своем Telegram-канале.',
    );
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('reads a rebuttal that never names the claim as a denial of the report just told', () => {
    const report = 'Газета «Утро» написала, что «Велор» готовит продажу завода в Кранске. ';
    for (const answer of [
      '«Этот вопрос не обсуждался», — заявил Игорь Сомов.',
      '«Наша позиция не изменилась», — заявил Игорь Сомов.',
      '«Такого вопроса нет на повестке дня», — заявил Игорь Сомов.',
      '«Об этом не может быть и речи», — заявил Игорь Сомов.',
      '«Это ложь», — заявил Игорь Сомов.',
      '«Это вброс», — заявил Игорь Сомов.',
    ])
      expect(denials(read('Новости Кранска', report + answer)), answer).toEqual(['Igor Somov']);
  });

  it('gives "— добавил он" after a quotation to the last speaker', () => {
    const r = read(
      'Глава «Велора» ответил журналистам',
      'Игорь Сомов заявил журналистам, что компания работает в обычном режиме.\n\n' +
        '«Продажа завода у нас даже не обсуждалась», — добавил он.',
    );
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('reads a claim relayed at the end of the sentence (", передает агентство") as no denial and no position', () => {
    const r = read(
      'Новости Кранска',
      '«Велор» выставил на продажу завод в Кранске, передает агентство «Кранск-пресс».',
    );
    expect(denials(r)).toEqual([]);
    expect(r.findings.filter((f) => f.evidence.includes('передает')).map((f) => f.stance)).toEqual(['reports']);
  });

  it('raises no denial for "отказался комментировать" or "не стал опровергать"', () => {
    const r = read(
      'В «Велоре» промолчали',
      'Игорь Сомов отказался комментировать сообщения о продаже завода.\n\n' +
        'Елена Гнатюк не стала опровергать информацию о продаже завода в Кранске.',
    );
    expect(denials(r)).toEqual([]);
  });
});

describe('Ukrainian', () => {
  it('gives a quotation closed by a dash and a verb to the name after the verb', () => {
    const r = read(
      'Акції «Велора» зросли',
      'Акції компанії «Велор» у понеділок зросли.\n\n' +
        '«Інформація про продаж заводу в Кранську — це фейк», — заявила Олена Гнатюк.',
    );
    expect(denials(r)).toEqual(['Olena Hnatiuk']);
  });

  it('gives "за словами" to the one named, and "він додав" to the last speaker', () => {
    const r = read(
      'Голова «Велора» про завод',
      'Ігор Сомов у понеділок відвідав завод «Велор» у Кранську.\n\n' +
        'За словами Ігоря Сомова, продаж заводу не розглядається.\n\n' +
        '«Ця тема не обговорювалася», — додав він.',
    );
    expect(deniers(r)).toEqual(['Igor Somov']);
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('gives the words told to an agency to the one who tells them ("– сказав Сомов агентству")', () => {
    const r = read(
      'Новини Кранська',
      '«Продаж заводу «Велор» не обговорюється», – сказав Сомов агентству «Кранськ-прес».',
    );
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('gives a sentence to the speaker the next one names ("… Про це заявила Гнатюк")', () => {
    const r = read(
      'Акції «Велора» зросли',
      'Продаж заводу «Велор» у Кранську не розглядається.\n\nПро це заявила мер Кранська Олена Гнатюк.',
    );
    expect(denials(r)).toEqual(['Olena Hnatiuk']);
  });

  it('gives a sentence opened by "Він, зокрема, наголосив" to the last speaker', () => {
    const r = read(
      'Акції «Велора» зросли',
      'Ігор Сомов заявив, що компанія «Велор» працює у звичному режимі.\n\n' +
        'Він, зокрема, наголосив, що продаж заводу не розглядається.',
    );
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('keeps words posted on a social network ("– написав Сомов у своєму Telegram-каналі")', () => {
    const r = read('Новини Кранська', '«Продаж заводу «Велор» – це фейк», – написав Сомов у своєму Telegram-каналі.');
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('reads a rebuttal that never names the claim as a denial of the report just told', () => {
    const report = 'Газета «Ранок» написала, що «Велор» готує продаж заводу в Кранську. ';
    for (const answer of [
      '«Це питання не обговорювалося», — заявив Ігор Сомов.',
      '«Це маячня», — заявив Ігор Сомов.',
    ])
      expect(denials(read('Новини Кранська', report + answer)), answer).toEqual(['Igor Somov']);
  });

  it('raises no denial for "відмовився коментувати" or "не став заперечувати"', () => {
    const r = read(
      'У «Велорі» промовчали',
      'Ігор Сомов відмовився коментувати продаж заводу в Кранську.\n\n' +
        'Олена Гнатюк не стала заперечувати продаж заводу «Велор».',
    );
    expect(denials(r)).toEqual([]);
  });
});

describe('Chinese', () => {
  it('gives a quotation to the name that closes it ("…”李明远说")', () => {
    const r = read('维洛尔股价上涨', '维洛尔集团股价周一上涨。\n\n“出售克兰斯克工厂的传闻纯属谣言。”李明远说。');
    expect(denials(r)).toEqual(['Li Mingyuan']);
  });

  it('gives "X表示" to X, and "他还表示" to the same speaker', () => {
    const r = read(
      '维洛尔董事长回应传闻',
      '维洛尔集团董事长李明远周一在克兰斯克会见记者。\n\n' +
        '李明远表示，出售工厂的消息不属实。\n\n' +
        '他还表示，公司从未讨论过出售工厂的问题。',
    );
    expect(deniers(r)).toEqual(['Li Mingyuan']);
    expect(denials(r)).toEqual(['Li Mingyuan']);
  });

  it('gives "他补充说" to the last speaker, and reads "无意" and "不存在" as denials', () => {
    const r = read(
      '维洛尔股价上涨',
      '李明远周一会见了记者。\n\n他补充说，出售工厂的传闻绝无此事。\n\n' +
        '索莫夫对记者表示，维洛尔集团无意出售工厂，也不存在出售工厂的计划。',
    );
    expect(deniers(r).sort()).toEqual(['Igor Somov', 'Li Mingyuan']);
  });

  it('gives the words of one quoted ("援引X的话") or interviewed ("接受X采访时表示") to that one, not the agency', () => {
    for (const text of [
      '克兰斯克通讯社援引索莫夫的话说，维洛尔集团出售工厂纯属谣言。',
      '索莫夫在接受克兰斯克通讯社采访时表示，维洛尔集团出售工厂的传闻不属实。',
    ])
      expect(denials(read('克兰斯克新闻', text)), text).toEqual(['Igor Somov']);
  });

  it('gives what someone wrote ("写道") to the writer, before or after the quotation', () => {
    for (const text of [
      '李明远在社交媒体上写道：“维洛尔集团出售工厂纯属谣言。”',
      '“维洛尔集团出售工厂纯属谣言。”李明远在社交媒体上写道。',
    ])
      expect(denials(read('克兰斯克新闻', text)), text).toEqual(['Li Mingyuan']);
  });

  it('reads a rebuttal that never names the claim as a denial of the report just told', () => {
    const report = '有媒体报道称维洛尔集团将出售克兰斯克工厂。';
    for (const answer of [
      '李明远表示：“根本没有这回事。”',
      '李明远表示，公司的立场没有任何变化。',
      '李明远表示，双方并未讨论这一问题。',
    ])
      expect(denials(read('克兰斯克新闻', report + answer)), answer).toEqual(['Li Mingyuan']);
  });

  it('gives a rebuttal relayed by an outlet ("据…报道") to the one it names', () => {
    const r = read('维洛尔回应', '据《克兰斯克日报》报道，索莫夫否认了维洛尔集团出售工厂的传闻。');
    expect(denials(r)).toEqual(['Igor Somov']);
  });

  it('raises no denial for "不愿置评" or "没有直接否认"', () => {
    const r = read('维洛尔未回应', '李明远对出售工厂一事不愿置评。\n\n索莫夫没有直接否认维洛尔集团出售工厂的消息。');
    expect(denials(r)).toEqual([]);
  });
});
