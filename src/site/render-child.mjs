// Child process: renders one batch of pages with Eleventy (see render-batches.ts). Plain
// JavaScript so it can register the TypeScript loader before importing the site code. Given no
// job file, it was started ahead of its batch: it loads Eleventy too, then waits for the file's
// name in a message.
import { register } from 'tsx/esm/api';

register();
globalThis[Symbol.for('news-archive.tsx-registered')] = true;
const { renderJobFile } = await import('./render-batches.ts');
let file = process.argv[2];
if (!file) {
  await import('@11ty/eleventy');
  file = await new Promise((resolve) => process.once('message', (m) => resolve(m.file)));
}
try {
  const pages = await renderJobFile(file);
  process.send?.({ pages });
  process.exitCode = 0;
} catch (error) {
  process.send?.({ error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  process.exitCode = 1;
}
