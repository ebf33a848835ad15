/**
 * Prints how long the site model takes on a synthetic archive of N articles (Zipf-distributed
 * entities, up to 20 per article; 3 sources; dates over 10 years), split by part, to show the derived
 * views (related, same story, co-occurrence) stay near-linear.
 * Usage: npx tsx scripts/bench-site-model.ts [N=19000]
 */
import type { Archive } from '../src/archive/assemble.ts';
import { coOccurrence } from '../src/site/entity-views.ts';
import { relatedArticles } from '../src/site/related.ts';
import { sameStory } from '../src/site/same-story.ts';
import { buildSiteModel } from '../src/site/view-model.ts';
import type { ArticleRecord, EntityRecord, EntityType } from '../src/types.ts';

const n = Number(process.argv[2] ?? 19000);
let seed = 1;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const vocab = Array.from({ length: 5000 }, (_, i) => `w${i}`);
const types: EntityType[] = ['person', 'organization', 'place'];
const entityCount = Math.max(100, Math.round(n * 1.5));
// Log-uniform ids: P(k) ~ 1/k, a long tail of rare names and a few very common ones.
const zipf = () => Math.min(entityCount - 1, Math.floor(Math.exp(rand() * Math.log(entityCount))) - 1);
const articles: ArticleRecord[] = Array.from({ length: n }, (_, i) => {
  const ids = [...new Set(Array.from({ length: 20 }, zipf))];
  const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(rand() * 3650) * 86_400_000).toISOString().slice(0, 10);
  return {
    id: `a${i}`,
    url: `/articles/a${i}/`,
    file: `a${i}.txt`,
    title: `Article ${i}`,
    source: { name: `Source ${i % 3}`, slug: `source-${i % 3}` },
    author: null,
    published: { date: day, precision: 'day', estimated: false },
    language: 'en',
    body: Array.from({ length: 6 }, () => Array.from({ length: 40 }, () => vocab[Math.floor(rand() * vocab.length)]).join(' ')),
    entities: ids.map((e) => ({
      id: `e${e}`,
      name: `Entity ${e}`,
      type: types[e % 3]!,
      mentions: 1,
    })),
    provenance: {},
    messages: [],
  };
});
const byEntity = new Map<string, string[]>();
for (const a of articles)
  for (const e of a.entities) {
    const l = byEntity.get(e.id);
    if (l) l.push(a.id);
    else byEntity.set(e.id, [a.id]);
  }
const entities: EntityRecord[] = [...byEntity].map(([id, list]) => ({
  id,
  name: `Entity ${id.slice(1)}`,
  type: types[Number(id.slice(1)) % 3]!,
  aliases: [],
  articles: list,
  mentions: list.length,
}));
const archive: Archive = { articles, entities, sources: [], events: [], messages: [] };

const time = async (label: string, f: () => unknown) => {
  const t = performance.now();
  await f();
  console.log(`${label.padEnd(22)} ${((performance.now() - t) / 1000).toFixed(2)} s`);
};
console.log(`${n} articles, ${entities.length} entities`);
await time('related articles', () => relatedArticles(articles));
await time('same story (MinHash)', () => sameStory(articles));
await time('co-occurrence', () => coOccurrence(articles));
await time('whole site model', () => buildSiteModel(archive, '/archive/'));
