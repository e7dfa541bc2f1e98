import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { benchBackend, benchPostgresUrl } from './load/database.js';
import { median } from './support/timing.js';
import { latencyRun, type LatencyRun } from './load/latency-run.js';
import type { CpuUse } from './load/cpu.js';

/**
 * Feed item published → alert received by the fake Slack API (issue 6): median and worst latency over a steady
 * trickle, and alerts per minute over a burst, with one instance and with two. PostgreSQL when TEST_DATABASE_URL,
 * CHAOS_DATABASE_URL or BENCH_DATABASE_URL names a server, else a shared SQLite file (said in the output).
 * Runs the built CLI (`npm run build`) with POLL_CRON every 2 s. Prints figures, and where the CPU went during the
 * burst (each instance, PostgreSQL, the fakes, other processes): on a small machine the cores are the ceiling, and
 * another job running meanwhile skews a run. Never fails.
 */

export interface LatencyBenchOptions {
  instances?: number[];
  feeds?: number;
  steadyItems?: number;
  steadyEveryMs?: number;
  burst?: number;
  log?: (line: string) => void;
}

export interface LatencyFigures {
  instances: number;
  medianS: number;
  worstS: number;
  /** Sustained: alerts after the burst's first, per minute, from its first alert to its last. */
  alertsPerMin: number;
  /** From publishing the burst to its last alert, so with the wait for the next poll tick (0–2 s) in it. */
  burstAlertsPerMin: number;
  /**
   * CPU of the instances, PostgreSQL (when local) and the fakes over the whole burst, per alert; null without
   * /proc.
   */
  cpuMsPerAlert: number | null;
}

function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}

function cpuSplit(cpu: CpuUse): string {
  return (
    `${cpu.instances.map((c, i) => `instance ${i + 1} ${c.toFixed(1)} s`).join(', ')}, ` +
    `PostgreSQL ${cpu.postgres.toFixed(1)} s, ` +
    `fakes and bench ${cpu.bench.toFixed(1)} s, other processes ${cpu.others.toFixed(1)} s`
  );
}

export async function runLatencyBench(o: LatencyBenchOptions = {}): Promise<LatencyFigures[]> {
  const log = o.log ?? console.log;
  const postgresUrl = benchPostgresUrl();
  const opts = {
    feeds: o.feeds ?? 8,
    steadyItems: o.steadyItems ?? 40,
    steadyEveryMs: o.steadyEveryMs ?? 500,
    burst: o.burst ?? 800,
  };
  log(
    `latency: ${benchBackend(postgresUrl)}; ` +
      `${opts.feeds} local feeds, POLL_CRON every 2 s, fake Slack API; ` +
      `steady: ${opts.steadyItems} articles one every ${opts.steadyEveryMs} ms; ` +
      `burst: ${opts.burst} articles at once; every article raises one alert. ` +
      'Throughput is the sustained rate, first alert of ' +
      `the burst to its last; "from publishing" adds the wait for the next poll tick and the first batch`,
  );
  const out: LatencyFigures[] = [];
  for (const instances of o.instances ?? [1, 2]) {
    const run: LatencyRun = await latencyRun({ instances, postgresUrl, ...opts });
    const sustainedS = run.burstS - run.burstFirstS;
    const total = run.burstCpuTotal;
    const ours = total ? total.instances.reduce((a, b) => a + b, 0) + total.postgres + total.bench : null;
    const figures: LatencyFigures = {
      instances,
      medianS: median(run.latenciesS),
      worstS: Math.max(...run.latenciesS),
      alertsPerMin: sustainedS > 0 ? ((run.burstAlerts - 1) / sustainedS) * 60 : NaN,
      burstAlertsPerMin: (run.burstAlerts / run.burstS) * 60,
      cpuMsPerAlert: ours === null ? null : (1000 * ours) / run.burstAlerts,
    };
    out.push(figures);
    log(
      `${instances} instance${instances > 1 ? 's' : ''} (${run.backend}): ` +
        `steady latency median ${figures.medianS.toFixed(2)} s, ` +
        `p90 ${percentile(run.latenciesS, 0.9).toFixed(2)} s, ` +
        `worst ${figures.worstS.toFixed(2)} s over ${run.latenciesS.length} alerts`,
    );
    log(
      `  burst: ${run.burstAlerts} alerts, the first ${run.burstFirstS.toFixed(1)} s after publishing, ` +
        `the last ${run.burstS.toFixed(1)} s: ` +
        `${figures.alertsPerMin.toFixed(0)} alerts/min sustained (first to last alert), ` +
        `${figures.burstAlertsPerMin.toFixed(0)} alerts/min from publishing`,
    );
    const cpu = run.burstCpu;
    if (cpu) {
      log(
        `  CPU from the first alert to the last (${cpu.seconds.toFixed(1)} s): ${cpuSplit(cpu)}; ` +
          `machine ${cpu.machineBusyPct.toFixed(0)}% busy of ${cpu.cores.toFixed(0)} cores` +
          (cpu.others > 0.1 * cpu.seconds * cpu.cores ? ' (another job shared the machine: repeat this run)' : ''),
      );
    }
    if (total && figures.cpuMsPerAlert !== null) {
      const perAlert = (cpuS: number) => ((1000 * cpuS) / run.burstAlerts).toFixed(1);
      log(
        `  CPU over the whole burst (${total.seconds.toFixed(1)} s): ${cpuSplit(total)}; ` +
          `${figures.cpuMsPerAlert.toFixed(1)} ms per alert ` +
          `(instances ${perAlert(total.instances.reduce((a, b) => a + b, 0))}, PostgreSQL ` +
          `${perAlert(total.postgres)}, fakes and bench ${perAlert(total.bench)})`,
      );
    }
    log(
      `latency_median_s_${instances}=${figures.medianS.toFixed(2)} ` +
        `latency_worst_s_${instances}=${figures.worstS.toFixed(2)} ` +
        `throughput_alerts_per_min_${instances}=${figures.alertsPerMin.toFixed(0)} ` +
        `burst_alerts_per_min_${instances}=${figures.burstAlertsPerMin.toFixed(0)}` +
        (cpu
          ? ` burst_machine_busy_pct_${instances}=${cpu.machineBusyPct.toFixed(0)}` +
            ` burst_other_cpu_s_${instances}=${cpu.others.toFixed(1)}`
          : '') +
        (figures.cpuMsPerAlert !== null
          ? ` burst_cpu_ms_per_alert_${instances}=${figures.cpuMsPerAlert.toFixed(1)}`
          : ''),
    );
  }
  const [one, two] = [out.find((f) => f.instances === 1), out.find((f) => f.instances === 2)];
  if (one && two) {
    log(
      'two instances vs one: throughput_scaling on the sustained rates, burst_scaling on the rates from publishing',
    );
    log(
      `throughput_scaling_2_vs_1=${(two.alertsPerMin / one.alertsPerMin).toFixed(2)} ` +
        `burst_scaling_2_vs_1=${(two.burstAlertsPerMin / one.burstAlertsPerMin).toFixed(2)}`,
    );
  }
  return out;
}

// Run on its own: `node --import tsx bench/latency.ts [--instances 1,2] [--burst 800] [--steady 40]`
// (steady + burst at most 900 articles).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { instances: { type: 'string' }, burst: { type: 'string' }, steady: { type: 'string' } },
  });
  await runLatencyBench({
    ...(values.instances ? { instances: values.instances.split(',').map(Number) } : {}),
    ...(values.burst ? { burst: Number(values.burst) } : {}),
    ...(values.steady ? { steadyItems: Number(values.steady) } : {}),
  });
}
