import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Where the CPU went while something ran, from Linux's /proc: each instance's process, the PostgreSQL server's
 * processes (when it runs on this machine), this process (the fake Slack API, the outlet and the bench itself), and
 * the whole machine, so a run that hit the machine's cores, or shared them with another job, says so.
 * Elsewhere (no /proc) every figure is null.
 */

const TICKS_PER_S = 100; // USER_HZ, 100 on every Linux the bench runs on

export interface CpuSnapshot {
  at: number;
  instances: number[];
  postgres: number;
  bench: number;
  machineBusy: number;
  machineTotal: number;
}

export interface CpuUse {
  seconds: number;
  /** CPU seconds of each instance, in the order given. */
  instances: number[];
  postgres: number;
  bench: number;
  /** Everything else that ran on the machine meanwhile (another job, the kernel). */
  others: number;
  /** Share of all cores busy, 0–100. */
  machineBusyPct: number;
  cores: number;
}

/** utime + stime (+ reaped children's when `children`) of one process, in seconds; 0 when it is gone. */
function processCpu(pid: number | string, children = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return ((f[11] ?? 0) + (f[12] ?? 0) + (children ? (f[13] ?? 0) + (f[14] ?? 0) : 0)) / TICKS_PER_S;
  } catch {
    return 0;
  }
}

/** Which pids are PostgreSQL's, by pid: /proc is listed at each snapshot, but a process's name is read once. */
const isPostgres = new Map<string, boolean>();

function postgresCpu(): number {
  let total = 0;
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const alive = new Set(pids);
  for (const pid of isPostgres.keys()) if (!alive.has(pid)) isPostgres.delete(pid);
  for (const pid of pids) {
    let known = isPostgres.get(pid);
    if (known === undefined) {
      try {
        known = readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        continue; // gone meanwhile
      }
      isPostgres.set(pid, known);
    }
    if (known) total += processCpu(pid, true);
  }
  return total;
}

export function cpuSnapshot(instancePids: readonly number[]): CpuSnapshot | null {
  if (!existsSync('/proc/stat')) return null;
  const [, ...fields] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
  const ticks = fields.map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  const self = process.cpuUsage();
  return {
    at: Date.now(),
    instances: instancePids.map((pid) => processCpu(pid)),
    postgres: postgresCpu(),
    bench: (self.user + self.system) / 1e6,
    machineBusy: (total - idle) / TICKS_PER_S,
    machineTotal: total / TICKS_PER_S,
  };
}

export function cpuBetween(a: CpuSnapshot | null, b: CpuSnapshot | null): CpuUse | null {
  if (!a || !b) return null;
  const seconds = (b.at - a.at) / 1000;
  const instances = b.instances.map((v, i) => v - (a.instances[i] ?? 0));
  const postgres = b.postgres - a.postgres;
  const bench = b.bench - a.bench;
  const busy = b.machineBusy - a.machineBusy;
  const total = b.machineTotal - a.machineTotal;
  const ours = instances.reduce((x, y) => x + y, 0) + postgres + bench;
  return {
    seconds,
    instances,
    postgres,
    bench,
    others: Math.max(0, busy - ours),
    machineBusyPct: total > 0 ? (100 * busy) / total : 0,
    cores: seconds > 0 ? total / seconds : 0,
  };
}
