import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, UsageError } from '../errors.js';
import { loadConfig } from './config.js';
import { denseNames } from '../core/stance/learned/features.js';
import { learnedJudge } from '../core/stance/learned/judge.js';
import { loadModel, type StoredModel } from '../core/stance/learned/model.js';
import { JUDGE_NAMES, ruleJudge, type JudgeName, type StanceJudge } from '../core/stance/stance-judge.js';
import { resolveAsset } from './paths.js';

/** Where the learned judge's weights live (written by `npm run train:stance`). */
export const MODEL_FILE = 'models/stance.json';

const stored = z
  .object({
    format: z.literal('claimwatch-stance/1'),
    labels: z.array(z.enum(['supports', 'denies', 'reports', 'unrelated'])).min(2),
    denseNames: z.array(z.string()),
    hashBits: z.number().int().min(1).max(24),
    features: z.object({ lexicalByKind: z.boolean(), claimMask: z.boolean(), shared: z.boolean() }),
    dense: z.array(z.number()),
    hashedScale: z.number(),
    hashed: z.string(),
    bias: z.array(z.number()),
  })
  .passthrough();

const judges = new Map<string, StanceJudge>();

/**
 * The stance judge by name; the learned one reads its weights once per process. A missing or stale weights
 * file stops with a message naming the file and the fix.
 */
export function loadStanceJudge(name: JudgeName, file = MODEL_FILE): StanceJudge {
  if (name === 'rules') return ruleJudge;
  const path = resolveAsset(file);
  let judge = judges.get(path);
  if (judge) return judge;
  const remedy = `run npm run train:stance (it writes ${MODEL_FILE}), or set STANCE_JUDGE=rules`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError('stance-model', `cannot read the learned stance model ${path}: ${(err as Error).message}`, {
      remedy,
      cause: err,
    });
  }
  const parsed = stored.safeParse(raw);
  if (!parsed.success)
    throw new ConfigError(
      'stance-model',
      `${path} is not a stance model: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
      { remedy },
    );
  try {
    judge = learnedJudge(loadModel(parsed.data as StoredModel, denseNames(parsed.data.features.shared)));
  } catch (err) {
    throw new ConfigError('stance-model', `${path}: ${(err as Error).message}`, { remedy, cause: err });
  }
  judges.set(path, judge);
  return judge;
}

/** The judge a command uses: its --judge option, else STANCE_JUDGE (the bot's own). */
export function judgeFromOption(name: string | undefined, env: NodeJS.ProcessEnv): StanceJudge {
  if (name !== undefined && !(JUDGE_NAMES as readonly string[]).includes(name))
    throw new UsageError('bad-judge', `unknown judge "${name}": use --judge ${JUDGE_NAMES.join(' or --judge ')}`);
  return loadStanceJudge((name as JudgeName | undefined) ?? loadConfig(env).STANCE_JUDGE);
}
