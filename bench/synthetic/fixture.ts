import type { ClaimDef, ClaimSetFile } from '../../src/core/claimset/schema.js';
import type { ArticleInput } from '../../src/core/types.js';
import { loadClaimSet } from '../../src/app/claimset.js';
import { resolveAsset } from '../../src/app/paths.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';
import { syntheticClaims } from './claims.js';
import { seedArticles, syntheticArticles } from './articles.js';

/**
 * Everything the engine benchmark analyses: the real S-400 claim set grown to each requested size with
 * synthetic claims, and one fixed list of articles used for every size (so the sizes compare like for like).
 */
export interface EngineFixture {
  realClaims: number;
  vocabulary: Vocabulary;
  /** Claim-set file per size: the real claims first, then syn-0 … up to the size. */
  files: Map<number, ClaimSetFile>;
  articles: ArticleInput[];
  seedCount: number;
}

export interface FixtureOptions {
  sizes: number[];
  /** Total articles, seeds included. */
  articles: number;
  claimsPath?: string;
}

export async function engineFixture(o: FixtureOptions): Promise<EngineFixture> {
  const { file } = await loadClaimSet(o.claimsPath ?? 'seeds/s400-turkey.claims.yaml');
  const vocabulary = buildVocabulary(file);
  const largest = Math.max(...o.sizes);
  const synthetic: ClaimDef[] = syntheticClaims(vocabulary, Math.max(0, largest - file.claims.length));
  const files = new Map<number, ClaimSetFile>();
  for (const size of o.sizes) {
    const extra = synthetic.slice(0, Math.max(0, size - file.claims.length));
    files.set(size, { ...file, claims: [...file.claims, ...extra] });
  }
  // Articles lean on claims every size has (the real ones and the first synthetic ones), so a small set
  // finds things too and a bigger set is measured on the same text, not on easier text.
  const smallest = Math.min(...o.sizes);
  const topics = [...file.claims, ...synthetic.slice(0, Math.max(0, smallest - file.claims.length))];
  const seeds = seedArticles(resolveAsset('seeds'));
  const articles = [...seeds, ...syntheticArticles(vocabulary, topics, Math.max(0, o.articles - seeds.length))];
  return { realClaims: file.claims.length, vocabulary, files, articles, seedCount: seeds.length };
}
