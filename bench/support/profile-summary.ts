import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, and the
 * project's own functions with the most total time (self plus callees), so a slow engine points at its
 * hot spots without opening DevTools. Usage: node --import tsx bench/support/profile-summary.ts FILE|DIR [N]
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
  /** Samples per source line (1-based), when V8 recorded them. */
  positionTicks?: Array<{ line: number; ticks: number }>;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  selfMs: number;
  totalMs: number;
  /** Line → samples inside this function (self time only). */
  lines: Map<number, number>;
}

/** The project's own code, whether run from src/ through tsx or compiled. */
const PROJECT = /(^| |\/)src\/.*\.[jt]s:/;

function label(n: ProfileNode, root: string): string {
  const { functionName, url, lineNumber } = n.callFrame;
  const file = url ? relative(root, url.replace(/^file:\/\//, '')) : '';
  // Regexes show their source as their name: cut it short.
  const name = functionName.length > 120 ? `${functionName.slice(0, 117)}...` : functionName;
  return `${name || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** Self and total time per function (by name and place), from the sample stream. */
export function hotSpots(profile: CpuProfile, root: string): HotSpot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const spots = new Map<string, HotSpot>();
  const spot = (name: string): HotSpot =>
    spots.get(name) ?? spots.set(name, { name, selfMs: 0, totalMs: 0, lines: new Map() }).get(name)!;
  for (const n of profile.nodes) {
    const s = spot(label(n, root));
    for (const t of n.positionTicks ?? []) s.lines.set(t.line, (s.lines.get(t.line) ?? 0) + t.ticks);
  }
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time since the previous sample: charge it to this sample's stack.
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (!leaf) return;
    spot(label(leaf, root)).selfMs += ms;
    const seen = new Set<string>(); // recursion: count a function once per sample
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const name = label(n, root);
      if (seen.has(name)) continue;
      seen.add(name);
      spot(name).totalMs += ms;
    }
  });
  return [...spots.values()];
}

function newestProfile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(path, f));
  if (!files.length) throw new Error(`no .cpuprofile in ${path}`);
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
}

export function printHotSpots(path: string, top = 25, root = process.cwd()): void {
  const file = newestProfile(path);
  const spots = hotSpots(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, root);
  const all = spots.reduce((n, s) => n + s.selfMs, 0);
  const pct = (ms: number) => ((100 * ms) / all).toFixed(1).padStart(5);
  const ms = (n: number) => n.toFixed(0).padStart(8);
  const row = (s: HotSpot) => `${ms(s.selfMs)} ${pct(s.selfMs)}% ${ms(s.totalMs)} ${pct(s.totalMs)}%  ${s.name}`;
  console.log(`${file}: ${all.toFixed(0)} ms sampled`);
  console.log(`\nby self time\n  self ms  self%  total ms total%  function`);
  const bySelf = [...spots].sort((a, b) => b.selfMs - a.selfMs);
  for (const s of bySelf.slice(0, top)) console.log(row(s));
  console.log('\nhot lines (samples) in the top project functions');
  // Under tsx every module is one line, so lines only mean something for compiled JS (see bench/README.md).
  for (const s of bySelf.filter((x) => PROJECT.test(x.name) && [...x.lines.keys()].some((l) => l > 1)).slice(0, 5)) {
    const lines = [...s.lines]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([l, t]) => `${l}:${t}`);
    console.log(`  ${s.name}  ${lines.join('  ')}`);
  }
  console.log(`\nproject functions (src/) by total time\n  self ms  self%  total ms total%  function`);
  for (const s of spots
    .filter((x) => PROJECT.test(x.name))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top))
    console.log(row(s));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [path, top] = process.argv.slice(2);
  if (!path) {
    console.error('usage: profile-summary FILE.cpuprofile|DIR [TOP]');
    process.exit(2);
  }
  printHotSpots(path, top ? Number(top) : 25);
}
