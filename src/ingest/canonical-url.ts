/** Query parameters that only say how a reader arrived, never which article it is. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'igshid',
  'igsh',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'ocid',
  'xtor',
  '__twitter_impression',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'spm',
  'smid',
  'sr_share',
  'share',
  'ito',
  's_kwcid',
  'rss',
  'feature',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);
/** Families of tracking parameters: Google/Urchin, AT Internet, Piwik, Matomo, HubSpot ads, Outlook-safe. */
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_', 'hsa_', 'oly_', 'stm_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * One address per article, so the same story reached through a newsletter, a social post and the feed is
 * recognised: lower-case scheme and host, no fragment, no tracking parameters, remaining parameters sorted,
 * no default port, no trailing slash on the path. Text that is not a URL comes back trimmed, unchanged.
 */
export function canonicalUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.toString();

  const kept = [...u.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const search = new URLSearchParams(kept).toString();

  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') || '/' : u.pathname;
  // URL already lower-cases the host and drops the scheme's default port.
  const auth = u.username ? `${u.username}${u.password ? `:${u.password}` : ''}@` : '';
  return `${u.protocol}//${auth}${u.host}${path}${search ? `?${search}` : ''}`;
}
