/**
 * Builds a Pagefind index the way the site does (article title + body, filters source, year,
 * entity type, entity) over the first N Reuters-21578 articles from ../shared/corpora into
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
import * as pagefind from 'pagefind';
import settings from '../src/heuristics/site.json' with { type: 'json' };

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
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const df = new Map<string, number>();
for (const r of rows) for (const e of [...(r.gold?.people ?? []), ...(r.gold?.places ?? []), ...(r.gold?.orgs ?? [])]) df.set(e, (df.get(e) ?? 0) + 1);
const started = Date.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error('pagefind did not start');
for (const r of rows) {
  const groups = (
    [
      ['People', r.gold?.people ?? []],
      ['Places', r.gold?.places ?? []],
      ['Organizations', r.gold?.orgs ?? []],
    ] as const
  ).filter(([, list]) => list.length);
  const tags = groups
    .map(
      ([label, list]) =>
        `<h2 data-pagefind-filter="entity type">${label}</h2>${list.map((e) => `<a${(df.get(e) ?? 0) >= settings.search.minEntityFilterArticles ? ' data-pagefind-filter="entity"' : ''}>${esc(e)}</a>`).join('')}`,
    )
    .join('');
  const year = r.gold?.date?.slice(0, 4);
  const html = `<!DOCTYPE html><html lang="en"><head><title>${esc(r.title)}</title></head><body><article data-pagefind-body><h1>${esc(r.title)}</h1><p data-pagefind-ignore><a data-pagefind-filter="source">Reuters</a>${year ? `<time data-pagefind-filter="year:${year}">${year}</time>` : ''}</p>${r.body
    .split(/\n\s*\n|\n {4}/)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}<footer data-pagefind-ignore>${tags}</footer></article></body></html>`;
  await index.addHTMLFile({ url: `/articles/reuters-${r.id}/`, content: html });
}
await fs.rm(out, { recursive: true, force: true });
// The real site (seed articles, no index of its own) supplies the search page and its assets.
execFileSync(process.execPath, [path.join(repo, 'bin/news-archive.js'), 'build', '--articles', path.join(repo, 'articles'), '--out', out, '--base-path', '/archive/', '--no-search', '--no-cache'], { stdio: 'ignore' });
await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
await pagefind.close();
console.log(`${rows.length} articles indexed into ${out}/pagefind in ${((Date.now() - started) / 1000).toFixed(1)} s`);
