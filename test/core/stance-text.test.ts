import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANY_CUE, DENY, HEDGE, NEGATED_DENIAL, NO_COMMENT, RELAY, SUPPORT } from '../../src/core/stance/cues.js';
import { execAll } from '../../src/core/text/regex.js';
import { negationNearTerms, negationParity } from '../../src/core/stance/negation.js';
import { classifyStance } from '../../src/core/stance/classify.js';

/** Negation read by parity (the Turkish verb-suffix rule kept to Turkish text), cue words, and sentences. */

const near = (text: string, word: string, language?: string) =>
  negationNearTerms(text, [text.indexOf(word)], new Set(), language);

describe('negation', () => {
  it('reads Turkish negative verb forms in any tense and person', () => {
    for (const verb of ['kullanılmadı', 'görüşülmedi', 'etmeyecek', 'istemiyoruz', 'etmeyecekler', 'almadık'])
      expect(negationParity(`sistemler ${verb}.`, 'tr'), verb).toBe(true);
    for (const verb of ['kullanıldı', 'görüşüldü', 'edecek'])
      expect(negationParity(`sistemler ${verb}.`, 'tr'), verb).toBe(false);
  });

  it('sees "kullanılmadı" after the claim\'s words as a negation of them', () => {
    expect(near('füzeler hiçbir zaman kullanılmadı', 'füzeler', 'tr')).toBe(true);
  });

  it('does not read Turkish suffixes into other languages', () => {
    expect(negationParity('Minister Gómez immediately approved the ferry levy.', 'en')).toBe(false);
    expect(negationParity('El ministro Gómez aprobó la tasa.', 'es')).toBe(false);
  });

  it('falls back on the letters when the language is unknown', () => {
    expect(negationParity('sistemler kullanılmadı', 'und')).toBe(true);
    expect(negationParity('Mayor Ahmadi spoke', 'und')).toBe(false);
  });

  it('reads "is not our aim" as negating the words before it, in several languages', () => {
    expect(near('Buying the harbour is not our aim, the chairman said.', 'harbour', 'en')).toBe(true);
    expect(near('Un rachat n’est pas notre objectif.', 'rachat', 'fr')).toBe(true);
    expect(near('收购港口不是我们的目的', '收购', 'zh')).toBe(true);
    // Only an aim (or "there was") turns the negation back: "is not ready" says nothing of the harbour.
    expect(near('Buying the harbour is not ready, the chairman said.', 'harbour', 'en')).toBe(false);
  });

  it('counts parity: two negations cancel', () => {
    expect(negationParity('It is not true that the ferry will never sail.', 'en')).toBe(false);
    expect(negationParity('The ferry will never sail.', 'en')).toBe(true);
  });

  it('lets a Turkish denial by verb suffix deny a claim', () => {
    const r = classifyStance(
      'Feribot seferleri iptal edildi.',
      'Belediye, feribot seferlerinin iptal edilmediğini açıkladı; seferler sürüyor.',
    );
    expect(r.label).not.toBe('supports');
  });
});

describe('cue words', () => {
  const stanceOf = (claim: string, text: string) => classifyStance(claim, text).label;

  it('find denials at the start of a word, in any script', () => {
    expect(
      stanceOf('Паромная переправа закрыта.', 'Мэрия опровергла сообщения о том, что паромная переправа закрыта.'),
    ).toBe('denies');
    expect(
      stanceOf('Feribot seferleri durduruldu.', 'Belediye, feribot seferlerinin durdurulduğu iddialarını yalanladı.'),
    ).toBe('denies');
  });

  it('do not find a cue inside a longer word', () => {
    // "ложн" (false) inside "сложная" (difficult); "мог" (could) inside "помогли" (helped).
    expect(
      stanceOf('Паромная переправа закрыта.', 'Паромная переправа закрыта, ситуация сложная, сообщили в мэрии.'),
    ).not.toBe('denies');
    expect(stanceOf('Паромная переправа закрыта.', 'Паромная переправа закрыта, нам помогли соседи.')).toBe(
      'supports',
    );
  });
});

describe('sentences', () => {
  it('keeps a sentence whole across abbreviations, in Cyrillic too', async () => {
    const { splitSentences } = await import('../../src/core/text/sentences.js');
    const texts = (t: string, lang: string) => splitSentences(t, lang).map((s) => s.text);
    expect(texts('В 2017 г. Паромная компания сменила владельца. Рейсы шли по-прежнему.', 'ru')).toEqual([
      'В 2017 г. Паромная компания сменила владельца.',
      'Рейсы шли по-прежнему.',
    ]);
    expect(texts('The U.S. State Department said so. Mr. Smith agreed.', 'en')).toEqual([
      'The U.S. State Department said so.',
      'Mr. Smith agreed.',
    ]);
  });
});

describe('the one-pass cue check', () => {
  it('finds a cue wherever any single cue pattern does', async () => {
    const { readFileSync } = await import('node:fs');
    const cues = await import('../../src/core/stance/cues.js');
    const { execAll } = await import('../../src/core/text/regex.js');
    const texts = ['dev', 'eval'].flatMap((f) =>
      readFileSync(new URL(`../fixtures/stance/${f}.jsonl`, import.meta.url), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase()),
    );
    let withCue = 0;
    for (const t of texts) {
      const some = [cues.DENY, cues.NO_COMMENT, cues.NEGATED_DENIAL, cues.HEDGE, cues.RELAY, cues.SUPPORT].some(
        (re) => execAll(re, t).length > 0,
      );
      expect(cues.ANY_CUE.test(t), t).toBe(some);
      if (some) withCue++;
    }
    expect(withCue).toBeGreaterThan(100);
  });
});

describe('cue passes start at the first cue of any kind', () => {
  // ANY_CUE is the union of the cue patterns: no single pattern's first match can start before the union's.
  it('finds every match a pass from the start of the clause finds, on the stance sets and the seeds', () => {
    const texts = ['dev', 'eval'].flatMap((f) =>
      readFileSync(`test/fixtures/stance/${f}.jsonl`, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
    for (const f of readdirSync('seeds').filter((n) => n.endsWith('.txt')))
      texts.push(...readFileSync(`seeds/${f}`, 'utf8').split(/(?<=[.!?])\s+/));
    let withCue = 0;
    for (const text of texts) {
      const lower = text.toLowerCase();
      const first = ANY_CUE.exec(lower)?.index ?? -1;
      for (const re of [DENY, NEGATED_DENIAL, NO_COMMENT, HEDGE, RELAY, SUPPORT]) {
        const all = execAll(re, lower).map((m) => [m.index, m[0]]);
        if (first < 0) expect(all, text).toEqual([]);
        else
          expect(
            execAll(re, lower, first).map((m) => [m.index, m[0]]),
            text,
          ).toEqual(all);
      }
      if (first >= 0) withCue++;
    }
    expect(withCue).toBeGreaterThan(150);
  });
});
