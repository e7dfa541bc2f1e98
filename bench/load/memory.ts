/**
 * Peak resident memory while something runs: sampled every few milliseconds (process.memoryUsage.rss() is cheap),
 * because the kernel's own peak (resourceUsage().maxRSS) also counts everything that ran before.
 */
export async function withPeakRss<T>(fn: () => Promise<T>, everyMs = 20): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** The process's peak resident memory so far, in MB (Linux reports maxRSS in kilobytes). */
export function processPeakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
