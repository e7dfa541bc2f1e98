import { describe, expect, it } from 'vitest';
import { claimSetSchema, type ClaimDef } from '../../src/core/claimset/schema.js';
import {
  commonTermLimit,
  compileClaimSet,
  NEAR_SHARE,
  type CompiledClaimSet,
} from '../../src/core/claimset/compile.js';
import { matchClaims, nearClaim } from '../../src/core/match.js';
import { buildStatements, type Statement } from '../../src/core/statements/build.js';
import { splitSentences } from '../../src/core/text/sentences.js';

/**
 * Claim matching through the index, on an invented story (a harbour town's ferry dispute), so nothing here
 * leans on the S-400 claim set: the index finds exactly what a scan of every claim would, and a term that
 * hundreds of claims share does not open any of them on its own.
 */

function claimSet(claims: Array<Partial<ClaimDef> & Pick<ClaimDef, 'id' | 'text' | 'terms'>>): CompiledClaimSet {
  return compileClaimSet(
    claimSetSchema.parse({
      story: { id: 'ferry-dispute', title: 'The Port Ellery ferry dispute' },
      entities: [
        { id: 'ellery', aliases: { en: ['Port Ellery', 'Ellery'] } },
        { id: 'ferry', aliases: { en: ['ferry', 'ferries'] } },
        { id: 'council', aliases: { en: ['town council'] } },
      ],
      relevance: { all: ['ellery', 'ferry'] },
      actors: [],
      claims: claims.map((c) => ({ entities: ['ferry'], ...c })),
    }),
  );
}

function statement(text: string, cs: CompiledClaimSet): Statement {
  return buildStatements(splitSentences(text, 'en'), cs)[0]!;
}

const ids = (text: string, cs: CompiledClaimSet) =>
  matchClaims(statement(text, cs), new Set(), cs).map((m) => m.claim.id);

describe('claim matching', () => {
  const cs = claimSet([
    {
      id: 'timetable-cut',
      text: 'The winter ferry timetable will be cut to two crossings a day.',
      terms: ['timetable cut', 'fewer crossings'],
    },
    { id: 'fares-frozen', text: 'Ferry fares stay frozen until spring.', terms: ['fares frozen', 'fare freeze'] },
    {
      id: 'council-vote',
      text: 'The town council voted to buy the ferry.',
      terms: ['buy the ferry', 'purchase'],
      entities: ['ferry', 'council'],
    },
  ]);

  it('finds a claim from a whole term, in any inflection', () => {
    expect(ids('Ellery residents learned the ferry timetable was being cut again.', cs)).toEqual(['timetable-cut']);
    expect(ids('The operator announced a fare freeze for the ferry.', cs)).toEqual(['fares-frozen']);
  });

  it('needs every word of a term, close together', () => {
    expect(
      ids('The ferry timetable, printed in March, was praised; nobody expects a cut to the harbour budget.', cs),
    ).toEqual([]);
  });

  it("needs the claim's entities in the sentence or around it", () => {
    expect(ids("Ellery's ferry operator confirmed the purchase.", cs)).toEqual([]);
    expect(
      matchClaims(statement('The operator confirmed the ferry purchase.', cs), new Set(['council']), cs).map(
        (m) => m.claim.id,
      ),
    ).toEqual(['council-vote']);
  });
});

describe('common terms in a large claim set', () => {
  // Many claims about the same ferry share the word "delay"; each also has a word of its own.
  const shared = commonTermLimit(300) + 10;
  // Invented words that differ in their first letters (the matcher compares stems, which keep five).
  const words = Array.from(
    { length: shared },
    (_, i) => `q${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}umbrel`,
  );
  const cs = claimSet([
    ...words.map((w, i) => ({ id: `delay-${i}`, text: `The ${w} ferry faces a delay.`, terms: ['delay', w] })),
    { id: 'engine-fault', text: 'An engine fault grounded the ferry.', terms: ['engine fault'] },
  ]);

  it('does not let a term shared by more claims than the limit open any of them alone', () => {
    expect(cs.claims.length).toBeGreaterThan(commonTermLimit(cs.claims.length));
    expect(ids('The ferry faces another delay this morning.', cs)).toEqual([]);
  });

  it('counts the common term once a more specific word of the claim is there', () => {
    const [first] = matchClaims(statement(`The ${words[7]} ferry faces a delay.`, cs), new Set(), cs);
    expect(first?.claim.id).toBe('delay-7');
  });

  it('still finds claims through their specific terms', () => {
    expect(ids('An engine fault kept the ferry in port.', cs)).toEqual(['engine-fault']);
  });

  it('keeps a curated set of a few dozen claims whole: nothing is common there', () => {
    expect(commonTermLimit(36)).toBeGreaterThan(36);
  });
});

describe('the index against a scan of every claim', () => {
  // A deterministic mix of claims over a small vocabulary, so terms overlap a lot.
  const vocab = [
    'tide',
    'berth',
    'pier',
    'crew',
    'strike',
    'fuel',
    'levy',
    'dredging',
    'lighthouse',
    'gangway',
    'ticket',
    'pilot',
    'storm',
    'harbour master',
    'mooring',
  ];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const claims = Array.from({ length: 120 }, (_, i) => {
    const terms = [
      ...new Set(
        Array.from({ length: 1 + rnd(3) }, () =>
          rnd(3) === 0 ? `${vocab[rnd(vocab.length)]} ${vocab[rnd(vocab.length)]}` : vocab[rnd(vocab.length)]!,
        ),
      ),
    ];
    return { id: `c-${i}`, text: `The ferry ${terms.join(' and ')} claim number ${i}.`, terms };
  });
  const cs = claimSet(claims);

  /** What the index must reproduce: every claim with a term whose words all stand within a few words of each other. */
  function scan(st: Statement): string[] {
    const stems = st.tokens.map((t) => t.stem);
    const present = (term: string) => {
      const parts = new Set(statement(term, cs).tokens.map((t) => t.stem));
      const span = parts.size + 3;
      return stems.some(
        (s, i) => parts.has(s) && [...parts].every((p) => stems.slice(Math.max(0, i - span), i + span).includes(p)),
      );
    };
    const found = cs.claims.filter((c) => c.def.terms.some(present) && c.entities.every((e) => st.entities.has(e)));
    return found.map((c) => c.id).sort();
  }

  it('finds the same claims for 200 sentences (before keeping the best three)', () => {
    let compared = 0;
    for (let k = 0; k < 200; k++) {
      const text = `The ferry ${Array.from({ length: 3 + rnd(6) }, () => vocab[rnd(vocab.length)]).join(' ')} today.`;
      const st = statement(text, cs);
      const expected = scan(st);
      const got = matchClaims(st, new Set(), cs);
      // The matcher keeps at most three claims near the best score; all of them must be in the scan,
      // and when the scan finds any claim, the matcher finds one too.
      for (const m of got) expect(expected).toContain(m.claim.id);
      expect(got.length > 0).toBe(expected.length > 0);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it("says a sentence is near a claim exactly when a scan of every claim's weights does", () => {
    let near = 0;
    for (let k = 0; k < 300; k++) {
      const filler = ['morning', 'statement', 'weather', 'visitors', 'market'];
      const words = Array.from({ length: rnd(3) }, () => vocab[rnd(vocab.length)]).join(' ');
      const text = `The ${words} ${filler[rnd(filler.length)]} on the quay.`;
      const st = statement(text, cs);
      const keys = new Set(st.tokens.flatMap((t) => [t.stem, t.short]));
      const expected = cs.claims.some(
        (c) =>
          [...c.vocab].reduce((sum, [stem, w]) => sum + (keys.has(stem) ? w : 0), 0) >= NEAR_SHARE * c.norm - 1e-9,
      );
      expect(nearClaim(st, cs), text).toBe(expected);
      if (expected) near++;
    }
    expect(near).toBeGreaterThan(30);
    expect(near).toBeLessThan(300);
  });
});

describe('names in one pass', () => {
  it('finds actors and entities together exactly as two separate passes would', async () => {
    const { PhraseIndex } = await import('../../src/core/text/phrases.js');
    const { tokenize } = await import('../../src/core/text/tokens.js');
    const all = new PhraseIndex<string>();
    const entities = new PhraseIndex<string>();
    for (const [alias, owner] of [
      ['Port Ellery', 'entity:ellery'],
      ['Ellery', 'entity:ellery'],
      ['ferry', 'entity:ferry'],
      ['Ellery Ferry Company', 'actor:efc'],
      ['Mara Quist', 'actor:quist'],
      ['Quist', 'actor:quist'],
    ] as const) {
      all.add(alias, owner);
      if (owner.startsWith('entity:')) entities.add(alias, owner);
    }
    const sentences = [
      'The Ellery Ferry Company said the ferry would sail.',
      'Mara Quist told Port Ellery residents the ferry was safe; Quist added nothing.',
      'Ellery ferry ferry Ellery Ferry Company Ellery.',
    ];
    for (const s of sentences) {
      const toks = tokenize(s);
      const [both, onlyEntities] = all.findTwo(toks, (o) => o.startsWith('entity:'));
      expect(both).toEqual(all.find(toks));
      expect(onlyEntities).toEqual(entities.find(toks));
    }
    // An actor's name that contains an entity still mentions the entity.
    const [, inside] = all.findTwo(tokenize(sentences[0]!), (o) => o.startsWith('entity:'));
    expect(inside.map((h) => h.owner)).toContain('entity:ellery');
  });
});
