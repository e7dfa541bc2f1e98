/**
 * npm run train:stance -- [--data ../shared/datasets] [--folds 5] [--seed 16] [--out models/stance.json]
 *   [--cv-only] [--no-cv] [--set key=value]
 *
 * Trains the learned stance judge on the public training splits (Emergent, FNC-1) beside the repository,
 * cross-validates it grouped by claim (Emergent) and by body (FNC-1), prints macro-F1, per-class F1 and the
 * FNC score per fold, then trains on everything and writes the weights. Same data and seed, same weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/app/paths.js';
import { LABELS, scorePredictions } from '../src/core/stance/evaluate.js';
import { denseNames } from '../src/core/stance/learned/features.js';
import { storeModel } from '../src/core/stance/learned/model.js';
import { seededRandom, shuffled, trainModel, type Example } from '../src/core/stance/learned/train.js';
import { loadDev, loadEmergent, loadFnc1, type Pair } from './stance-data.js';
import { featurise, foldScores, heldOutOffsets, TRAINING } from './stance-training.js';
import { featureFingerprint } from '../src/core/stance/learned/fingerprint.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '16' },
    out: { type: 'string', default: 'models/stance.json' },
    'cv-only': { type: 'boolean', default: false },
    'no-cv': { type: 'boolean', default: false },
    /** Try a recipe change without editing the file: --set classBalance=0.8 --set datasetWeight.emergent=6 */
    set: { type: 'string', multiple: true },
  },
});
for (const s of values.set ?? []) {
  const [path, raw] = s.split('=');
  const keys = path!.split('.');
  let at = TRAINING as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (!(last in at)) throw new Error(`--set ${s}: no such training setting`);
  at[last] = raw === 'true' ? true : raw === 'false' ? false : Number(raw);
}
const root = packageRoot();
const dataDir = resolve(values.data ?? join(root, '..', 'shared', 'datasets'));
const folds = Number(values.folds);
const seed = Number(values.seed);
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

const pairs: Pair[] = [
  ...loadEmergent(dataDir),
  ...loadFnc1(dataDir),
  ...(TRAINING.withDev ? loadDev(join(root, 'test/fixtures/stance/dev.jsonl')) : []),
];
console.log(`read ${pairs.length} pairs from ${dataDir} (${elapsed()})`);
const examples = featurise(pairs, (n) => console.log(`  features: ${n} of ${pairs.length} (${elapsed()})`));
const names = denseNames(TRAINING.shared);
console.log(`features: ${names.length} dense + 2^${TRAINING.hashBits} hashed (${elapsed()})`);

// Folds by group: every claim (Emergent) or body (FNC-1) sits in exactly one fold.
const groups = [...new Set(pairs.map((p) => p.group))].sort();
const foldOf = new Map(shuffled(groups, seededRandom(seed)).map((g, i) => [g, i % folds]));
const options = {
  labels: LABELS,
  denseNames: names,
  hashBits: TRAINING.hashBits,
  features: { lexicalByKind: TRAINING.lexicalByKind, claimMask: TRAINING.claimMask, shared: TRAINING.shared },
  epochs: TRAINING.epochs,
  rate: TRAINING.rate,
  l2: TRAINING.l2,
};

if (!values['no-cv']) {
  const all: Array<{ pair: Pair; predicted: (typeof LABELS)[number] }> = [];
  for (let f = 0; f < folds; f++) {
    const train: Example[] = [];
    const held: number[] = [];
    pairs.forEach((p, i) => (foldOf.get(p.group) === f ? held.push(i) : train.push(...examples.training(i))));
    const model = trainModel(train, { ...options, seed: seed + f });
    if (TRAINING.tuneOffsets) {
      const mine = pairs.flatMap((p, i) => (foldOf.get(p.group) === f ? [] : [i]));
      model.offsets = heldOutOffsets(
        pairs,
        examples,
        mine,
        (t) => trainModel(t, { ...options, seed: seed + f }),
        seed + f,
      );
      console.log(`  offsets ${JSON.stringify(model.offsets)}`);
    }
    const predicted = held.map((i) => ({ pair: pairs[i]!, predicted: examples.predict(model, i) }));
    all.push(...predicted);
    console.log(`fold ${f + 1}/${folds} (${elapsed()})`);
    for (const line of foldScores(predicted)) console.log(`  ${line}`);
  }
  console.log('all folds');
  for (const line of foldScores(all)) console.log(`  ${line}`);
  // The dev pairs per language, cross-validated: the fair read of how the judge carries over from English.
  const devFile = join(root, 'test/fixtures/stance/dev.jsonl');
  const langOf = new Map<string, string>();
  for (const l of readFileSync(devFile, 'utf8')
    .split('\n')
    .filter((x) => x.trim())) {
    const j = JSON.parse(l) as { claim: string; text: string; lang?: string };
    langOf.set(`${j.claim}\u0000${j.text}`, j.lang ?? 'und');
  }
  const byLang = new Map<string, Array<readonly [(typeof LABELS)[number], (typeof LABELS)[number]]>>();
  for (const r of all)
    if (r.pair.dataset === 'dev') {
      const lang = langOf.get(`${r.pair.claim}\u0000${r.pair.text}`) ?? 'und';
      byLang.set(lang, [...(byLang.get(lang) ?? []), [r.pair.label, r.predicted] as const]);
    }
  for (const [lang, rows] of [...byLang].sort((a, b) => b[1].length - a[1].length)) {
    const e = scorePredictions(rows);
    console.log(
      `  dev ${lang}  n=${String(e.n).padEnd(4)} macro_f1=${e.macroF1.toFixed(3)} accuracy=${e.accuracy.toFixed(3)}`,
    );
  }
}

if (!values['cv-only']) {
  const train = pairs.flatMap((_, i) => examples.training(i));
  const model = trainModel(train, { ...options, seed });
  if (TRAINING.tuneOffsets) {
    const every = pairs.map((_, i) => i);
    model.offsets = heldOutOffsets(pairs, examples, every, (t) => trainModel(t, { ...options, seed }), seed);
    console.log(`offsets ${JSON.stringify(model.offsets)} (${elapsed()})`);
  }
  const fingerprint = featureFingerprint({ hashBits: TRAINING.hashBits, ...options.features });
  const stored = storeModel(
    model,
    {
      data: [
        'emergent/train.csv',
        'fnc1/train_stances.csv + train_bodies.csv',
        ...(TRAINING.withDev ? ['test/fixtures/stance/dev.jsonl'] : []),
      ],
      pairs: pairs.length,
      seed,
      ...TRAINING,
    },
    fingerprint,
  );
  const out = resolve(root, values.out);
  writeFileSync(out, `${JSON.stringify(stored)}\n`);
  console.log(`wrote ${out} (${elapsed()})`);
}
