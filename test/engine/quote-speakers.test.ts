import { describe, expect, it } from 'vitest';
import { claimSetSchema } from '../../src/core/claimset/schema.js';
import { compileClaimSet } from '../../src/core/claimset/compile.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory } from '../../src/core/types.js';

/**
 * Who speaks a quotation set apart from its speaker, in a headline or the body, and a denial worded as "that is
 * not our aim". An invented story: carmaker Corvane is said to want to buy its rival Mirelle. Every sentence is
 * written for this test.
 */

const cs = compileClaimSet(
  claimSetSchema.parse({
    story: { id: 'corvane-mirelle', title: 'Corvane and Mirelle' },
    entities: [
      {
        id: 'corvane',
        kind: 'company',
        aliases: { any: ['Corvane'], zh: ['科尔文'], ja: ['コルヴァン'], ko: ['코르반'] },
      },
      { id: 'mirelle', kind: 'company', aliases: { any: ['Mirelle'], zh: ['米雷尔'], ja: ['ミレル'], ko: ['미렐'] } },
    ],
    relevance: { all: ['mirelle'] },
    actors: [
      {
        id: 'jun-arai',
        name: 'Jun Arai',
        kind: 'person',
        role: 'Corvane chairman',
        affiliation: 'corvane',
        aliases: ['Jun Arai', 'Arai', '荒井', '아라이'],
      },
      {
        id: 'mirelle-board',
        name: 'Mirelle board',
        kind: 'institution',
        aliases: ['Mirelle board', '米雷尔董事会', 'ミレル取締役会', '미렐 이사회'],
      },
    ],
    claims: [
      {
        id: 'corvane-buys-mirelle',
        text: 'Corvane aims to acquire Mirelle.',
        terms: ['acquire Mirelle', 'buy Mirelle', 'buying Mirelle', '收购米雷尔', '买米雷尔', 'ミレルの買収', '인수'],
        entities: ['corvane', 'mirelle'],
      },
    ],
  }),
);

let n = 0;
const denials = (title: string, text: string) =>
  analyzeArticle(
    { url: `https://wire.example/${n++}`, title, text, published: '2025-02-12T09:00:00Z', source: 'Auto Wire' },
    cs,
    emptyHistory(),
  )
    .alerts.filter((a) => a.kind === 'denial')
    .map((a) => `${a.actor} ${a.claim}`);

describe('a quotation and its speaker', () => {
  it('gives a whole quoted sentence to the speaker who opens the next one (Chinese)', () => {
    const text = '米雷尔的股价今天上涨。\n\n「收购米雷尔不是我们的目的。」荒井说，公司只想扩大合作。';
    expect(denials('米雷尔股价上涨', text)).toEqual(['Jun Arai corvane-buys-mirelle']);
  });

  it('gives a whole quoted sentence to the speaker who opens the next one (English)', () => {
    const text =
      'Mirelle shares rose on Tuesday.\n\n"Buying Mirelle is not our aim." Arai said the firms would work together.';
    expect(denials('Mirelle shares rise', text)).toEqual(['Jun Arai corvane-buys-mirelle']);
  });

  it('leaves the quotation unattributed when the next sentence is someone else speaking later on', () => {
    const text =
      'Mirelle shares rose.\n\n"Buying Mirelle is not our aim." Later in the day, Arai said costs would fall.';
    expect(denials('Mirelle shares rise', text)).toEqual([]);
  });

  it('reads a Chinese headline whose speaker stands before a full-width colon, with no space after it', () => {
    expect(denials('荒井：买米雷尔股权不是目的', '米雷尔的股价今天上涨。')).toEqual([
      'Jun Arai corvane-buys-mirelle',
    ]);
  });

  it('takes the name against the colon as the headline speaker, not an earlier name', () => {
    expect(denials('米雷尔董事会关注科尔文收购米雷尔的传闻 荒井:纯属虚构', '米雷尔的股价今天上涨。')).toEqual([
      'Jun Arai corvane-buys-mirelle',
    ]);
  });
});

describe('a quoted rebuttal of what the speaker was asked about', () => {
  it('denies the claim named in the view the speaker answers, and credits the topic, not a が-marked name', () => {
    const text =
      'ミレルの株価が上昇した。\n\nミレル取締役会がコルヴァンによるミレルの買収を懸念しているとの見方について、' +
      '荒井は「そういった計画は一切ない」と述べた。';
    expect(denials('ミレル株が上昇', text)).toEqual(['Jun Arai corvane-buys-mirelle']);
  });

  it('takes a plain past negative in the answer for no rebuttal', () => {
    const text =
      'ミレルの株価が上昇した。\n\nコルヴァンによるミレルの買収をめぐる報道について、荒井は「驚きはなかった」と述べた。';
    expect(denials('ミレル株が上昇', text)).toEqual([]);
  });

  it('finds no denial when the quoted answer rebuts nothing', () => {
    const text =
      'Mirelle shares rose.\n\nAsked about speculation that Corvane wants to buy Mirelle, Arai said: ' +
      '"We are watching the market closely."';
    expect(denials('Mirelle shares rise', text)).toEqual([]);
  });
});

describe('a Korean subject marked on a body', () => {
  it('lets the body that opens the sentence with its marker speak, not a person named after it', () => {
    const text = '미렐 이사회가 아라이 회장이 미렐을 인수하려 한다는 코르반 측 보도를 부인했다.';
    expect(denials('미렐 주가 상승', text)).toEqual(['Mirelle board corvane-buys-mirelle']);
  });
});
