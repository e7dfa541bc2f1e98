import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { guessCharset, implausibilityAs } from './charset-guess.js';

/**
 * Work out which charset a fetched body is in and decode it (see {@link detectCharset}).
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const charset = detectCharset(bytes, contentType);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

/**
 * The charset {@link decodeBody} will use, as an iconv-lite label. Order: a byte-order mark (an unambiguous fact
 * about the bytes), then the pattern of zero bytes that UTF-16 and UTF-32 text without a BOM shows, then what the
 * document declares (the Content-Type header, the XML declaration, an HTML meta charset), each checked against the
 * bytes: UTF-8 declared but not valid UTF-8 is ignored, and so is a legacy charset declared for bytes that are valid
 * UTF-8 with non-ASCII in them, or one whose text reads as nonsense where a guess reads well. Without a usable
 * declaration: UTF-8 when the bytes are valid UTF-8, else a checked guess ({@link guessCharset}: Shift_JIS,
 * windows-1251, KOI8-R…), else windows-1252, which loses no byte.
 */
export function detectCharset(bytes: Uint8Array, contentType: string | null): string {
  const sniffed = fromBom(bytes) ?? fromZeroBytes(bytes);
  if (sniffed) return sniffed;
  const utf8 = validUtf8(bytes);
  const declared = [fromContentType(contentType), ...fromDocumentHead(bytes)];
  for (const label of declared) {
    if (!label || !iconv.encodingExists(label)) continue;
    if (isUtf8Label(label)) {
      if (utf8) return label;
    } else if (!(utf8 && hasNonAscii(bytes)) && decodesCleanly(bytes, label)) {
      return plausibleOr(bytes, label);
    }
  }
  if (utf8) return 'utf-8';
  return guessCharset(bytes) ?? 'windows-1252';
}

/**
 * A declared legacy charset, unless its text reads as nonsense and a guess reads far better: KOI8-R served as
 * windows-1251 (a classic of Russian hosting) comes out in capitals with small letters at word starts.
 */
function plausibleOr(bytes: Uint8Array, label: string): string {
  const badness = implausibilityAs(bytes, label);
  if (badness < 0.25) return label;
  const guess = guessCharset(bytes);
  return guess && implausibilityAs(bytes, guess) < badness / 2 ? guess : label;
}

function fromBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 or UTF-32 without a BOM (XML 1.0 Appendix F): a document starts with `<` or whitespace, so in UTF-32 one
 * byte of the first four is set, and in UTF-16 every other byte of the ASCII markup is zero.
 */
function fromZeroBytes(b: Uint8Array): string | null {
  if (b.length < 4) return null;
  if (b[0] !== 0 && b[1] === 0 && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] !== 0) return 'utf-32be';
  const n = Math.min(b.length, 512) & ~1;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function fromContentType(contentType: string | null): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase() ?? null;
}

/** The XML declaration and an HTML meta tag, read from the first bytes as Latin-1 (both are ASCII). */
function fromDocumentHead(bytes: Uint8Array): Array<string | null> {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return [xml?.[1]?.toLowerCase() ?? null, meta?.[1]?.toLowerCase() ?? null];
}

function isUtf8Label(label: string): boolean {
  return /^utf-?8$/i.test(label);
}

/** Valid UTF-8, allowing a character cut in half at the very end (a body cut at the size cap). */
function validUtf8(b: Uint8Array): boolean {
  if (isUtf8(b)) return true;
  let end = b.length;
  while (end > 0 && b.length - end < 3 && (b[end - 1]! & 0xc0) === 0x80) end--;
  return end > 0 && b[end - 1]! >= 0xc0 && isUtf8(b.subarray(0, end - 1));
}

function hasNonAscii(b: Uint8Array): boolean {
  return !isAscii(b);
}

/** A multi-byte legacy charset (Shift_JIS, EUC-KR…) declared for bytes it cannot decode is the wrong one. */
function decodesCleanly(b: Uint8Array, label: string): boolean {
  if (/^utf-?(16|32)/i.test(label)) return false; // no zero-byte pattern was seen, so the bytes are not UTF-16/32
  return !iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), label).includes('\uFFFD');
}
