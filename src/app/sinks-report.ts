import { platforms, type PlatformsConfig } from '../chat/index.js';

export interface SinkState {
  /** The platform's name. */
  sink: string;
  on: boolean;
  /** Why it is on (where alerts go) or off (which key is missing). */
  why: string;
  /** Off although some of its keys are set: probably a mistake worth a warning. */
  suspicious?: boolean;
}

/**
 * Which platforms the configuration switches on, and why each other one is off, in words an operator can act on
 * (each platform says it: platforms/<name>/index.ts). Posting needs only the bot token and the alert channel.
 */
export function sinkStates(cfg: PlatformsConfig): SinkState[] {
  return platforms().map((p) => ({ sink: p.name, ...p.state(cfg) }));
}

/** "sinks: console on (always); slack on (alerts to C0DESK); discord off (DISCORD_TOKEN is not set)" */
export function describeSinks(states: readonly SinkState[]): string {
  return `sinks: ${states.map((s) => `${s.sink} ${s.on ? 'on' : 'off'} (${s.why})`).join('; ')}`;
}
