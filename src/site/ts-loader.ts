/**
 * Eleventy imports `.eleventy.ts` with Node's own loader, which needs a TypeScript hook. The CLI
 * registers tsx before anything else; when build() is called from other code (tests, a user's
 * script), this registers it once.
 */
import { register } from 'tsx/esm/api';

const REGISTERED = Symbol.for('news-archive.tsx-registered');

/** Makes Node able to import .ts files (idempotent). */
export function ensureTsLoader(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[REGISTERED]) return;
  register();
  g[REGISTERED] = true;
}
