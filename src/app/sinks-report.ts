import type { Config } from './config.js';

type SinkKeys = Pick<
  Config,
  | 'SLACK_BOT_TOKEN'
  | 'SLACK_ALERT_CHANNEL'
  | 'SLACK_APP_TOKEN'
  | 'DISCORD_TOKEN'
  | 'DISCORD_ALERT_CHANNEL'
  | 'DISCORD_MODE'
  | 'DRY_RUN'
>;

export interface SinkState {
  sink: 'console' | 'slack' | 'discord';
  on: boolean;
  /** Why it is on (where alerts go) or off (which key is missing). */
  why: string;
  /** Off although some of its keys are set: probably a mistake worth a warning. */
  suspicious?: boolean;
}

/**
 * Which sinks the configuration switches on, and why each other one is off, in words an operator can act on.
 * Posting needs only the bot token and the alert channel (the config refuses a token without a channel).
 */
export function sinkStates(cfg: SinkKeys): SinkState[] {
  const dry = cfg.DRY_RUN ? ' (DRY_RUN: logs what it would post)' : '';
  const slack: SinkState = cfg.SLACK_BOT_TOKEN
    ? { sink: 'slack', on: true, why: `alerts to ${cfg.SLACK_ALERT_CHANNEL}${dry}` }
    : {
        sink: 'slack',
        on: false,
        why: 'SLACK_BOT_TOKEN is not set',
        ...(cfg.SLACK_ALERT_CHANNEL || cfg.SLACK_APP_TOKEN ? { suspicious: true } : {}),
      };
  const discord: SinkState = cfg.DISCORD_TOKEN
    ? { sink: 'discord', on: true, why: `alerts to ${cfg.DISCORD_ALERT_CHANNEL}${dry}` }
    : {
        sink: 'discord',
        on: false,
        why: `DISCORD_TOKEN is not set${cfg.DISCORD_MODE === 'http' ? ' (interactions are still served over HTTP, but nothing is posted)' : ''}`,
        ...(cfg.DISCORD_ALERT_CHANNEL ? { suspicious: true } : {}),
      };
  return [{ sink: 'console', on: true, why: 'always' }, slack, discord];
}

/** "sinks: console on (always); slack on (alerts to C0DESK); discord off (DISCORD_TOKEN is not set)" */
export function describeSinks(states: readonly SinkState[]): string {
  return `sinks: ${states.map((s) => `${s.sink} ${s.on ? 'on' : 'off'} (${s.why})`).join('; ')}`;
}
