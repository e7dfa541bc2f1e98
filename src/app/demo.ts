import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolveAsset } from './paths.js';

/**
 * Serves the bundled sample feed (demo/feed.xml: fictional articles written for this project) on
 * 127.0.0.1, so `run --demo` exercises the real fetch → parse → analyse → deliver path with no network.
 */
export async function startDemoFeedServer(
  file = 'demo/feed.xml',
): Promise<{ url: string; close: () => Promise<void> }> {
  const body = await readFile(resolveAsset(file));
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/demo/feed.xml'))
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/demo/feed.xml`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
