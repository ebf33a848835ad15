/**
 * Events at archive scale: finds and merges the dated events of the Reuters-21578 articles
 * (../shared/corpora/reuters21578, read at run time), using each article's gold date (TRAIN) as
 * its publication date so relative dates resolve. Prints counts and timings.
 *
 *   npx tsx scripts/bench-events.ts [limit]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { mergeEvents } from '../src/archive/events.ts';
import { findEvents } from '../src/pipeline/events.ts';
import { parseIsoDate } from '../src/pipeline/iso-date.ts';
import type { EventMention } from '../src/types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(repoRoot, '../shared/corpora/reuters21578/articles.jsonl.gz');
if (!fs.existsSync(file)) {
  console.error(`corpus not found: ${file}`);
  process.exit(1);
}
const limit = Number(process.argv[2] ?? Number.POSITIVE_INFINITY);
const rows = gunzipSync(fs.readFileSync(file))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, limit)
  .map((l) => JSON.parse(l) as { id: string; body: string; gold?: { date?: string } });

let t = performance.now();
const perArticle: { id: string; events: EventMention[] }[] = [];
let relative = 0;
for (const r of rows) {
  const published = r.gold?.date ? (parseIsoDate(r.gold.date.slice(0, 10)) ?? null) : null;
  // Wire bodies: paragraphs start with an indented line; other line breaks only wrap the text.
  const paragraphs = r.body.split(/\n\s{2,}/).map((p) => p.replace(/\s+/g, " ").trim());
  const events = findEvents(paragraphs, published);
  relative += events.filter((e) => e.rule === 'relative').length;
  perArticle.push({ id: String(r.id), events });
}
const findMs = performance.now() - t;
t = performance.now();
const merged = mergeEvents(perArticle);
const mergeMs = performance.now() - t;
const mentions = perArticle.reduce((n, a) => n + a.events.length, 0);
const shared = merged.filter((e) => e.articles.length > 1);
console.log(`${rows.length} articles, ${mentions} event mentions (${relative} relative) in ${(findMs / 1000).toFixed(1)} s`);
console.log(`${merged.length} events after merging in ${(mergeMs / 1000).toFixed(2)} s; ${shared.length} cited by 2+ articles (largest: ${Math.max(0, ...merged.map((e) => e.articles.length))})`);
for (const e of shared.sort((a, b) => b.articles.length - a.articles.length).slice(0, 5)) console.log(`  ${e.date} (${e.articles.length}) ${e.label.slice(0, 100)}`);
