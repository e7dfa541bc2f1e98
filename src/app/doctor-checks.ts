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

const MARK: Record<Check['status'], string> = { ok: 'ok  ', fail: 'FAIL', off: 'off ' };

/** "FAIL slack channel C0DESK: channel_not_found → fix: use the channel id …" on one line. */
export function formatCheck(c: Check): string {
  return `${MARK[c.status]} ${c.name}: ${c.detail}${c.status === 'fail' && c.fix ? ` → fix: ${c.fix}` : ''}`;
}
