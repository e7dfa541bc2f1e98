import iconv from 'iconv-lite';

/**
 * Work out which charset a fetched body is in and decode it. Order: a byte-order mark (an unambiguous fact
 * about the bytes), then the Content-Type header, then the XML declaration, then an HTML meta charset,
 * else UTF-8. Labels iconv-lite does not know are skipped rather than trusted.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const charset = detectCharset(bytes, contentType);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

/** The charset {@link decodeBody} will use, as an iconv-lite label. */
export function detectCharset(bytes: Uint8Array, contentType: string | null): string {
  const candidates = [fromBom(bytes), fromContentType(contentType), ...fromDocumentHead(bytes)];
  for (const label of candidates) {
    if (label && iconv.encodingExists(label)) return label;
  }
  return 'utf-8';
}

function fromBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
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
