import { domainToASCII } from 'node:url';

/**
 * Characters a feed can use to make text read differently from what it is: bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, with the marks U+200E, U+200F, U+061C) reorder what follows, so
 * "moc.sretuer" can display as "reuters.com"; zero-width characters (U+200B–U+200D, U+2060, U+FEFF) hide inside
 * words and names. Removed from every untrusted text before it is escaped.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** `text` without bidi controls and zero-width characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Dots a browser or a reader takes for a host's dots: ASCII, ideographic and full-width forms. */
const DOT = '[.\\u3002\\uFF0E\\uFF61]';
/**
 * Something that reads as a host name: labels of letters, digits and hyphens joined by dots, ending in a 2+ letter
 * name.
 */
const HOST_LIKE = new RegExp(
  `(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?${DOT})+\\p{L}{2,}(?![\\p{L}\\p{N}-])`,
  'gu',
);

/** The host names a label shows (as ASCII, lower case), e.g. `www.reuters.com` in "https://www.reuters.com/world". */
export function hostsShown(label: string): string[] {
  const text = stripInvisible(label).normalize('NFKC');
  return [...text.matchAll(HOST_LIKE)].map(
    (m) => domainToASCII(m[0].replace(new RegExp(DOT, 'g'), '.').toLowerCase()) || m[0].toLowerCase(),
  );
}

/**
 * True when the label shows a host other than the link's own: a feed item titled "https://www.reuters.com/…"
 * linking to another site. The link's host, a parent domain of it ("reuters.com" for uk.reuters.com) and the
 * same name with or without "www." count as its own; "apnews.com.evil.example" does not stand for apnews.com.
 * Such a label is never used as the link's text.
 */
export function showsForeignHost(label: string, url: string): boolean {
  let target: string;
  try {
    target = new URL(url).hostname.toLowerCase();
  } catch {
    return true;
  }
  const bare = (h: string) => h.replace(/^www\./, '');
  return hostsShown(label).some((shown) => !(bare(shown) === bare(target) || target.endsWith(`.${shown}`)));
}

/** What a link to `url` shows when its label cannot be trusted: the target's own host. */
export function hostLabel(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
