/**
 * Publisher boilerplate: share/subscribe lines, "about us" blurbs, social links, disclosures.
 * Cut before analysis so none of it can become a finding. Patterns are about page furniture, never about a story.
 */

const CALL_TO_ACTION = new RegExp(
  [
    // English
    String.raw`^(share( this( article| story)?)?|leave a (comment|reply)|comments?|subscribe\b.*|` +
      String.raw`follow (us|our)\b.*|read (more|also)\b.*|related( articles| stories| news)?:?.*|` +
      String.raw`advertisement|sponsored|sign up\b.*|click here\b.*|\d+ min(ute)? read|source:\s.*|` +
      String.raw`photo( credit)?:.*|image:.*|tags?:.*|also read:?.*|recommended:?.*|newsletter\b.*)$`,
    // Russian, Turkish, French, German, Spanish
    String.raw`^(поделиться.*|подписывайтесь.*|подпишитесь.*|читайте (также|еще|ещё).*|источник:.*|` +
      String.raw`фото:.*|реклама|paylaş.*|abone ol.*|bizi takip ed.*|yorum yap.*|ilginizi çekebilir.*|` +
      String.raw`kaynak:.*|partager.*|abonnez-vous.*|lire aussi.*|à lire aussi.*|teilen.*|abonnieren.*|` +
      String.raw`lesen sie auch.*|compartir.*|suscr[ií]bete.*|lee también.*|te puede interesar.*)$`,
  ].join('|'),
  'iu',
);

// DISCLOSURE and SOCIAL run on the lower-cased line (no i flag: V8 then compares characters as they are).
const DISCLOSURE = new RegExp(
  String.raw`important disclosure|disclaimer:|all rights reserved|copyright ©|` +
    String.raw`©\s?\d{4}|the views expressed|do not necessarily (represent|reflect)|` +
    String.raw`may not necessarily represent|все права защищены|tüm hakları saklıdır`,
  'u',
);
// ASCII names, so the plain ASCII \b serves.
const SOCIAL = /\b(facebook|twitter|telegram|youtube|instagram|tiktok|whatsapp|vk\.com|x\.com|linkedin|rss)\b/;
const URL = /https?:\/\/\S+/u;
/** Verbs for what someone said or wrote in a post. */
const POSTED = new RegExp(
  String.raw`(?<![\p{L}])(?:написал\p{L}*|написав|написала|заявил\p{L}*|заявив|заявила|wrote|writes|said|says|` +
    String.raw`posted)(?![\p{L}])`,
  'u',
);

/** First-person-plural words by which publishers speak about themselves (lower case). */
const WE_WORDS = new Set(
  (
    'we our us ours you your мы вы ваш наш наша наше наши нас biz bizim bize ' +
    'nous notre nos wir unser unsere uns nosotros nuestro nuestra nuestros'
  ).split(' '),
);

const WE_WORD = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${[...WE_WORDS].join('|')})(?![\\p{L}\\p{N}'])`, 'u');
const QUOTE_MARK = /["“”«»‘’]/u;

function words(s: string): string[] {
  return s.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/** True for a line or paragraph that is page furniture rather than reporting. */
export function isBoilerplate(block: string): boolean {
  const line = block.trim();
  if (!line) return true;
  if (CALL_TO_ACTION.test(line)) return true;
  const lower = line.toLowerCase();
  if (DISCLOSURE.test(lower)) return true;
  const social = SOCIAL.test(lower);
  const url = URL.test(line);
  // Nothing below can hold for an ordinary line of under 40 words with no link or network name in it.
  if (!social && !url && (line.length < 160 || QUOTE_MARK.test(line) || !WE_WORD.test(lower))) return false;
  const w = words(lower);
  // "…, написал Сомов в своем Telegram-канале", "he wrote on X": someone's words posted there are news.
  if (social && !(POSTED.test(lower) && QUOTE_MARK.test(line)) && (url || w.length < 25)) return true;
  if (url && w.length < 12) return true;
  // An "about us" blurb: long, speaks of "we/our" a lot, quotes nobody.
  if (w.length >= 40 && !QUOTE_MARK.test(line)) {
    let we = 0;
    for (const x of w) if (WE_WORDS.has(x)) we++;
    if (we / w.length >= 0.03 && we >= 3) return true;
  }
  return false;
}

/** A wire dateline: "ANKARA (Reuters) - ", "MOSCOW, Nov 16 — ", "İSTANBUL -". A place, not a speaker. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{2,30}(?:,\s*[\p{L}.]+\.?\s*\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-—–:]\s+/u;

export function stripDateline(line: string): string {
  const m = DATELINE.exec(line);
  // Only when the place is written in capitals (a real dateline), never a sentence that starts with a word.
  return m && /^\p{Lu}{3,}/u.test(m[0]) && !/^\p{Lu}{3,}\s\p{Ll}/u.test(line) ? line.slice(m[0].length) : line;
}

/** Drop boilerplate lines and paragraphs and datelines; keeps paragraph breaks. */
export function stripBoilerplate(text: string): string {
  return text
    .split('\n')
    .map(stripDateline)
    .filter((line) => !isBoilerplate(line) || line.trim() === '')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
