// Worker thread: writes the search index (see search-index.ts). Pagefind is driven through
// promises; in a thread of its own they are answered while the main thread models and plans the
// site in long synchronous steps. Plain JavaScript so it can register the TypeScript loader first.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { writeSearchIndex } = await import('./search-index.ts');
try {
  parentPort.postMessage({ result: await writeSearchIndex(workerData.out, workerData.items, workerData.previous) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
