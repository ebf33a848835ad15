// Child process: renders one batch of pages with Eleventy (see render-batches.ts). Plain
// JavaScript so it can register the TypeScript loader before importing the site code.
import { register } from 'tsx/esm/api';

register();
globalThis[Symbol.for('news-archive.tsx-registered')] = true;
const { renderJobFile } = await import('./render-batches.ts');
try {
  const pages = await renderJobFile(process.argv[2]);
  process.send?.({ pages });
  process.exitCode = 0;
} catch (error) {
  process.send?.({ error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  process.exitCode = 1;
}
