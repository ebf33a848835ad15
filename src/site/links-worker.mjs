// Worker thread: works out the related and same-story links of one packed archive (see
// article-links.ts), while the main thread models the entities' pages. Plain JavaScript so it
// can register the TypeScript loader first. It starts before its archive is known and loads its
// code meanwhile; then it answers the one message it is sent, and ends. The gate, when sent, is
// told as soon as the work is done (the search worker waits on it to start Pagefind).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { linksOfPacked } = await import('./article-links.ts');
parentPort.once('message', ({ input, gate }) => {
  let links;
  try {
    links = linksOfPacked(input);
  } catch {
    // The main thread works the links out itself.
  }
  gate?.postMessage('done');
  gate?.close();
  parentPort.postMessage(links ? { links } : {});
});
