import { FeedFetchError } from '../errors.js';

/**
 * Read a response body, refusing to hold more than `maxBytes`. Counts the bytes fetch hands us, which are
 * already decompressed, so a small gzip bomb is cut at the same point as a plain 50 MB body. On overflow the
 * request is aborted (closing the socket) and a FeedFetchError[too-large] is thrown.
 */
export async function readCapped(res: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (!res.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
    throw abortTooLarge(controller, maxBytes, `it declares ${declared} bytes`);
  }
  if (!res.body) return new Uint8Array(0);

  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      const err = abortTooLarge(controller, maxBytes, 'the body kept coming');
      await reader.cancel(err).catch(() => undefined);
      throw err;
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function abortTooLarge(controller: AbortController, maxBytes: number, detail: string): FeedFetchError {
  const err = new FeedFetchError('too-large', `response is larger than ${maxBytes} bytes (${detail})`, {
    remedy: 'raise FEED_MAX_BYTES if this feed is really that large',
  });
  controller.abort(err);
  return err;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
