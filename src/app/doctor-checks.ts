import type { Check } from '../chat/doctor-check.js';

export { fail, off, ok, type Check, type PlatformReport } from '../chat/doctor-check.js';

const MARK: Record<Check['status'], string> = { ok: 'ok  ', fail: 'FAIL', off: 'off ' };

/** "FAIL slack channel C0DESK: channel_not_found → fix: use the channel id …" on one line. */
export function formatCheck(c: Check): string {
  return `${MARK[c.status]} ${c.name}: ${c.detail}${c.status === 'fail' && c.fix ? ` → fix: ${c.fix}` : ''}`;
}
