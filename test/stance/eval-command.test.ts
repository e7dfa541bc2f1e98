import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

/** Run the CLI in-process with its own output streams and environment. */
async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (s) => (stdout += s),
    err: (s) => (stderr += s),
    env: { LOG_LEVEL: 'silent', ...env },
    stdin: new PassThrough(),
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'cw-stance-'));
const set = join(dir, 'set.jsonl');
writeFileSync(
  set,
  [
    {
      claim: 'The harbour bridge reopened on Monday.',
      text: 'The harbour bridge reopened to traffic on Monday morning after repairs.',
      label: 'supports',
      lang: 'en',
    },
    {
      claim: 'The harbour bridge reopened on Monday.',
      text: 'City officials denied that the harbour bridge had reopened, saying repairs would take another month.',
      label: 'denies',
      lang: 'en',
    },
    {
      claim: 'The harbour bridge reopened on Monday.',
      text: 'A new bakery opened in the old town square on Saturday.',
      label: 'unrelated',
      lang: 'en',
    },
    {
      claim: 'The harbour bridge reopened on Monday.',
      text: 'Мэрия опровергла сообщения о том, что мост в гавани снова открыт.',
      label: 'denies',
      lang: 'ru',
    },
  ]
    .map((x) => JSON.stringify(x))
    .join('\n'),
);

describe('claimwatch eval', () => {
  it.each(['rules', 'learned'])(
    'scores the %s judge with precision, recall and F1 per label and a last summary line',
    async (judge) => {
      const r = await cli(['eval', set, '--judge', judge]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`judge=${judge}`);
      expect(r.stdout).toMatch(/label\s+precision\s+recall\s+f1\s+n/);
      expect(r.stdout).toMatch(/^denies\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+2$/m);
      expect(r.stdout).toMatch(/^lang ru: macro_f1=\d\.\d{3} accuracy=\d\.\d{3} n=1$/m);
      expect(r.stdout.trim().split('\n').pop()).toMatch(/^macro_f1=\d\.\d{3} accuracy=\d\.\d{3} n=4$/);
    },
  );

  it('writes one prediction per pair with --predictions', async () => {
    const out = join(dir, 'predictions.jsonl');
    const r = await cli(['eval', set, '--judge', 'learned', '--predictions', out]);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatchObject({ label: 'denies', lang: 'ru', judge: 'learned' });
    expect(['supports', 'denies', 'reports', 'unrelated']).toContain(lines[0].predicted);
    expect(lines[0].confidence).toBeGreaterThan(0);
  });

  it("uses the bot's judge from STANCE_JUDGE when --judge is not given", async () => {
    expect((await cli(['eval', set], { STANCE_JUDGE: 'rules' })).stdout).toContain('judge=rules');
    expect((await cli(['eval', set], { STANCE_JUDGE: 'learned' })).stdout).toContain('judge=learned');
  });

  it('names the judges it knows when given another', async () => {
    const r = await cli(['eval', set, '--judge', 'neural']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown judge "neural"');
    expect(r.stderr).toContain('--judge rules or --judge learned');
  });

  it('refuses a bad STANCE_JUDGE at start with the key named', async () => {
    const r = await cli(['eval', set], { STANCE_JUDGE: 'bert' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('STANCE_JUDGE');
  });
});

describe('claimwatch stance', () => {
  it('gives one label with either judge', async () => {
    for (const judge of ['rules', 'learned']) {
      const r = await cli([
        'stance',
        '--judge',
        judge,
        '--claim',
        'The harbour bridge reopened on Monday.',
        '--text',
        'A new bakery opened in the old town square on Saturday.',
      ]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe('unrelated');
    }
  });
});
