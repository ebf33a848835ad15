/**
 * Analyses many articles, spread over worker threads. Batches are handed out one at a time per
 * worker, so memory stays bounded by (workers x batch size) articles in flight, and results come
 * back in input order whatever order the workers finish in.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { type AnalyseItem, type AnalyseResult, safeAnalyse } from './safe-analyse.ts';

export type { AnalyseResult };

export interface PoolOptions {
  /** Worker threads; 0 analyses in this thread. Default: one per core, at most 4. */
  workers?: number;
  /** Articles per message to a worker. */
  batchSize?: number;
  /** Called after each finished batch with the number of articles done so far. */
  onProgress?: (done: number, total: number) => void;
}

/** Below this many articles, starting workers costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 64;

/** Runs analyseText over every item, in parallel when worthwhile. */
export async function analyseMany(items: readonly AnalyseItem[], options: PoolOptions = {}): Promise<AnalyseResult[]> {
  const wanted = options.workers ?? Math.min(4, os.availableParallelism());
  const workers = items.length < MIN_ARTICLES_FOR_WORKERS ? 0 : Math.min(wanted, Math.ceil(items.length / 16));
  if (workers <= 0) {
    const out = items.map((i) => safeAnalyse(i));
    options.onProgress?.(items.length, items.length);
    return out;
  }
  const batchSize = options.batchSize ?? 32;
  const results: AnalyseResult[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const url = new URL('./analyse-worker.mjs', import.meta.url);
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= items.length) {
          resolve();
          return;
        }
        const start = next;
        next = Math.min(items.length, next + batchSize);
        // Only the fields the analysis reads cross the thread boundary.
        worker.postMessage({ id: start, items: items.slice(start, next).map(({ file, text, learned, entities }) => ({ file, text, learned, entities })) });
      };
      worker.on('message', (msg: { ready?: boolean; id?: number; results?: AnalyseResult[] }) => {
        if (msg.ready) return send();
        msg.results!.forEach((r, k) => {
          results[msg.id! + k] = r;
        });
        done += msg.results!.length;
        options.onProgress?.(done, items.length);
        send();
      });
      worker.on('error', reject);
    });
  const pool = Array.from({ length: workers }, () => new Worker(url));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
