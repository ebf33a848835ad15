/**
 * The Pagefind search index, built from the article records (not by re-reading the written
 * pages): each article is one custom record with its title and body text, and the filters the
 * search page offers (source, year, entity type, entity). Records go to Pagefind in batches, so
 * the build never holds more than a batch of text for it. The Pagefind binary ships in the npm
 * package; nothing is fetched.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { ArticleItem } from './page-lists.ts';

export interface SearchRecord {
  /** URL under the site root, without the base path ('/articles/x/'); the search page adds it. */
  url: string;
  content: string;
  language: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

/** Records sent to Pagefind at once. */
const BATCH = 200;

/** The search record of one article page. Pure. */
export function searchRecord(a: ArticleItem): SearchRecord {
  const filters: Record<string, string[]> = {};
  if (a.source) filters.source = [a.source.name];
  if (a.year) filters.year = [a.year];
  if (a.entityGroups.length) filters['entity type'] = a.entityGroups.map((g) => g.label);
  const entities = a.entityGroups.flatMap((g) => g.entities.filter((e) => e.filter).map((e) => e.name));
  if (entities.length) filters.entity = [...new Set(entities)];
  return {
    url: `/${a.path.replace(/index\.html$/, '')}`,
    content: [a.title, a.subtitle ?? '', ...a.body].filter(Boolean).join('\n\n'),
    // One index for every language: Pagefind otherwise splits by language and the search page
    // (in English) would only find English articles.
    language: 'en',
    meta: { title: a.title },
    filters,
  };
}

/** Indexes the articles and writes the bundle to `<out>/pagefind`. Errors are returned, not thrown. */
export async function writeSearchIndex(out: string, articles: readonly ArticleItem[]): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { pages: 0, errors };
  try {
    const all = [...errors];
    let pages = 0;
    for (let i = 0; i < articles.length; i += BATCH) {
      const batch = await Promise.all(articles.slice(i, i + BATCH).map((a) => index.addCustomRecord(searchRecord(a))));
      for (const added of batch) {
        all.push(...added.errors);
        if (added.errors.length === 0) pages++;
      }
    }
    // A fresh folder: files of an earlier index (named by content hash) would otherwise stay.
    const bundle = path.join(out, 'pagefind');
    await fs.rm(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    return { pages, errors: [...all, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
