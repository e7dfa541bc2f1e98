import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './support/cli-process.js';

/** A working directory whose feed list names only a closed loopback port, so nothing leaves the machine. */
function quietWorkdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cw-proc-'));
  writeFileSync(
    join(dir, 'feeds.opml'),
    '<opml version="2.0"><body><outline type="rss" xmlUrl="http://127.0.0.1:9/feed.xml"/></body></opml>\n',
  );
  return dir;
}

describe('the bot when its port is taken', () => {
  let other: Server;
  let port: number;
  beforeEach(async () => {
    other = createServer((_req, res) => res.end('someone else'));
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    port = (other.address() as AddressInfo).port;
  });
  afterEach(async () => {
    await new Promise<void>((r) => other.close(() => r()));
  });

  it('stops with one message naming the port and the fix, not a stack trace', async () => {
    const dir = quietWorkdir();
    const r = await runCli(['run'], {
      cwd: dir,
      env: {
        LOG_LEVEL: 'silent',
        PORT: String(port),
        HOST: '127.0.0.1',
        FEEDS_FILE: join(dir, 'feeds.opml'),
        DATABASE_URL: `file:${join(dir, 'bot.db')}`,
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `claimwatch: port ${port} on 127.0.0.1 is already in use (another claimwatch, or another program)\n` +
        `  → stop the other program (ss -ltnp 'sport = :${port}' shows it) or set PORT to a free port\n`,
    );
  });
});

describe('output piped into a reader that stops early', () => {
  it('ends quietly, as `claimwatch claims | head -1` should', async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/claimwatch.js'), 'claims'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy(); // the reader is gone before the first line
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
