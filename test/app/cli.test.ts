import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = new URL('../../bin/claimwatch.js', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;

/** Run the real CLI (compiled by `npm run build`, which `npm test` runs first). */
async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const r = await run(process.execPath, [bin, ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env }, timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the claimwatch command', () => {
  it('runs the demo once from a fresh start: alerts on the console, exit 0', async () => {
    const r = await cli(['run', '--demo', '--once']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('NEW DENIAL');
    expect(r.stdout).toContain('CONTRADICTION');
    expect(r.stdout).toContain('six S-400 batteries');
    // The syndicated copy and the repeated Kremlin line are not new alerts; the F-35 story is off-topic.
    expect(r.stdout).not.toContain('F-35 talks');
  });

  it('explains itself with --help and rejects an unknown option clearly', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('analyze');
    const bad = await cli(['analyze', '--jsn', 'seeds/004_a728d8f1974b9c09.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option '--jsn'/);
  });

  it('analyses several seed files into one JSON object per line, relevant and without alerts', async () => {
    const r = await cli(['analyze', '--json', 'seeds/002_c7e5a5608252c737.txt', 'seeds/004_a728d8f1974b9c09.txt'], { DATABASE_URL: `file:${join(mkdtempSync(join(tmpdir(), 'cw-')), 'none.db')}` });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const rep of lines) {
      expect(rep).toMatchObject({ relevant: true, story: 's400-turkey', language: 'en', alerts: [] });
      expect(rep.findings.length).toBeGreaterThan(0);
    }
    expect(lines[1].values.map((v: { attribute: string }) => v.attribute)).toContain('quantity');
  });

  it('judges stance from the command line and scores a labelled file', async () => {
    const s = await cli(['stance', '--claim', 'The minister resigned.', '--text', 'The minister denied reports that she had resigned.']);
    expect(s.stdout.trim()).toBe('denies');
    const dir = mkdtempSync(join(tmpdir(), 'cw-'));
    const file = join(dir, 'set.jsonl');
    writeFileSync(file, [
      { claim: 'The bridge reopened on Monday.', text: 'The bridge reopened to traffic on Monday morning.', label: 'supports' },
      { claim: 'The bridge reopened on Monday.', text: 'A new bakery opened in the old town.', label: 'unrelated' },
    ].map((x) => JSON.stringify(x)).join('\n'));
    const e = await cli(['eval', file]);
    expect(e.code).toBe(0);
    expect(e.stdout.trim().split('\n').pop()).toMatch(/^macro_f1=\d\.\d{3} accuracy=\d\.\d{3} n=2$/);
  });

  it('stops on a broken claim-set file with the file, the claim and the field named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-'));
    const file = join(dir, 'bad.claims.yaml');
    writeFileSync(file, `story: {id: demo, title: Demo}\nentities: [{id: x, aliases: {en: [X]}}]\nrelevance: {all: [x]}\nclaims:\n  - id: the-claim\n    text: Something.\n    terms: [thing]\n    positions:\n      - {actor: nobody, stance: maybe, source: {outlet: O, where: w}, evidence: e}\n`);
    const r = await cli(['claims'], { CLAIMS_FILE: file });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.claims.yaml');
    expect(r.stderr).toContain('the-claim');
    expect(r.stderr).toContain('stance');
  });
});

describe('managing feeds from the command line', () => {
  it('adds, lists, exports as OPML and removes a feed, refusing private addresses by default', async () => {
    const env = { DATABASE_URL: `file:${join(mkdtempSync(join(tmpdir(), 'cw-')), 'feeds.db')}` };
    const refused = await cli(['feeds', 'add', 'http://127.0.0.1:9/feed.xml'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/private|loopback|not allowed/i);
    const allowed = { ...env, FEEDS_ALLOW_HOSTS: '127.0.0.1' };
    expect((await cli(['feeds', 'add', 'http://127.0.0.1:9/feed.xml'], allowed)).stdout).toContain('added');
    expect((await cli(['feeds', 'list'], allowed)).stdout).toContain('http://127.0.0.1:9/feed.xml');
    expect((await cli(['feeds', 'export'], allowed)).stdout).toMatch(/<opml[\s\S]*xmlUrl="http:\/\/127\.0\.0\.1:9\/feed\.xml"/);
    expect((await cli(['feeds', 'remove', 'http://127.0.0.1:9/feed.xml'], allowed)).code).toBe(0);
    expect((await cli(['feeds', 'list'], allowed)).stdout).toContain('no feeds yet');
  });
});
