/**
 * How long hostile input holds the event loop (issue 14): the longest stall seen while one hostile feed item is
 * turned into text, and while article pages are extracted on the worker thread versus inline as before. Local
 * only: pages are served on 127.0.0.1. Prints key=value lines; run alone with
 * `node --import tsx bench/hostile-input.ts`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { extractArticle, fetchArticlePage, fetchLimits, htmlToText } from '../src/ingest/index.js';

async function longestStallMs(work: () => unknown | Promise<unknown>): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  // A timer keeps ticking so a stall shows in the histogram even when `work` is one synchronous call.
  const tick = setInterval(() => undefined, 5);
  await new Promise((r) => setTimeout(r, 20));
  await work();
  await new Promise((r) => setTimeout(r, 20));
  clearInterval(tick);
  h.disable();
  return h.max / 1e6;
}

const paragraph = (k: number) =>
  `<p>Paragraph ${k}: the envoy said on Wednesday that no agreement existed, ` +
  '<a href="/x">officials</a> confirmed.</p>';
const page = (paragraphs: number) =>
  `<html><head><script>${'var a=1;'.repeat(2000)}</script></head>` +
  `<body><nav>${'<a href="/n">Nav</a> '.repeat(200)}</nav><article><h1>Envoy</h1>` +
  `${Array.from({ length: paragraphs }, (_, k) => paragraph(k)).join('')}</article></body></html>`;

const nested = `${'<div>'.repeat(100_000)}<p>At the bottom.</p>${'</div>'.repeat(100_000)}`;
const lines: string[] = [];
// A running bot has converted many items before a hostile one arrives: warm the converter up on ordinary markup.
for (let i = 0; i < 20; i++) htmlToText('<p>Some text, <b>bold</b> &amp; <a href="/x">more</a>.</p>'.repeat(2_000));
lines.push(`hostile_item_100k_nested_stall_ms=${(await longestStallMs(() => htmlToText(nested))).toFixed(0)}`);
const flat = '<p>Some text, <b>bold</b> &amp; more.</p>'.repeat(16_000);
lines.push(`hostile_item_flat_32k_tags_stall_ms=${(await longestStallMs(() => htmlToText(flat))).toFixed(0)}`);

const pages: Record<string, string> = { '/100kb': page(700), '/1mb': page(7_000) };
const server = createServer((req, res) =>
  res.writeHead(200, { 'content-type': 'text/html' }).end(pages[req.url ?? ''] ?? ''),
);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const limits = fetchLimits({ allowHosts: ['127.0.0.1'] });
await fetchArticlePage(`${base}/100kb`, limits); // start the worker outside the measurement
for (const path of ['/100kb', '/1mb']) {
  const name = path.slice(1);
  const inlineMs = await longestStallMs(() => extractArticle(pages[path]!, `${base}${path}`));
  lines.push(`page_${name}_inline_stall_ms=${inlineMs.toFixed(0)}`);
  const workerMs = await longestStallMs(() => fetchArticlePage(`${base}${path}`, limits));
  lines.push(`page_${name}_worker_stall_ms=${workerMs.toFixed(0)}`);
}
server.close();
console.log(lines.join('\n'));
