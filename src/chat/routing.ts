import type { AlertDecision } from '../core/types.js';
import type { Route } from '../store/store.js';

/** The tokens and channels routing reads (the app's `Config` satisfies it). */
export interface RoutingConfig {
  SLACK_BOT_TOKEN?: string | undefined;
  SLACK_ALERT_CHANNEL?: string | undefined;
  SLACK_REVIEW_CHANNEL?: string | undefined;
  SLACK_DIGEST_CHANNEL?: string | undefined;
  DISCORD_TOKEN?: string | undefined;
  DISCORD_ALERT_CHANNEL?: string | undefined;
  DISCORD_REVIEW_CHANNEL?: string | undefined;
  DISCORD_DIGEST_CHANNEL?: string | undefined;
}

/** The console sees everything, on the one channel it has. */
export const CONSOLE_ROUTE: Route = { sink: 'console', channel: 'console' };

/**
 * Where an alert goes. Denials and contradictions go to the desk (the alert channel); new-claim
 * candidates go to the review channel, or the desk when no review channel is set. A platform
 * without its bot token or channel gets nothing.
 */
export function routesFor(alert: AlertDecision, config: RoutingConfig): Route[] {
  const review = alert.kind === 'new-claim';
  const routes: Route[] = [CONSOLE_ROUTE];
  const slack = review ? (config.SLACK_REVIEW_CHANNEL ?? config.SLACK_ALERT_CHANNEL) : config.SLACK_ALERT_CHANNEL;
  if (config.SLACK_BOT_TOKEN && slack) routes.push({ sink: 'slack', channel: slack });
  const discord = review
    ? (config.DISCORD_REVIEW_CHANNEL ?? config.DISCORD_ALERT_CHANNEL)
    : config.DISCORD_ALERT_CHANNEL;
  if (config.DISCORD_TOKEN && discord) routes.push({ sink: 'discord', channel: discord });
  return routes;
}

/** Where the weekly digest goes: the digest channel, else the desk. */
export function digestRoutes(config: RoutingConfig): Route[] {
  const routes: Route[] = [CONSOLE_ROUTE];
  const slack = config.SLACK_DIGEST_CHANNEL ?? config.SLACK_ALERT_CHANNEL;
  if (config.SLACK_BOT_TOKEN && slack) routes.push({ sink: 'slack', channel: slack });
  const discord = config.DISCORD_DIGEST_CHANNEL ?? config.DISCORD_ALERT_CHANNEL;
  if (config.DISCORD_TOKEN && discord) routes.push({ sink: 'discord', channel: discord });
  return routes;
}
