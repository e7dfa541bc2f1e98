/** One line of `claimwatch doctor`: what was checked, what was found, and for a failure what to do. */
export interface Check {
  name: string;
  status: 'ok' | 'fail' | 'off';
  detail: string;
  fix?: string | undefined;
}

export const ok = (name: string, detail: string): Check => ({ name, status: 'ok', detail });
export const fail = (name: string, detail: string, fix?: string): Check => ({ name, status: 'fail', detail, fix });
export const off = (name: string, detail: string): Check => ({ name, status: 'off', detail });

/** The checks of one platform, and the start-up line when they pass ("Slack: posting to #alerts as @claimwatch"). */
export interface PlatformReport {
  checks: Check[];
  summary: string | null;
}

/** [key, channel id] for each of a platform's channel keys that is set: alert, review, digest. */
export function channelKeys(cfg: object, prefix: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const k of ['ALERT', 'REVIEW', 'DIGEST']) {
    const key = `${prefix}_${k}_CHANNEL`;
    const id = (cfg as Record<string, unknown>)[key];
    if (typeof id === 'string' && id) found.push([key, id]);
  }
  return found;
}

/** The first line of an error's message, at most 200 characters. */
export function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err)
    .split('\n')[0]!
    .slice(0, 200);
}
