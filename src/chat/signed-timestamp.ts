/**
 * Slack and Discord both sign a timestamp with each request. A signature proves who sent a request, not when, so
 * the timestamp's age is what stops a captured request (an admin's /feeds remove) being replayed.
 */
/** How far a signed request's timestamp may be from our clock, either way, before it counts as a replay. */
export const MAX_SIGNATURE_SKEW_S = 5 * 60;

/**
 * True when `timestamp` (Unix seconds, digits only) is within five minutes of `nowMs`, in either direction. Never
 * throws.
 */
export function isSignatureTimestampFresh(
  timestamp: string | undefined,
  nowMs: number,
  maxSkewS = MAX_SIGNATURE_SKEW_S,
): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= maxSkewS;
}
