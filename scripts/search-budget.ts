/**
 * Builds the search index with the site's own indexer (article title + body, filters source, year,
 * entity type, entity; in shards on a large archive) over the first N Reuters-21578 articles from ../shared/corpora into
 * OUT/pagefind, beside the real search page (the seed site built by the CLI under /archive/, so
 * the page, its CSS and assets/search.js are the ones readers get); then measure it with
 * scripts/search-bytes.ts:
 *   npx tsx scripts/search-budget.ts 19043 /tmp/search-19k && npx tsx scripts/search-bytes.ts /tmp/search-19k oil
 * Entities are the corpus's gold people/places/orgs labels. Skips when the corpus is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import settings from '../src/heuristics/site.json' with { type: 'json' };
import type { ArticleItem } from '../src/site/page-lists.ts';
import { writeSearchIndex } from '../src/site/search-index.ts';
import { mergedFolders } from '../src/site/search-shards.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repo, '../shared/corpora/reuters21578/articles.jsonl.gz');
const n = Number(process.argv[2] ?? 19043);
const out = path.resolve(process.argv[3] ?? '/tmp/search-budget');
if (!existsSync(corpus)) {
  console.log(`corpus not found at ${corpus}; nothing measured`);
  process.exit(0);
}
interface Row {
  id: number;
  title: string;
  body: string;
  gold?: { date?: string; places?: string[]; people?: string[]; orgs?: string[] };
}
const rows: Row[] = gunzipSync(await fs.readFile(corpus))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, n)
  .map((l) => JSON.parse(l));
const df = new Map<string, number>();
for (const r of rows) for (const e of [...(r.gold?.people ?? []), ...(r.gold?.places ?? []), ...(r.gold?.orgs ?? [])]) df.set(e, (df.get(e) ?? 0) + 1);
// Article items as the site has them (the fields the search record reads), with the corpus's gold
// entities; indexed by the site's own writeSearchIndex (records, filters, shards).
const items = rows.map((r) => {
  const groups = (
    [
      ['People', r.gold?.people ?? []],
      ['Places', r.gold?.places ?? []],
      ['Organizations', r.gold?.orgs ?? []],
    ] as const
  )
    .filter(([, list]) => list.length)
    .map(([label, list]) => ({ label, entities: list.map((name) => ({ name, url: '', mentions: 1, filter: (df.get(name) ?? 0) >= settings.search.minEntityFilterArticles })) }));
  return {
    id: `reuters-${r.id}`,
    path: `articles/reuters-${r.id}/index.html`,
    title: r.title,
    body: r.body.split(/\n\s*\n|\n {4}/).filter((p) => p.trim()),
    source: { name: 'Reuters', slug: 'reuters' },
    year: r.gold?.date?.slice(0, 4) ?? null,
    entityGroups: groups,
  } as unknown as ArticleItem;
});
const started = Date.now();
await fs.rm(out, { recursive: true, force: true });
// The real site (seed articles, no index of its own) supplies the search page and its assets;
// the page is told of the index shards as the site's own search page would be.
execFileSync(process.execPath, [path.join(repo, 'bin/news-archive.js'), 'build', '--articles', path.join(repo, 'articles'), '--out', out, '--base-path', '/archive/', '--no-search', '--no-cache'], { stdio: 'ignore' });
const result = await writeSearchIndex(out, items);
if (result.errors.length) throw new Error(result.errors.join('; '));
const merge = mergedFolders(items.length).map((f) => `/archive/${f}`);
const pageFile = path.join(out, 'search/index.html');
const page = await fs.readFile(pageFile, 'utf8');
await fs.writeFile(pageFile, merge.length ? page.replace('<form id="search"', `<form id="search" data-merge="${merge.join(' ')}"`) : page);
console.log(`${rows.length} articles indexed into ${out}/pagefind (${result.prints.length} shard${result.prints.length === 1 ? '' : 's'}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
