import { execFile } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFeed, startFeedServer, type FeedServer } from '../ingest/support/feed-server.js';

const run = promisify(execFile);
const bin = new URL('../../bin/claimwatch.js', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;

/** Run the real CLI (compiled by `npm run build`, which `npm test` runs first). */
async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const r = await run(process.execPath, [bin, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
      timeout: 60_000,
    });
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
    const r = await cli(['analyze', '--json', 'seeds/002_c7e5a5608252c737.txt', 'seeds/004_a728d8f1974b9c09.txt'], {
      DATABASE_URL: `file:${join(mkdtempSync(join(tmpdir(), 'cw-')), 'none.db')}`,
    });
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const rep of lines) {
      expect(rep).toMatchObject({ relevant: true, story: 's400-turkey', language: 'en', alerts: [] });
      expect(rep.findings.length).toBeGreaterThan(0);
    }
    expect(lines[1].values.map((v: { attribute: string }) => v.attribute)).toContain('quantity');
  });

  it('judges stance from the command line and scores a labelled file', async () => {
    const s = await cli([
      'stance',
      '--claim',
      'The minister resigned.',
      '--text',
      'The minister denied reports that she had resigned.',
    ]);
    expect(s.stdout.trim()).toBe('denies');
    const dir = mkdtempSync(join(tmpdir(), 'cw-'));
    const file = join(dir, 'set.jsonl');
    writeFileSync(
      file,
      [
        {
          claim: 'The bridge reopened on Monday.',
          text: 'The bridge reopened to traffic on Monday morning.',
          label: 'supports',
        },
        { claim: 'The bridge reopened on Monday.', text: 'A new bakery opened in the old town.', label: 'unrelated' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n'),
    );
    const e = await cli(['eval', file]);
    expect(e.code).toBe(0);
    expect(e.stdout.trim().split('\n').pop()).toMatch(/^macro_f1=\d\.\d{3} accuracy=\d\.\d{3} n=2$/);
  });

  it('stops on a broken claim-set file with the file, the claim and the field named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-'));
    const file = join(dir, 'bad.claims.yaml');
    writeFileSync(
      file,
      'story: {id: demo, title: Demo}\nentities: [{id: x, aliases: {en: [X]}}]\nrelevance: {all: [x]}\n' +
        'claims:\n  - id: the-claim\n    text: Something.\n    terms: [thing]\n    positions:\n' +
        '      - {actor: nobody, stance: maybe, source: {outlet: O, where: w}, evidence: e}\n',
    );
    const r = await cli(['claims'], { CLAIMS_FILE: file });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.claims.yaml');
    expect(r.stderr).toContain('the-claim');
    expect(r.stderr).toContain('stance');
  });
});

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('managing feeds from the command line', () => {
  let outlet: FeedServer;
  beforeEach(async () => {
    outlet = await startFeedServer({
      '/atom.xml': serveFeed(readFileSync(new URL('../fixtures/feeds/atom.xml', import.meta.url), 'utf8'), {
        contentType: 'application/atom+xml',
      }),
      '/notes.txt': serveFeed('Just some notes, not a feed.', { contentType: 'text/plain' }),
    });
  });
  afterEach(async () => {
    await outlet.close();
  });
  const fresh = () => ({
    DATABASE_URL: `file:${join(mkdtempSync(join(tmpdir(), 'cw-')), 'feeds.db')}`,
    FEEDS_ALLOW_HOSTS: '127.0.0.1',
  });

  it('adds, lists, exports as OPML and removes a feed, refusing private addresses by default', async () => {
    const env = fresh();
    const refused = await cli(['feeds', 'add', outlet.url('/atom.xml')], { DATABASE_URL: env.DATABASE_URL });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/private|loopback|not allowed|non-public/i);
    const added = await cli(['feeds', 'add', outlet.url('/atom.xml')], env);
    expect(added.code).toBe(0);
    expect((await cli(['feeds', 'list'], env)).stdout).toContain(outlet.url('/atom.xml'));
    expect((await cli(['feeds', 'export'], env)).stdout).toMatch(
      /<opml[\s\S]*xmlUrl="http:\/\/127\.0\.0\.1:\d+\/atom\.xml"/,
    );
    expect((await cli(['feeds', 'remove', outlet.url('/atom.xml')], env)).code).toBe(0);
    expect((await cli(['feeds', 'list'], env)).stdout).toContain('no feeds yet');
  });

  it('fetches and parses a feed before adding it, and says its backlog is read quietly on the next run', async () => {
    const r = await cli(['feeds', 'add', outlet.url('/atom.xml')], fresh());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^added http:\/\/127\.0\.0\.1:\d+\/atom\.xml \(\d+ items?, “.+”\)\n/);
    expect(r.stdout).toContain('its backlog is read quietly on the next run (stored, no alerts)');
  });

  it('refuses a missing page, a text file and a closed port, and keeps none of them', async () => {
    const env = fresh();
    const missing = await cli(['feeds', 'add', outlet.url('/gone.xml')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^claimwatch: not added: .*404/);
    const text = await cli(['feeds', 'add', outlet.url('/notes.txt')], env);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^claimwatch: not added: /);
    const closed = await cli(['feeds', 'add', `http://127.0.0.1:${await closedPort()}/feed.xml`], env);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/^claimwatch: not added: /);
    expect((await cli(['feeds', 'list'], env)).stdout).toContain('no feeds yet');
  });

  it('refuses a feed it already reads', async () => {
    const env = fresh();
    expect((await cli(['feeds', 'add', outlet.url('/atom.xml')], env)).code).toBe(0);
    const again = await cli(['feeds', 'add', outlet.url('/atom.xml')], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`already reading ${outlet.url('/atom.xml')}`);
  });

  it('adds without fetching with --no-check, still within the address rules', async () => {
    const env = fresh();
    const r = await cli(['feeds', 'add', '--no-check', 'http://127.0.0.1:9/feed.xml'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(not checked, --no-check)');
    const outside = await cli(['feeds', 'add', '--no-check', 'http://169.254.169.254/latest/meta-data'], env);
    expect(outside.code).toBe(1);
  });
});
