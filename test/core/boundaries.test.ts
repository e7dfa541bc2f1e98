import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDir = new URL('../../src/core', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the pure engine', () => {
  it('imports no SDK, database, network, file system or clock', () => {
    const modules = [
      String.raw`node:(fs|net|http|https|child_process|dns|os|module)`,
      'fs',
      'pg',
      'better-sqlite3',
      String.raw`discord\.js`,
      String.raw`@discordjs\/rest`,
      String.raw`@slack\/[^']+`,
      'node-cron',
      'pino',
      'undici',
      'rss-parser',
    ];
    const forbidden = new RegExp(`from '(${modules.join('|')})'`);
    const offenders = files(coreDir).filter((f) => {
      const src = readFileSync(f, 'utf8');
      return forbidden.test(src) || /\bfetch\(|Date\.now\(|new Date\(\)|process\.env/.test(src);
    });
    expect(offenders).toEqual([]);
  });

  it('knows no story: no S-400 words in its code', () => {
    const storyWords = /S-?400|Peskov|Zhuravlev|Erdo[gğ]an|Ankara|Ashgabat|Sinop/i;
    const offenders = files(coreDir).filter((f) =>
      storyWords.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(offenders).toEqual([]);
  });
});
