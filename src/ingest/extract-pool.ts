import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedArticle } from './extract.js';

/** Longest one page may take to extract before its worker is stopped and the feed's text kept. */
export const EXTRACT_TIMEOUT_MS = 10_000;
/** Heap one extraction may use; a page that needs more ends its worker, not the bot. */
const WORKER_HEAP_MB = 512;

interface Job {
  id: number;
  html: string;
  url: string;
  resolve: (result: ExtractedArticle | null) => void;
}

/**
 * Article extraction on a worker thread, one page at a time, so the event loop (Slack's 3-second acknowledgement,
 * the poller, delivery) never waits on Readability. A page that takes longer than {@link EXTRACT_TIMEOUT_MS}, or
 * more memory than the worker has, ends that worker and comes back as null; the next page starts a fresh one.
 * The worker does not keep the process alive.
 */
export class ExtractPool {
  #worker: Worker | null = null;
  #queue: Job[] = [];
  #current: Job | null = null;
  #timer: NodeJS.Timeout | null = null;
  #nextId = 1;

  constructor(private readonly timeoutMs = EXTRACT_TIMEOUT_MS) {}

  extract(html: string, url: string): Promise<ExtractedArticle | null> {
    return new Promise((resolve) => {
      this.#queue.push({ id: this.#nextId++, html, url, resolve });
      this.#pump();
    });
  }

  #pump(): void {
    if (this.#current || !this.#queue.length) return;
    const job = (this.#current = this.#queue.shift()!);
    const worker = this.#ensureWorker();
    worker.ref();
    this.#timer = setTimeout(() => this.#finish(job, null, true), this.timeoutMs);
    worker.postMessage({ id: job.id, html: job.html, url: job.url });
  }

  #finish(job: Job, result: ExtractedArticle | null, stopWorker: boolean): void {
    if (this.#current !== job) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#current = null;
    if (stopWorker) this.#stop();
    else this.#worker?.unref();
    job.resolve(result);
    this.#pump();
  }

  #stop(): void {
    const worker = this.#worker;
    this.#worker = null;
    void worker?.terminate().catch(() => undefined);
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = spawnWorker();
    worker.on('message', (msg: { id: number; result: ExtractedArticle | null }) => {
      if (this.#current?.id === msg.id) this.#finish(this.#current, msg.result, false);
    });
    const fail = () => {
      if (this.#worker === worker) this.#worker = null;
      if (this.#current) this.#finish(this.#current, null, false);
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    worker.unref();
    return (this.#worker = worker);
  }
}

/**
 * The compiled worker next to this file. From TypeScript sources (tests, tsx scripts) the worker first registers
 * tsx's loader (a dev dependency, present wherever sources run), then loads the .ts entry.
 */
function spawnWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url), options);
  const tsx = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), options);
}
