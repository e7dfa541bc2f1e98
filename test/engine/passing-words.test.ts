import { describe, expect, it } from 'vitest';
import { loadClaimSet } from '../../src/app/claimset.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory } from '../../src/core/types.js';

/**
 * A rebuttal seldom repeats the claim it answers, and may brush another claim's words in passing: "told" and
 * "information" against "Kyiv was informed (told) in advance". It answers the matter just spoken of. Read against
 * a development claim set kept in the repository (stories/), with sentences written for this test.
 */
describe('a rebuttal that brushes another claim', () => {
  it('answers the call just reported, not the claim whose words it touches', async () => {
    const { compiled } = await loadClaimSet('stories/putin-trump-call/claims.yaml');
    const r = analyzeArticle(
      {
        url: 'https://wire.example/rebuttal',
        title: 'Kremlin on the reported Trump-Putin phone call',
        text:
          'The Washington Post wrote that Donald Trump phoned Vladimir Putin from Mar-a-Lago last week and urged ' +
          'him not to escalate the war in Ukraine.\n\n' +
          'Kremlin spokesman Dmitry Peskov told reporters it was false information.',
        published: '2024-11-11T10:00:00Z',
        source: 'Test Wire',
      },
      compiled,
      emptyHistory(),
    );
    const denials = r.findings
      .filter((f) => f.stance === 'denies' && f.actor === 'Dmitry Peskov')
      .map((f) => `${f.actor} ${f.claim}`);
    expect(denials).toEqual(['Dmitry Peskov trump-putin-call']);
  });

  it("does not take a negation of a word only the claim's paraphrases use for a denial of the claim", async () => {
    const { compiled } = await loadClaimSet('stories/nissan-honda/claims.yaml');
    const r = analyzeArticle(
      {
        url: 'https://wire.example/not-about',
        title: 'Nissan and Honda on their merger talks',
        text:
          'Nissan chief Makoto Uchida told reporters in Yokohama that the merger talks with Honda were not about ' +
          'one company swallowing the other.',
        published: '2024-12-23T10:00:00Z',
        source: 'Test Wire',
      },
      compiled,
      emptyHistory(),
    );
    expect(r.findings.filter((f) => f.stance === 'denies')).toEqual([]);
  });
});
