import { describe, expect, it } from 'vitest';
import { claimSetSchema } from '../../src/core/claimset/schema.js';
import { compileClaimSet, type CompiledClaimSet } from '../../src/core/claimset/compile.js';
import { analyzeArticle, type Analysis } from '../../src/core/analyze.js';
import { emptyHistory, type History } from '../../src/core/types.js';

/**
 * Who said what, on an invented story (Valdoria said to be selling its port of Nerith to Ostmark Shipping):
 * headlines that name their speaker, quotations cut over two sentences, "he said" and "по его словам", a role
 * named alone, an outlet's own voice, a ministry and its minister speaking with one voice, rebuttals that never
 * repeat the claim's words, and Chinese text without spaces. Every sentence is written for this test.
 */

const seed = { outlet: 'Nerith Courier', where: 'https://courier.example/port', date: '2025-05-02' };

function claimSet(extra: { newClaimAlerts?: boolean } = {}): CompiledClaimSet {
  return compileClaimSet(
    claimSetSchema.parse({
      story: { id: 'nerith-port', title: 'The sale of the port of Nerith', central: 'port-sale', ...extra },
      entities: [
        {
          id: 'valdoria',
          kind: 'country',
          aliases: { any: ['Valdoria', 'Valdorian'], ru: ['Валдория', 'Валдории'], zh: ['瓦尔多利亚'] },
        },
        {
          id: 'nerith',
          kind: 'place',
          aliases: {
            any: ['Nerith'],
            ru: ['Нерит', 'Нерита'],
            zh: ['内里斯'],
            ko: ['네리스'],
            ja: ['ネリス'],
            el: ['Νέριθ'],
            fa: ['نریت'],
          },
        },
        {
          id: 'ostmark',
          kind: 'company',
          aliases: {
            any: ['Ostmark', 'Ostmark Shipping'],
            ru: ['Остмарк'],
            zh: ['奥斯特马克'],
            ko: ['오스트마크'],
            ja: ['オストマルク'],
            el: ['Όστμαρκ'],
            fa: ['اوستمارک'],
          },
        },
      ],
      relevance: { all: ['nerith', 'ostmark'] },
      actors: [
        { id: 'valdorian-state', name: 'Valdorian state', kind: 'institution' },
        {
          id: 'transport-ministry',
          name: 'Valdorian Transport Ministry',
          kind: 'institution',
          affiliation: 'valdorian-state',
          aliases: ['Transport Ministry', 'Минтранс Валдории', '交通部'],
        },
        {
          id: 'port-authority',
          name: 'Nerith Port Authority',
          kind: 'institution',
          affiliation: 'valdorian-state',
          aliases: ['Port Authority', 'Nerith Port Authority', '内里斯港务局', 'ネリス港湾局'],
          near: { with: ['nerith'], words: ['Hafenbehörde'] },
        },
        {
          id: 'lena-varga',
          name: 'Lena Varga',
          kind: 'person',
          role: 'transport minister',
          affiliation: 'transport-ministry',
          aliases: ['Varga', 'Лена Варга', 'Варга', '瓦尔加', '바르가', 'バルガ', 'Βάργκα', 'وارگا'],
        },
        {
          id: 'ina-falk',
          name: 'Ina Falk',
          kind: 'person',
          role: 'spokeswoman of the Transport Ministry',
          affiliation: 'transport-ministry',
          aliases: ['Falk'],
        },
        {
          id: 'piet-holm',
          name: 'Piet Holm',
          kind: 'person',
          role: 'Ostmark chief executive',
          aliases: ['Holm', '홀름', 'ホルム'],
        },
        { id: 'nerith-courier', name: 'Nerith Courier', kind: 'outlet', aliases: ['Nerith Courier'] },
      ],
      claims: [
        {
          id: 'port-sale',
          text: 'Valdoria is selling the port of Nerith to Ostmark Shipping.',
          terms: [
            'selling the port',
            'sale of the port',
            'port sale',
            'sell the port',
            'продажа порта',
            'продаже порта',
            '出售港口',
            'Verkauf des Hafens',
            'πώληση του λιμανιού',
            'فروش بندر',
            '항구 매각',
            '港の売却',
            'продаж порту',
          ],
          entities: ['nerith', 'ostmark'],
          positions: [
            {
              actor: 'nerith-courier',
              stance: 'asserts',
              source: seed,
              evidence: 'Paraphrase: the Courier reports the sale, citing officials.',
            },
          ],
        },
        {
          id: 'board-informed',
          text: 'The harbour board knew of the sale in advance and did not object.',
          terms: ['знал о продаже', 'не возражал'],
          entities: ['nerith'],
        },
        {
          id: 'ferry-fees',
          text: 'Ferry fees at Nerith will double.',
          terms: ['ferry fees', 'fees will double'],
          entities: ['nerith'],
        },
      ],
    }),
  );
}

const cs = claimSet();
let n = 0;
const read = (title: string, text: string, history: History = emptyHistory(), set = cs): Analysis =>
  analyzeArticle(
    { url: `https://wire.example/${n++}`, title, text, published: '2025-05-06T09:00:00Z', source: 'Harbour Wire' },
    set,
    history,
  );
const denials = (r: Analysis) => r.alerts.filter((a) => a.kind === 'denial').map((a) => `${a.actor} ${a.claim}`);

describe('who says a denial', () => {
  it('takes the speaker a headline names before its colon, when the body names no one denying', () => {
    const r = read(
      'Transport Ministry: report of Nerith port sale to Ostmark untrue',
      'The Courier wrote last week that Ostmark would take over the port of Nerith.',
    );
    expect(denials(r)).toEqual(['Valdorian Transport Ministry port-sale']);
  });

  it("keeps a headline's denial when the body quotes another known speaker denying the same claim", () => {
    const r = read(
      'Lena Varga: Nerith port sale to Ostmark untrue',
      '"The sale of the port of Nerith to Ostmark Shipping is false," Piet Holm said on Monday.',
    );
    expect(denials(r).sort()).toEqual(['Lena Varga port-sale', 'Piet Holm port-sale']);
  });

  it('gives a quotation cut over two sentences the voice of the one who closes it', () => {
    const r = read(
      'Minister rejects Nerith report',
      [
        'Lena Varga met harbour workers in Nerith on Monday as reports of a sale to Ostmark spread.',
        '"This is simply false. There was no such deal,\u201d Varga said.'.replace('\u201d', '"'),
      ].join('\n\n'),
    );
    expect(r.findings.filter((f) => f.stance === 'denies').map((f) => f.actor)).toContain('Lena Varga');
    expect(denials(r)).toEqual(['Lena Varga port-sale']);
  });

  it('gives "he said" to the person just named, and a role named alone to the person last quoted', () => {
    const r = read(
      'Ostmark chief on Nerith',
      [
        'Piet Holm, who runs Ostmark Shipping, spoke at a conference in Nerith on Tuesday.',
        'He said reports of a port sale were untrue.',
        'The company had "no plans of that kind", the chief executive added.',
      ].join('\n\n'),
    );
    expect(denials(r)).toEqual(['Piet Holm port-sale']);
    expect(r.findings.filter((f) => f.actor === 'Piet Holm').length).toBeGreaterThanOrEqual(1);
  });

  it('credits the subject, not the name in an aside ("Varga, asked about Holm\'s offer, said …")', () => {
    const r = read(
      'Nerith port',
      "Lena Varga, asked about Piet Holm's offer for the port of Nerith, said reports of a sale to Ostmark " +
        'Shipping were untrue.',
    );
    expect(denials(r)).toEqual(['Lena Varga port-sale']);
  });

  it('credits the subject after an inverted verb (", declared Lena Varga"), not the name the denial is about', () => {
    const r = read(
      'Nerith port',
      'Piet Holm of Ostmark Shipping never agreed to buy the port of Nerith, declared Lena Varga, ' +
        'the transport minister, calling the sale story false.',
    );
    expect(denials(r)).toEqual(['Lena Varga port-sale']);
  });

  it('gives an official the claim set does not know to the body whose title he speaks in', () => {
    const r = read(
      'Nerith port',
      [
        '"The sale of the port is false," Piet Holm said of Ostmark Shipping\'s plans for Nerith.',
        'The spokesman of the Nerith Port Authority Tomas Brenn told reporters the port sale story was untrue.',
      ].join('\n\n'),
    );
    expect(denials(r).sort()).toEqual(['Nerith Port Authority port-sale', 'Piet Holm port-sale']);
  });

  it('credits "a Port Authority spokesperson" to the body, and "the official said" after him too', () => {
    const r = read(
      'Nerith port',
      [
        'A Nerith Port Authority spokesperson told reporters the sale of the port to Ostmark Shipping was untrue.',
        'No one had asked the harbour board to approve anything, the official said.',
      ].join('\n\n'),
    );
    expect(denials(r)).toEqual(['Nerith Port Authority port-sale']);
    expect(r.findings.map((f) => f.actor)).not.toContain('unnamed sources');
  });

  it('reads a Chinese denial as said by the actor in its own clause, and 他表示 as the last speaker', () => {
    const clause = read(
      '内里斯港口',
      '上周瓦尔加被指计划出售港口给奥斯特马克,交通部随即否认,称出售港口的报道纯属虚构。',
    );
    expect(denials(clause)).toEqual(['Valdorian Transport Ministry port-sale']);
    const pronoun = read(
      '内里斯港口',
      ['瓦尔加周一在内里斯会见了码头工人。', '他表示,出售港口给奥斯特马克的说法纯属虚构。'].join('\n\n'),
    );
    expect(denials(pronoun)).toEqual(['Lena Varga port-sale']);
  });

  it('reads 斥为 and 一蹴 as denial verbs with the body before them speaking', () => {
    const zh = read('内里斯港口', '内里斯港务局官员把出售港口给奥斯特马克的报道斥为"毫无根据的谣言"。');
    expect(denials(zh)).toEqual(['Nerith Port Authority port-sale']);
    const ja = read(
      'ネリス港',
      'ネリス港湾局はオストマルクへの港の売却をめぐる報道を「根拠のないうわさ」と一蹴した。',
    );
    expect(ja.findings.filter((f) => f.stance === 'denies').map((f) => f.actor)).toContain('Nerith Port Authority');
  });

  it('takes an unknown Korean subject opening the sentence as the speaker, not a name inside what it denies', () => {
    const r = read(
      '네리스 항구',
      '발도리아 정부가 바르가 장관이 오스트마크와 네리스 항구 매각을 추진했다는 보도를 부인했다.',
    );
    expect(r.findings.filter((f) => f.stance === 'denies').map((f) => f.actor)).toEqual(['발도리아 정부']);
  });

  it('gives a Korean quotation cut in two the voice of the one named before its opening mark', () => {
    const r = read(
      '네리스 항구',
      '바르가 장관은 이날 네리스에서 "완전히 사실이 아니다. 오스트마크에 대한 항구 매각은 순전한 허구"라고 강조했다.',
    );
    expect(denials(r)).toEqual(['Lena Varga port-sale']);
  });

  it('credits "its director, Ansel Roe" to the body the sentence is about', () => {
    const r = read(
      'Nerith port',
      'The Nerith Port Authority has no buyer, its director, Ansel Roe, said on Monday, calling the sale of the ' +
        'port to Ostmark Shipping untrue.',
    );
    expect(denials(r)).toEqual(['Nerith Port Authority port-sale']);
  });

  it('denies the claim named first after the verb; the claim it is about is context, not a second denial', () => {
    const r = read(
      'Nerith port',
      'The Transport Ministry denies reports that ferry fees at Nerith will double after the sale of the port to ' +
        'Ostmark Shipping.',
    );
    expect(denials(r)).toEqual(['Valdorian Transport Ministry ferry-fees']);
    expect(r.findings.filter((f) => f.stance === 'denies').map((f) => f.claim)).toEqual(['ferry-fees']);
  });

  it('reads "Dieselbe Sprecherin hatte … zurückgewiesen" as the spokeswoman last heard denying the report', () => {
    const r = read(
      'Hafen Nerith',
      [
        '"Wir prüfen alle Angebote", sagte Ina Falk am Montag in Nerith.',
        'Piet Holm sagte, Ostmark habe weiterhin Interesse an dem Hafen.',
        'Dieselbe Sprecherin hatte im Mai einen Bericht über den Verkauf des Hafens an Ostmark noch als reine ' +
          'Erfindung zurückgewiesen.',
      ].join('\n\n'),
    );
    expect(denials(r)).toEqual(['Ina Falk port-sale']);
  });

  it("takes a body's bare title for it only beside the place it belongs to", () => {
    const here = read('Hafen Nerith', 'Die Hafenbehörde in Nerith bestritt den Verkauf des Hafens an Ostmark.');
    expect(denials(here)).toEqual(['Nerith Port Authority port-sale']);
    const elsewhere = read('Hafen Nerith', 'Die Hafenbehörde in Kalmar bestritt den Verkauf des Hafens an Ostmark.');
    expect(denials(elsewhere)).not.toContain('Nerith Port Authority port-sale');
  });

  it('reads "не знал" as denying a claim whose own wording negates something else ("не возражал")', () => {
    const r = read('Нерит', 'Совет гавани Нерита не знал о продаже заранее, заявила Лена Варга, говоря об Остмарке.');
    expect(r.findings.filter((f) => f.claim === 'board-informed').map((f) => `${f.actor} ${f.stance}`)).toEqual([
      'Lena Varga denies',
    ]);
  });

  it("reads calling an account fiction as rejecting the story's main claim, which its details presume", () => {
    const r = read(
      'Nerith port',
      'The Courier reported that ferry fees at Nerith will double once Ostmark Shipping owns the port. ' +
        'Lena Varga called that report "pure fiction" on Monday.',
    );
    expect(denials(r)).toEqual(['Lena Varga port-sale']);
  });

  it('credits both bodies of "X and Y deny", and the two bodies last named for "both sides said"', () => {
    const joint = read(
      'Nerith port',
      'The Transport Ministry and the Nerith Port Authority denied the sale of the port to Ostmark Shipping.',
    );
    expect(denials(joint).sort()).toEqual([
      'Nerith Port Authority port-sale',
      'Valdorian Transport Ministry port-sale',
    ]);
    const both = read(
      'Nerith port',
      [
        'The Transport Ministry and the Nerith Port Authority met on Monday about the port of Nerith.',
        'Both sides said the sale of the port to Ostmark Shipping was false.',
      ].join('\n\n'),
    );
    expect(denials(both).sort()).toEqual([
      'Nerith Port Authority port-sale',
      'Valdorian Transport Ministry port-sale',
    ]);
  });

  it('reads "als Falschmeldung abgetan" and Ukrainian "називав … фейком" as the named speaker\'s denial', () => {
    const de = read(
      'Hafen Nerith',
      'Die Hafenbehörde in Nerith hatte Berichte über den Verkauf des Hafens an Ostmark als Falschmeldung abgetan.',
    );
    expect(denials(de)).toEqual(['Nerith Port Authority port-sale']);
    const uk = read(
      'Порт Нерит',
      'У травні Лена Варга називала повідомлення про продаж порту Нерит компанії Остмарк фейком.',
    );
    expect(denials(uk)).toEqual(['Lena Varga port-sale']);
  });

  it('does not give the first speaker a claim that a second clause with its own subject and verb speaks of', () => {
    const r = read(
      'Nerith port',
      'Lena Varga denied the reports about the port of Nerith, Ostmark also says the ferry fees will not double.',
    );
    expect(denials(r)).not.toContain('Lena Varga ferry-fees');
  });

  it('reads the German separable "stellte … klar" as a reporting verb', () => {
    const r = read(
      'Hafen Nerith',
      'Ein Verkauf des Hafens an Ostmark sei frei erfunden, stellte Lena Varga am Montag in Nerith klar.',
    );
    expect(denials(r)).toEqual(['Lena Varga port-sale']);
  });

  it('credits the one an agency quotes, not the agency', () => {
    const r = read(
      'Nerith port',
      'The Nerith Courier quoted Piet Holm as saying that the sale of the port to Ostmark Shipping was false.',
    );
    expect(denials(r)).toEqual(['Piet Holm port-sale']);
  });

  it('reads "по его словам" and a Russian quote-then-speaker as the minister\'s words', () => {
    const r = read(
      'В Минтрансе Валдории ответили на публикацию о порте',
      [
        'Министр транспорта Лена Варга в понедельник прокомментировала сообщения о продаже порта Нерит ' +
          'компании Остмарк.',
        'По ее словам, это «чистая выдумка».',
      ].join('\n\n'),
    );
    expect(denials(r)).toEqual(['Lena Varga port-sale']);
  });

  it('takes the marked subject, not a name spoken of, as the speaker in Korean, Japanese and Turkish', () => {
    const speakerOf = (title: string, text: string) =>
      read(title, text).findings.find((f) => f.claim === 'port-sale')?.actor;
    expect(
      speakerOf('네리스 항구', '바르가 장관은 홀름이 오스트마크를 위해 네리스 항구를 샀다는 보도를 부인했다.'),
    ).toBe('Lena Varga');
    expect(
      speakerOf('ネリス港', 'バルガ氏は、ホルム氏がオストマルクのためにネリス港を買ったとの報道を否定した。'),
    ).toBe('Lena Varga');
    expect(
      speakerOf(
        'Nerith limanı',
        "Bakan Varga, Holm'un Nerith limanını Ostmark için satın aldığı haberlerini yalanladı.",
      ),
    ).toBe('Lena Varga');
  });

  it("reads German indirect speech as the last speaker's words, and a quoted outlet name as its subject", () => {
    const r = read(
      'Nerith',
      [
        'Lena Varga wies am Montag einen Bericht über den Verkauf des Hafens Nerith an Ostmark als falsch zurück.',
        'Ein Verkauf des Hafens an Ostmark sei nie geplant gewesen.',
        'Der "Nerith Courier" hatte am Sonntag unter Berufung auf Beamte über den Verkauf des Hafens Nerith an ' +
          'Ostmark berichtet.',
      ].join(' '),
    );
    expect(r.findings.find((f) => f.evidence.startsWith('Ein'))?.actor).toBe('Lena Varga');
    expect(r.findings.find((f) => f.evidence.startsWith('Der'))?.actor).toBe('Nerith Courier');
    expect(denials(r)).toEqual(['Lena Varga port-sale']);
  });

  it('reads Greek and Persian reporting verbs', () => {
    const g = read('Νέριθ', 'Η Βάργκα διέψευσε την πώληση του λιμανιού της Νέριθ στην Όστμαρκ.');
    expect(denials(g)).toEqual(['Lena Varga port-sale']);
    expect(denials(read('نریت', 'وارگا فروش بندر نریت به اوستمارک را تکذیب کرد.'))).toEqual(['Lena Varga port-sale']);
  });

  it('finds a Chinese speaker and denial inside text written without spaces', () => {
    const r = read(
      '瓦尔加否认出售内里斯港口',
      '瓦尔加周一否认了瓦尔多利亚向奥斯特马克出售港口的报道，称其不符合事实。',
    );
    expect(r.relevant).toBe(true);
    expect(denials(r)).toEqual(['Lena Varga port-sale']);
  });
});

describe('what is not a new denial', () => {
  it('reads a denial that the sale will be scrapped as no denial of the sale', () => {
    const undo = read(
      'Nerith port',
      'Holm denied reports that Ostmark Shipping would scrap the sale of the port of Nerith.',
    );
    expect(denials(undo)).toEqual([]);
    const sale = read('Nerith port', 'Holm denied the sale of the port of Nerith to Ostmark Shipping.');
    expect(denials(sale)).toEqual(['Piet Holm port-sale']);
  });

  it("takes a ministry's denial as no news when its state's denial is on record", () => {
    const text = 'The Transport Ministry denied that Valdoria is selling the port of Nerith to Ostmark Shipping.';
    expect(denials(read('Nerith port', text))).toEqual(['Valdorian Transport Ministry port-sale']);
    const stateDenied: History = {
      ...emptyHistory(),
      positions: [
        {
          claim: 'port-sale',
          actor: 'Valdorian state',
          stance: 'denies',
          source: { outlet: 'Harbour Wire', where: 'https://wire.example/earlier', date: '2025-05-03' },
          evidence: 'Valdoria denied any sale of the port.',
        },
      ],
    };
    expect(denials(read('Nerith port', text, stateDenied))).toEqual([]);
  });

  it('does not read a negation of who the claim is about as a denial of what it says', () => {
    const lead = 'Ostmark Shipping is buying the port of Nerith. ';
    const aside = read('Nerith port', `${lead}Varga said she had not visited Nerith since the ferry fees doubled.`);
    expect(aside.findings.some((f) => f.claim === 'ferry-fees')).toBe(true);
    expect(denials(aside)).toEqual([]);
    const denial = read('Nerith port', `${lead}Varga said the ferry fees at Nerith would not double.`);
    expect(denials(denial)).toEqual(['Lena Varga ferry-fees']);
  });

  it('reads an outlet calling a claim false as relaying it, not as a denial of its own', () => {
    const r = read('Nerith port', 'The Nerith Courier said the sale of the port to Ostmark Shipping was untrue.');
    expect(r.findings.filter((f) => f.actor === 'Nerith Courier').map((f) => f.stance)).toEqual(['reports']);
    expect(denials(r)).toEqual([]);
  });

  it('reads unnamed sources calling a claim false as a report, with no new-denial alert: nobody is on record', () => {
    const r = read(
      'Nerith port',
      'People familiar with the talks said the sale of the port to Ostmark Shipping was false.',
    );
    expect(r.findings.filter((f) => f.actor === 'unnamed sources').map((f) => f.stance)).toEqual(['reports']);
    expect(denials(r)).toEqual([]);
  });

  it('never makes an outlet deny in its own voice: it reports the denial it tells of', () => {
    const r = read(
      'Nerith port',
      'The sale of the port of Nerith to Ostmark Shipping is untrue, according to a review published on Monday.',
    );
    expect(denials(r)).toEqual([]);
  });

  it("treats a minister repeating her ministry's denial as the same voice, not a new denial", () => {
    const first = read(
      'Transport Ministry denies Nerith port sale',
      'The Transport Ministry denied on Monday that Valdoria was selling the port of Nerith to Ostmark Shipping.',
    );
    expect(denials(first)).toEqual(['Valdorian Transport Ministry port-sale']);
    const history: History = {
      positions: first.findings.map((f) => ({
        claim: f.claim,
        actor: f.actor ?? '',
        stance: f.stance,
        source: { outlet: 'Harbour Wire', where: first.url, date: null },
        evidence: f.evidence,
      })),
      values: [],
      alertedEvents: new Set(first.alerts.map((a) => a.eventKey)),
    };
    const again = read(
      'Minister: no sale of Nerith',
      'Lena Varga denied on Tuesday that the port of Nerith was being sold to Ostmark Shipping.',
      history,
    );
    expect(denials(again)).toEqual([]);
    expect(again.repeats.map((a) => a.kind)).toContain('denial');
  });

  it('flags another office of the same state confirming what the ministry denied, once', () => {
    const first = read(
      'Transport Ministry denies Nerith port sale',
      'The Transport Ministry denied on Monday that Valdoria was selling the port of Nerith to Ostmark Shipping.',
    );
    const history: History = {
      positions: [],
      values: [],
      alertedEvents: new Set(first.alerts.map((a) => a.eventKey)),
    };
    const later = read(
      'Port sale confirmed',
      'The Nerith Port Authority confirmed on Friday the sale of the port to Ostmark Shipping.',
      history,
    );
    expect(later.alerts.map((a) => `${a.kind} ${a.actor} ${a.claim}`)).toEqual([
      'contradiction Nerith Port Authority port-sale',
    ]);
    expect(later.alerts[0]!.reason).toMatch(/Valdorian Transport Ministry/);
    const again = read(
      'Sale confirmed again',
      'The Nerith Port Authority confirmed again the sale of the port to Ostmark Shipping.',
      {
        ...history,
        alertedEvents: new Set([...history.alertedEvents, ...later.alerts.map((a) => a.eventKey)]),
      },
    );
    expect(again.alerts).toEqual([]);
  });

  it('flags the same voice confirming what it denied, though a loose earlier reading had it leaning that way', () => {
    const first = read(
      'Transport Ministry denies Nerith port sale',
      'The Transport Ministry denied on Monday that Valdoria was selling the port of Nerith to Ostmark Shipping.',
    );
    // An earlier article's narration, read by the engine as the ministry supporting the sale: no position on record.
    const history: History = {
      positions: [
        {
          claim: 'port-sale',
          actor: 'Valdorian Transport Ministry',
          stance: 'supports',
          source: { outlet: 'Harbour Wire', where: 'https://wire.example/narration', date: '2025-05-04' },
          evidence: 'The Transport Ministry is selling the port of Nerith to Ostmark Shipping, the Wire understands.',
        },
      ],
      values: [],
      alertedEvents: new Set(first.alerts.map((a) => a.eventKey)),
    };
    const later = read(
      'Sale confirmed',
      'The Transport Ministry confirmed on Friday the sale of the port of Nerith to Ostmark Shipping.',
      history,
    );
    expect(later.alerts.map((a) => `${a.kind} ${a.actor} ${a.claim}`)).toEqual([
      'contradiction Valdorian Transport Ministry port-sale',
    ]);
  });

  it('does not carry a rebuttal that names another matter to the central claim', () => {
    const lead = 'Ostmark Shipping is buying the port of Nerith, the Courier reported.\n\n';
    const other = read(
      'Nerith port',
      `${lead}Varga dismissed the mayor's statement about the old ferry terminal as pure fiction.`,
    );
    expect(denials(other)).toEqual([]);
    const same = read('Nerith port', `${lead}Varga dismissed the report as pure fiction.`);
    expect(denials(same)).toEqual(['Lena Varga port-sale']);
  });

  it("answers the story's central claim when a rebuttal follows a new paragraph, not the claim just before it", () => {
    const r = read(
      'Nerith fees',
      [
        'Ferry fees at Nerith will double next year, the Courier reported, after the sale of the port to Ostmark.',
        'Lena Varga said on Monday it was "pure fiction".',
      ].join('\n\n'),
    );
    expect(denials(r)).toEqual(['Lena Varga port-sale']);
  });

  it('raises no new-claim alerts unless the claim set asks for them', () => {
    const text =
      'Piet Holm said Ostmark Shipping would open an office in Nerith and hire forty dock workers there next spring.';
    expect(read('Ostmark in Nerith', text).alerts.filter((a) => a.kind === 'new-claim')).toEqual([]);
    const chatty = claimSet({ newClaimAlerts: true });
    expect(read('Ostmark in Nerith', text, emptyHistory(), chatty).alerts.map((a) => a.kind)).toContain('new-claim');
  });
});
