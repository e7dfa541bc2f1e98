import { describe, expect, it } from 'vitest';
import { claimSetSchema } from '../../src/core/claimset/schema.js';
import { compileClaimSet } from '../../src/core/claimset/compile.js';
import { normaliseText } from '../../src/core/text/normalise.js';
import { tokenize } from '../../src/core/text/tokens.js';
import { regionNames } from '../../src/core/text/locale-names.js';

/** Names in every script: countries from CLDR, look-alike letters in model codes, particles after codes. */

const cs = compileClaimSet(
  claimSetSchema.parse({
    story: { id: 'radar-sale', title: 'Ruritania returning its Z-300 radars' },
    entities: [
      { id: 'z300', aliases: { any: ['Z-300', 'С-300'] } },
      { id: 'ruritania', kind: 'country', region: 'TR', aliases: { en: ['Ruritania'] } },
    ],
    relevance: { all: ['z300', 'ruritania'] },
    claims: [{ id: 'return', text: 'Ruritania is returning its Z-300 radars.', terms: ['returning'] }],
  }),
);

const entities = (text: string) =>
  cs.names.findTwo(tokenize(normaliseText(text)), (o) => o.startsWith('entity:'))[1].map((h) => h.owner);

describe('names in every script', () => {
  it('knows a country in Greek, Arabic, Persian, Chinese, Japanese and Korean from its ISO code alone', () => {
    for (const text of [
      'Η Τουρκία δήλωσε',
      'قالت تركيا',
      'ترکیه اعلام کرد',
      '土耳其表示',
      'トルコは述べた',
      '튀르키예는 밝혔다',
    ]) {
      expect(entities(text), text).toContain('entity:ruritania');
    }
  });

  it('leaves out a short Latin country name that would begin unrelated words', () => {
    expect(regionNames('IN')).not.toContain('Inde');
    expect(regionNames('IN')).toContain('Indien');
  });

  it('reads a code typed with a Latin C in a Russian text as the Cyrillic С, and leaves English text alone', () => {
    expect(normaliseText('Анкара может вернуть C-300 Москве, пишет газета.')).toContain('С-300');
    expect(entities('Анкара может вернуть C-300 Москве, пишет газета.')).toContain('entity:z300');
    expect(normaliseText('The C-300 is a different machine.')).toContain('C-300');
  });

  it('lets a long alias meet an inflected form of itself, not another word sharing its first letters', async () => {
    const { PhraseIndex } = await import('../../src/core/text/phrases.js');
    const ix = new PhraseIndex<string>();
    ix.add('Kremlchef', 'putin');
    ix.add('Журавлев', 'zhuravlev');
    const owners = (text: string) => ix.find(tokenize(text)).map((h) => h.owner);
    expect(owners('Переговоры прошли в Кремле')).toEqual([]);
    expect(owners('слова Журавлева')).toEqual(['zhuravlev']);
  });

  it('matches a claim written in Chinese or Japanese words, without matching on particles', async () => {
    const { matchClaims } = await import('../../src/core/match.js');
    const { buildStatements } = await import('../../src/core/statements/build.js');
    const { splitSentences } = await import('../../src/core/text/sentences.js');
    const set = compileClaimSet(
      claimSetSchema.parse({
        story: { id: 'radar-sale', title: 'x' },
        entities: [{ id: 'z300', aliases: { any: ['Z-300'] } }],
        relevance: { all: ['z300'] },
        claims: [
          {
            id: 'return',
            text: 'Ruritania is returning its Z-300 radars.',
            terms: ['归还', '返還'],
            entities: ['z300'],
          },
          {
            id: 'upgrade',
            text: 'Ruritania is upgrading its Z-300 radars.',
            terms: ['升级', 'アップグレード'],
            entities: ['z300'],
          },
        ],
      }),
    );
    const claimsIn = (text: string, lang: string) =>
      matchClaims(buildStatements(splitSentences(text, lang), set)[0]!, new Set(['z300']), set).map(
        (m) => m.claim.id,
      );
    expect(claimsIn('该国考虑将Z-300雷达归还给供应国。', 'zh')).toEqual(['return']);
    expect(claimsIn('同国はZ-300レーダーの返還を検討している。', 'ja')).toEqual(['return']);
  });

  it('finds a model code with a Korean particle after it, but not a longer number', () => {
    expect(entities('튀르키예가 Z-300을 돌려준다')).toContain('entity:z300');
    expect(entities('The Z-3000 is another model')).not.toContain('entity:z300');
  });
});
