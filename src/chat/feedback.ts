import type { Logger } from 'pino';
import { alertsOf, VERDICTS, type AlertFeedback, type Store, type Verdict } from '../store/store.js';

/**
 * The buttons under every alert on Slack and Discord: "Confirm", "False alarm", "Wrong speaker". A press names the
 * outbox message it sits on; its verdict is recorded against every event that message carries, with who pressed it
 * and when. Only the editors configured for the platform may press them; anyone else gets a polite private answer.
 * The platforms verify the request (Slack signing secret, Discord Ed25519) before it reaches this module.
 */

export const FEEDBACK_BUTTONS: ReadonlyArray<{ verdict: Verdict; label: string }> = [
  { verdict: 'confirm', label: 'Confirm' },
  { verdict: 'false-alarm', label: 'False alarm' },
  { verdict: 'wrong-speaker', label: 'Wrong speaker' },
];

const PREFIX = 'claimwatch:feedback:';

/** What a button carries (Discord `custom_id`, at most 100 characters; Slack button `value`). */
export function feedbackRef(verdict: Verdict, outboxId: number): string {
  return `${PREFIX}${verdict}:${outboxId}`;
}

export function parseFeedbackRef(ref: string): { verdict: Verdict; outboxId: number } | null {
  if (!ref.startsWith(PREFIX)) return null;
  const [verdict, id] = ref.slice(PREFIX.length).split(':');
  const outboxId = Number(id);
  if (!VERDICTS.includes(verdict as Verdict) || !Number.isSafeInteger(outboxId) || outboxId <= 0) return null;
  return { verdict: verdict as Verdict, outboxId };
}

export const isFeedbackRef = (ref: string): boolean => ref.startsWith(PREFIX);

export interface FeedbackDeps {
  store: Store;
  /** Editor user ids per platform name, and the key each is configured with (from the platform registry). */
  editors: Readonly<Record<string, readonly string[]>>;
  editorKeys?: Readonly<Record<string, string>>;
  log: Logger;
  now?: () => Date;
  /** Called once per recorded press (the `/metrics` counter). */
  counted?: (verdict: Verdict, platform: string) => void;
}

export interface Press {
  platform: string;
  userId: string;
  ref: string;
}

const LABEL = Object.fromEntries(FEEDBACK_BUTTONS.map((b) => [b.verdict, b.label])) as Record<Verdict, string>;

/** Record one press; resolves with the private answer for the person who pressed. */
export async function pressFeedback(deps: FeedbackDeps, press: Press): Promise<{ recorded: boolean; text: string }> {
  const parsed = parseFeedbackRef(press.ref);
  if (!parsed) return { recorded: false, text: 'That button is not one of claimwatch’s.' };
  if (!(deps.editors[press.platform] ?? []).includes(press.userId))
    return {
      recorded: false,
      text:
        'Thanks for looking — only the desk’s editors can mark alerts, so nothing was recorded. ' +
        `An admin can add you to ${deps.editorKeys?.[press.platform] ?? 'the list of editors'}.`,
    };
  const entry = await deps.store.outboxEntry(parsed.outboxId);
  if (!entry || entry.payload.type !== 'alert')
    return { recorded: false, text: 'That alert is no longer on record, so nothing was recorded.' };
  const at = (deps.now?.() ?? new Date()).toISOString();
  const alerts = alertsOf(entry.payload);
  await deps.store.recordFeedback(
    alerts.map((a) => ({
      eventKey: a.eventKey,
      claim: a.claim,
      verdict: parsed.verdict,
      platform: press.platform,
      userId: press.userId,
      at,
    })),
  );
  deps.counted?.(parsed.verdict, press.platform);
  deps.log.info({ verdict: parsed.verdict, user: press.userId, events: alerts.length }, 'alert feedback recorded');
  const claims = [...new Set(alerts.map((a) => a.claim).filter(Boolean))];
  const lookUp = claims.length ? ` It shows under ${claims.map((c) => `claim ${c}`).join(', ')}.` : '';
  return { recorded: true, text: `Recorded “${LABEL[parsed.verdict]}” for this alert, by you.${lookUp}` };
}

/** How many of each verdict: { confirm: 2, 'false-alarm': 1, 'wrong-speaker': 0 }. */
export function tallyVerdicts(rows: ReadonlyArray<{ verdict: Verdict }>): Record<Verdict, number> {
  const tally = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of rows) tally[r.verdict] = (tally[r.verdict] ?? 0) + 1;
  return tally;
}

/** "Confirm 2 · False alarm 1 · Wrong speaker 0". */
export function tallyLine(tally: Record<Verdict, number>): string {
  return FEEDBACK_BUTTONS.map((b) => `${b.label} ${tally[b.verdict]}`).join(' · ');
}

/** The verdicts on one claim's alerts, for `/claimwatch claim <id>`: who pressed what, and when (UTC). */
export function verdictLines(rows: readonly AlertFeedback[]): string[] {
  const platform = { slack: 'Slack', discord: 'Discord' } as Record<string, string>;
  return [
    tallyLine(tallyVerdicts(rows)),
    ...rows.map(
      (r) =>
        `${r.at.slice(0, 16).replace('T', ' ')} UTC · ${LABEL[r.verdict]} by ${r.userId} on ` +
        `${platform[r.platform] ?? r.platform} · ${r.eventKey}`,
    ),
  ];
}
