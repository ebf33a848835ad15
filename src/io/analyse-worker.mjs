// Worker thread: analyses batches of articles with the same pipeline as the main thread.
// Plain JavaScript so it can register the TypeScript loader before importing the pipeline.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { safeAnalyse } = await import('./safe-analyse.ts');

parentPort.on('message', ({ id, items }) => {
  parentPort.postMessage({ id, results: items.map((item) => safeAnalyse(item)) });
});
parentPort.postMessage({ ready: true });
