/**
 * Prints how many bytes of JSON each template's page items carry (what every build fingerprints
 * to decide which pages to render), and the largest fields of entity and article items.
 * Usage: npx tsx scripts/page-item-sizes.ts ARTICLES [CACHE]
 *   e.g. npx tsx scripts/page-item-sizes.ts /tmp/news-archive-bench/run-19043/articles /tmp/news-archive-bench/run-19043/cache
 */
import path from 'node:path';
import { extract } from '../src/extract.ts';
import { contextFor } from '../src/site/plugin.ts';

const [articles, cache] = process.argv.slice(2);
if (!articles) {
  console.error('usage: npx tsx scripts/page-item-sizes.ts ARTICLES [CACHE]');
  process.exit(2);
}
const archive = await extract({ articles: path.resolve(articles), ...(cache ? { cache: path.resolve(cache) } : {}) });
const { lists } = await contextFor(archive, { out: '/nonexistent', basePath: '/', siteTitle: 'News Archive' });
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

console.log('template        pages      JSON');
for (const [name, items] of Object.entries(lists) as [string, unknown[]][]) {
  const bytes = items.reduce<number>((sum, item) => sum + JSON.stringify(item).length, 0);
  console.log(`${name.padEnd(14)} ${String(items.length).padStart(6)} ${mb(bytes).padStart(9)}`);
}

/** Bytes per field over a list of items (`entity.x` for the fields of an entity item's entity). */
function fieldSizes(items: readonly object[]): [string, number][] {
  const sizes = new Map<string, number>();
  const add = (key: string, value: unknown) => sizes.set(key, (sizes.get(key) ?? 0) + (JSON.stringify(value) ?? '').length);
  for (const item of items) {
    for (const [k, v] of Object.entries(item)) {
      if (k === 'entity' && v && typeof v === 'object') for (const [k2, v2] of Object.entries(v)) add(`entity.${k2}`, v2);
      else add(k, v);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 8);
}
for (const name of ['entity', 'article'] as const) {
  console.log(`\nlargest fields of ${name} items`);
  for (const [k, v] of fieldSizes(lists[name])) console.log(`  ${k.padEnd(22)} ${mb(v).padStart(9)}`);
}
