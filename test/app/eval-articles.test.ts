import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

const root = new URL('../..', import.meta.url).pathname;
const fixture = (name: string) => join(root, 'test/fixtures/articles', name);

/** A tiny labelled corpus in the devset's format, made from this project's own fictional S-400 articles. */
function corpus(expectExtraAlert: boolean): { dir: string; claims: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cw-evalart-'));
  copyFileSync(fixture('en-adviser-denies-return.txt'), join(dir, '001.txt'));
  copyFileSync(fixture('en-turkey-f35-nearmiss.txt'), join(dir, '002.txt'));
  const labels = [
    {
      file: '001.txt',
      lang: 'en',
      date: '2025-03-04',
      role: 'follow-up',
      on_story: true,
      outlet: 'Fictional Wire',
      positions: [{ actor: 'Selim Karahan', stance: 'denies', proposition: 'Turkey wants to send the S-400s back' }],
      values: [],
      expected_alerts: [
        { kind: 'denial', actor: 'Selim Karahan', proposition_or_attribute: 'Turkey wants to send the S-400s back' },
      ],
    },
    {
      file: '002.txt',
      lang: 'en',
      date: '2025-03-05',
      role: 'negative',
      on_story: false,
      outlet: 'Fictional Wire',
      positions: [],
      values: [],
      expected_alerts: expectExtraAlert
        ? [{ kind: 'contradiction', actor: 'Fictional Wire', proposition_or_attribute: 'S-400 quantity' }]
        : [],
    },
  ];
  writeFileSync(join(dir, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n'));
  const claimsDir = mkdtempSync(join(tmpdir(), 'cw-evalart-claims-'));
  copyFileSync(join(root, 'seeds/s400-turkey.claims.yaml'), join(claimsDir, 'claims.yaml'));
  writeFileSync(
    join(claimsDir, 'labels-map.yaml'),
    [
      'propositions:',
      '  "Turkey wants to send the S-400s back": turkey-seeks-return',
      'values:',
      '  "S-400 quantity": s400-quantity',
    ].join('\n'),
  );
  return { dir, claims: join(claimsDir, 'claims.yaml') };
}

async function evalArticles(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['eval-articles', ...args], {
    out: (s) => (out += s),
    err: (s) => (err += s),
    env: { LOG_LEVEL: 'silent' },
    stdin: new PassThrough(),
  });
  return { code, out, err, last: out.trim().split('\n').pop() ?? '' };
}

describe('claimwatch eval-articles', () => {
  it('scores a labelled corpus through the bot and ends with one machine-readable line', async () => {
    const { dir, claims } = corpus(false);
    const r = await evalArticles([dir, '--claims', claims]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('denials by actor');
    expect(r.last).toBe(
      'relevance_accuracy=1.000 denial_precision=1.000 denial_recall=1.000 alert_precision=1.000 ' +
        'alert_recall=1.000 value_recall=1.000 seed_alerts=0 n=2',
    );
  });

  it('counts an expected alert the engine did not raise against recall, and names it with --details', async () => {
    const { dir, claims } = corpus(true);
    const r = await evalArticles([dir, '--claims', claims, '--details']);
    expect(r.last).toContain('alert_recall=0.500');
    expect(r.last).toContain('alert_precision=1.000');
    expect(r.out).toMatch(/002\.txt \[en\] missed contradiction alert: Fictional Wire on S-400 quantity/);
  });

  it('refuses a directory without labels with a clear message', async () => {
    const r = await evalArticles([mkdtempSync(join(tmpdir(), 'cw-empty-'))]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/has no labels\.jsonl/);
  });
});
