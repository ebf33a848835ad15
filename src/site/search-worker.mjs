// Worker thread: writes the search index (see search-index.ts). Pagefind is driven through
// promises; in a thread of its own they are answered while the main thread models and plans the
// site in long synchronous steps. Plain JavaScript so it can register the TypeScript loader first.
// It starts before its articles are known and loads its code meanwhile; then it indexes the
// articles of the one message it is sent, and ends. With a gate (a message port), it waits for a
// message on it, for it to close, or for the main thread to say so, before Pagefind starts.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { writeEncodedIndex } = await import('./search-index.ts');
parentPort.once('message', async ({ out, encoded, gate }) => {
  try {
    if (gate) {
      await new Promise((resolve) => {
        const open = () => {
          gate.off('message', open);
          gate.off('close', open);
          parentPort.off('message', open);
          gate.close();
          resolve();
        };
        gate.on('message', open);
        gate.on('close', open);
        parentPort.on('message', open);
      });
    }
    parentPort.postMessage({ result: await writeEncodedIndex(out, encoded) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
