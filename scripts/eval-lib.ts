/**
 * Shared by `npm run eval` and the quality floors test: runs the extraction over the benchmark
 * dumps in `../shared/corpora/extraction` and turns records into the scorer's prediction rows.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract.ts';
import type { ArticleRecord } from '../src/types.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The benchmark: read in place at run time, never copied into the repository. */
export const CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpora/extraction');
export const SCORER = path.resolve(REPO_ROOT, '../shared/tools/score-extraction.mjs');

export interface Prediction {
  id: string;
  title: string | null;
  author: string | null;
  date: string | null;
  body: string;
}

/** True when the benchmark and its scorer are present beside the repository. */
export function corpusAvailable(): boolean {
  return fs.existsSync(path.join(CORPUS_DIR, 'dumps')) && fs.existsSync(path.join(CORPUS_DIR, 'gold.jsonl')) && fs.existsSync(SCORER);
}

/** The tuning half ('dev') or the held-out half ('test') of a page, from a hash of its id. */
export function halfOf(id: string): 'dev' | 'test' {
  const first = createHash('sha1').update(id).digest()[0]!;
  return first % 2 === 0 ? 'dev' : 'test';
}

/** One record -> one prediction row: what the scorer compares with the gold answers. */
export function toPrediction(record: ArticleRecord): Prediction {
  const id = record.file.replace(/^.*\//, '').replace(/\.txt$/, '');
  // A title made from the file name is no headline: predict none rather than a wrong one.
  const title = record.provenance.title?.rule === 'file-name' ? null : record.title;
  const date = record.published?.precision === 'day' ? record.published.date : null;
  return { id, title, author: record.author, date, body: record.body.join('\n\n') };
}

/** Runs the extraction (without entity detection, which scoring does not use) over the dumps. */
export async function predictCorpus(): Promise<Prediction[]> {
  const archive = await extract({ articles: path.join(CORPUS_DIR, 'dumps'), entities: false });
  return archive.articles.map(toPrediction).sort((a, b) => a.id.localeCompare(b.id));
}

/** Gold rows of the benchmark, optionally one half. */
export function readGold(half?: 'dev' | 'test'): { id: string; [key: string]: unknown }[] {
  const rows = fs
    .readFileSync(path.join(CORPUS_DIR, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string });
  return half ? rows.filter((r) => halfOf(r.id) === half) : rows;
}

/** Score summary: the figures the floors hold, from the scorer's result object. */
export interface Figures {
  [name: string]: number;
}

/** Picks the headline figures out of the scorer's `scoreAll` result. */
// biome-ignore lint/suspicious/noExplicitAny: the scorer is plain JavaScript with no types.
export function figuresOf(result: any): Figures {
  const aeb = result.subsets.aeb;
  const traf = result.subsets.traf;
  return {
    aeb_body_f1: aeb.body_aeb_shingle4.f1,
    traf_body_f1: traf.body_snippets_reachable.f1,
    traf_title_normalised: traf.title.normalised,
    aeb_silver_title_normalised: aeb.silver_title.normalised,
    traf_author_overlap: traf.author.overlap,
    aeb_silver_author_overlap: aeb.silver_author.overlap,
    traf_author_spurious: traf.author.spurious,
    // Dates: the scorer gives the share of pages with a gold date that got a date (coverage) and
    // the same day (day_match); a wrong day is the difference. Spurious: a date where gold has none.
    aeb_silver_date_same_day: aeb.silver_date.day_match,
    aeb_silver_date_wrong: aeb.silver_date.coverage - aeb.silver_date.day_match,
    traf_date_same_day: traf.date.day_match,
    traf_date_wrong: traf.date.coverage - traf.date.day_match,
    traf_date_spurious: traf.date.spurious,
  };
}
