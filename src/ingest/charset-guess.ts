import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Labels browsers read as their supersets (WHATWG Encoding), so the extra characters decode too. */
const SUPERSETS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  'iso-8859-9': 'windows-1254',
};
const CYRILLIC_LANGS = new Set(['ru', 'uk', 'bg', 'be', 'sr', 'mk']);
const CYRILLIC = ['windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5', 'ibm866'];
/** How much of a body is looked at: the first 64 KB tell as much as 5 MB would, and the checks read 16 KB of words. */
const SAMPLE_BYTES = 64 * 1024;
const CHECK_BYTES = 16 * 1024;

/**
 * Guess the charset of bytes that declare none and are not UTF-8. chardet proposes; each proposal is then read and
 * checked: text in the right charset has few undecodable bytes, few capitals inside words and few symbols among
 * its letters, while KOI8-R read as Hebrew or windows-1251 (chardet's usual confusions) shows all three. chardet
 * looks at the document's words only (tags and links removed), because in a feed the ASCII markup outweighs a short
 * Russian text and chardet then takes it for French.
 */
export function guessCharset(bytes: Uint8Array): string | null {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SAMPLE_BYTES));
  const words = wordsOnly(sample);
  const proposals: Array<{ name: string; confidence: number; lang?: string | undefined }> = [
    ...chardet.analyse(words).slice(0, 5),
    ...chardet.analyse(sample).slice(0, 3),
  ];
  // chardet knows KOI8-R but not KOI8-U nor IBM866: when it hears Cyrillic, its neighbours are tried too.
  if (proposals.some((p) => p.lang !== undefined && CYRILLIC_LANGS.has(p.lang))) {
    proposals.push(...CYRILLIC.map((name) => ({ name, confidence: 1, lang: 'ru' })));
  }
  let best: { label: string; badness: number; confidence: number } | null = null;
  for (const p of proposals) {
    const label = SUPERSETS[p.name.toLowerCase()] ?? p.name.toLowerCase();
    if (!iconv.encodingExists(label) || p.confidence <= 0) continue;
    const badness = implausibility(iconv.decode(words.subarray(0, CHECK_BYTES), label));
    if (
      !best ||
      badness < best.badness - 0.02 ||
      (Math.abs(badness - best.badness) <= 0.02 && p.confidence > best.confidence)
    ) {
      best = { label, badness, confidence: p.confidence };
    }
  }
  return best?.label ?? null;
}

/** How implausible the document's words read in this charset (0 = nothing odd; see {@link guessCharset}). */
export function implausibilityAs(bytes: Uint8Array, label: string): number {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SAMPLE_BYTES));
  return implausibility(iconv.decode(wordsOnly(sample).subarray(0, CHECK_BYTES), label));
}

/**
 * The bytes of a document's words, without its tags and links. (Safe for the multi-byte charsets chardet knows: none
 * of them uses `<` or `>` inside a character.)
 */
function wordsOnly(bytes: Buffer): Buffer {
  return Buffer.from(
    bytes
      .toString('latin1')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\bhttps?:\/\/\S+/g, ' '),
    'latin1',
  );
}

/**
 * Share of the non-ASCII characters that look wrong: undecodable, a capital after a small letter, a stray symbol or
 * control character.
 */
function implausibility(text: string): number {
  let nonAscii = 0;
  let bad = 0;
  let upper = 0;
  let letters = 0;
  let previousLower = false;
  for (const ch of text) {
    const isLetter = /\p{L}/u.test(ch);
    const isUpper = isLetter && /\p{Lu}/u.test(ch);
    if (isLetter) {
      letters++;
      if (isUpper) upper++;
    }
    if (ch.charCodeAt(0) >= 0x80) {
      nonAscii++;
      // Half-width katakana: what single-byte Cyrillic read as Shift_JIS turns into; news text hardly uses it.
      if (ch === '\uFFFD' || /[\p{C}\p{So}\p{Sk}\uFF61-\uFF9F]/u.test(ch) || (isUpper && previousLower)) bad++;
    }
    previousLower = isLetter && !isUpper;
  }
  if (nonAscii === 0) return 0;
  // Text set mostly in capitals is what a Cyrillic charset read as its neighbour looks like.
  return bad / nonAscii + (letters > 20 && upper / letters > 0.6 ? 1 : 0);
}
