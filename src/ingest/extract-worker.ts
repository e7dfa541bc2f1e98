import { parentPort } from 'node:worker_threads';
import { extractArticle } from './extract.js';

/**
 * The worker side of {@link extractInWorker}: one page at a time, off the bot's event loop. Readability over a DOM
 * takes hundreds of milliseconds on an ordinary page and seconds on a large one; here that time blocks nothing.
 */
parentPort?.on('message', (job: { id: number; html: string; url: string }) => {
  let result: ReturnType<typeof extractArticle>;
  try {
    result = extractArticle(job.html, job.url);
  } catch {
    result = null;
  }
  parentPort?.postMessage({ id: job.id, result });
});
