import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStanceJudge, MODEL_FILE } from '../../src/app/stance-judge.js';
import { loadClaimSet } from '../../src/app/claimset.js';
import { readArticleFile } from '../../src/app/cli/input.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory } from '../../src/core/types.js';
import { PassThrough } from 'node:stream';
import { learnedJudge } from '../../src/core/stance/learned/judge.js';
import { loadModel } from '../../src/core/stance/learned/model.js';
import { denseNames } from '../../src/core/stance/learned/features.js';
import { featureFingerprint } from '../../src/core/stance/learned/fingerprint.js';
import { ruleJudge } from '../../src/core/stance/stance-judge.js';

const dir = mkdtempSync(join(tmpdir(), 'cw-model-'));

describe('the learned stance judge', () => {
  it('loads the committed weights once and judges offline, the same way every time', () => {
    const judge = loadStanceJudge('learned');
    expect(loadStanceJudge('learned')).toBe(judge);
    const claim = 'The ministry has banned night flights at Norvik airport.';
    const text =
      'The ministry denied reports that night flights at Norvik airport would be banned, calling them unfounded.';
    expect(judge.classify(claim, text)).toEqual(judge.classify(claim, text));
  });

  it('was trained on the features this code computes (retrain after changing them)', () => {
    const stored = JSON.parse(readFileSync(MODEL_FILE, 'utf8'));
    const now = featureFingerprint({ hashBits: stored.hashBits, ...stored.features });
    expect(stored.fingerprint, 'models/stance.json is stale: run npm run train:stance').toBe(now);
  });

  it('reads a Russian or Turkish text against an English claim through its cue classes', () => {
    const judge = loadStanceJudge('learned');
    const claim = 'The Valmora port will close in May.';
    const ru = 'Власти опровергли сообщения о закрытии порта Вальмора в мае, назвав их ложью.';
    const tr = 'Yetkililer, Valmora limanının mayısta kapanacağı iddialarını yalanladı.';
    expect(judge.classify(claim, ru, 'ru').label).toBe('denies');
    expect(judge.classify(claim, tr, 'tr').label).toBe('denies');
    expect(judge.classify(claim, 'В Вальморе открылся новый театр.', 'ru').label).toBe('unrelated');
    const next = 'The Valmora port will close next month.';
    expect(judge.classify(next, 'Valmora limanı gelecek ay kapanacak.', 'tr').label).toBe('supports');
    const rumour = 'По слухам, порт Вальмора может закрыться в следующем месяце.';
    expect(judge.classify(next, rumour, 'ru').label).toBe('reports');
  });

  it('keeps the weights file compact', () => {
    expect(readFileSync(MODEL_FILE).length).toBeLessThan(2_000_000);
  });

  it('says which file is missing and how to make it', () => {
    expect(() => loadStanceJudge('learned', join(dir, 'nowhere.json'))).toThrow(
      /cannot read the learned stance model .*nowhere\.json/,
    );
    try {
      loadStanceJudge('learned', join(dir, 'nowhere.json'));
    } catch (err) {
      expect((err as { remedy?: string }).remedy).toMatch(/npm run train:stance.*STANCE_JUDGE=rules/);
    }
  });

  it('refuses weights made for other features instead of judging with them', () => {
    const stored = JSON.parse(readFileSync(MODEL_FILE, 'utf8'));
    stored.denseNames[0] = 'a.feature.this.code.does.not.compute';
    const file = join(dir, 'stale.json');
    writeFileSync(file, JSON.stringify(stored));
    expect(() => loadStanceJudge('learned', file)).toThrow(/retrain with npm run train:stance/);
  });

  it('refuses a file that is not a stance model, naming the field', () => {
    const file = join(dir, 'other.json');
    writeFileSync(file, JSON.stringify({ format: 'claimwatch-stance/1', labels: ['supports', 'denies'] }));
    expect(() => loadStanceJudge('learned', file)).toThrow(/is not a stance model: denseNames/);
  });

  it("leaves an article's statements to the rules unless told how sure it must be to overrule them", () => {
    const q = {
      text: 'The ministry denied that Norvik airport would close',
      sentence: 'The ministry denied that Norvik airport would close, a spokesman said.',
      language: 'en',
      claimStems: new Set(['norvi', 'airpo', 'clos']),
      claimNegative: false,
      termOffsets: [25, 32, 46],
      claimText: 'Norvik airport will close.',
    };
    const model = loadModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')), denseNames(true));
    expect(learnedJudge(model).judge(q)).toEqual(ruleJudge.judge(q));
    expect(['supports', 'denies', 'reports']).toContain(learnedJudge(model, { overruleAt: 0 }).judge(q).stance);
  });

  it("judges the bot's statements too: every finding supports, denies or reports its claim", async () => {
    const claimSet = await loadClaimSet('seeds/s400-turkey.claims.yaml');
    const article = await readArticleFile('seeds/004_a728d8f1974b9c09.txt', new PassThrough());
    const report = analyzeArticle(article, claimSet.compiled, emptyHistory(), { judge: loadStanceJudge('learned') });
    expect(report.relevant).toBe(true);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(['supports', 'denies', 'reports']).toContain(f.stance);
  });
});
