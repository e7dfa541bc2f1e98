import type { AlertDecision } from '../core/types.js';
import type { Route } from '../store/store.js';
import { platforms, type PlatformsConfig } from './platforms/index.js';

/** The tokens and channels routing reads (the app's `Config` satisfies it). */
export type RoutingConfig = PlatformsConfig;

/** The console sees everything, on the one channel it has. */
export const CONSOLE_ROUTE: Route = { sink: 'console', channel: 'console' };

/**
 * Where an alert goes, on every platform that is on. Denials and contradictions go to the desk (the alert channel);
 * new-claim candidates go to the review channel, or the desk when no review channel is set.
 */
export function routesFor(alert: AlertDecision, config: RoutingConfig): Route[] {
  const review = alert.kind === 'new-claim';
  return platforms().flatMap((p) => {
    const ch = p.channels(config);
    return ch ? [{ sink: p.name, channel: (review ? ch.review : undefined) ?? ch.alert }] : [];
  });
}

/** Where the weekly digest goes: the digest channel, else the desk. */
export function digestRoutes(config: RoutingConfig): Route[] {
  return platforms().flatMap((p) => {
    const ch = p.channels(config);
    return ch ? [{ sink: p.name, channel: ch.digest ?? ch.alert }] : [];
  });
}
