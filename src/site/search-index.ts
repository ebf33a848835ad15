/**
 * Runs Pagefind over the built site (after Eleventy): indexes the article pages (their
 * data-pagefind-body) and writes the bundle to <out>/pagefind/. The Pagefind binary ships in
 * the npm package; nothing is fetched.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

/** Indexes `out` and writes `<out>/pagefind`. Errors are returned, not thrown. */
export async function writeSearchIndex(out: string): Promise<SearchIndexResult> {
  // One index for every language: Pagefind otherwise splits by <html lang> and the search page
  // (lang=en) would only find English articles.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { pages: 0, errors };
  try {
    const added = await index.addDirectory({ path: out, glob: 'articles/**/*.html' });
    const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
