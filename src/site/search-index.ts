/**
 * The Pagefind search index, built from the article records (not by re-reading the written
 * pages): each article is one custom record with its title and body text, and the filters the
 * search page offers (source, year, entity type, entity). A large archive is split into shards
 * (by a hash of the article id), each its own Pagefind bundle that the search page merges; a
 * rebuild re-indexes only the shards whose records changed, and the indexer holds one shard at a
 * time. The Pagefind binary ships in the npm package; nothing is fetched.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type MessagePort, type TransferListItem, Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { Archive } from '../archive/assemble.ts';
import { type ArticleItem, articlePath } from './page-lists.ts';
import { entityGroupsOf, yearOf } from './view-model.ts';
import { existsIn } from './render-state.ts';
import { shardCount, shardEntry, shardFolder, shardOf } from './search-shards.ts';

export interface SearchRecord {
  /** URL under the site root, without the base path ('/articles/x/'); the search page adds it. */
  url: string;
  content: string;
  language: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

export interface SearchIndexResult {
  /** Articles in the index. */
  pages: number;
  /** Shards indexed this time (the others were up to date). */
  indexed: number;
  /** Fingerprint of each shard's records, for the next build. */
  prints: string[];
  errors: string[];
  /** Milliseconds from start to finish (it runs alongside the rendering). */
  ms?: number;
}

/** Records sent to Pagefind at once. */
const BATCH = 200;

/** What a search record is made from: the parts of an article page it indexes. */
export type SearchItem = Pick<ArticleItem, 'id' | 'path' | 'title' | 'subtitle' | 'body' | 'source' | 'year' | 'entityGroups'>;

/**
 * The search items of an archive, straight from its records (the same as its article pages'
 * items): the index can start as soon as the archive is resolved, alongside the site model.
 */
export function searchItemsOf(archive: Pick<Archive, 'articles' | 'entities'>): SearchItem[] {
  const entityArticles = new Map(archive.entities.map((e) => [e.id, e.articles.length]));
  return archive.articles.map((a) => ({
    id: a.id,
    path: articlePath(a.id),
    title: a.title,
    subtitle: a.subtitle,
    body: a.body,
    source: a.source,
    year: yearOf(a),
    entityGroups: entityGroupsOf(a, () => '', entityArticles),
  }));
}

/** The search record of one article page. Pure. */
export function searchRecord(a: SearchItem): SearchRecord {
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

/** Which shards to index again: the last build's prints, and whether a shard's bundle is on disk. */
export interface ShardReuse {
  previous: readonly string[];
  present: (k: number) => boolean;
}

/**
 * Each shard's fingerprint, and the records of each shard to index as UTF-8 JSON (null: the
 * shard is up to date). Bytes, not objects: they go to the search worker without a copy
 * (transferred), and it decodes one shard at a time, so a large archive's search text is never
 * held as objects twice. With every article's content key (`keys`), a shard's fingerprint comes
 * from the keys and the few fields they do not cover, and only the shards to index are encoded.
 * Pure but for `reuse.present`.
 */
export function encodeShards(articles: readonly SearchItem[], shardSize?: number, keys?: ReadonlyMap<string, string>, reuse?: ShardReuse): EncodedShards {
  const count = shardCount(articles.length, shardSize);
  const members: SearchItem[][] = Array.from({ length: count }, () => []);
  for (const a of articles) members[shardOf(a.id, count)]!.push(a);
  const encoder = new TextEncoder();
  const encode = (list: readonly SearchItem[]) => encoder.encode(JSON.stringify(list.map(searchRecord)));
  const upToDate = (k: number, print: string) => reuse?.previous[k] === print && reuse.present(k);
  const prints: string[] = [];
  const shards = members.map((list, k) => {
    const keyed = keys && list.every((a) => keys.has(a.id));
    const bytes = keyed ? undefined : encode(list);
    const print = bytes ? shardPrint([bytes], count) : shardPrint(list.map((a) => keyedRecord(a, keys!.get(a.id)!)), count);
    prints.push(print);
    return upToDate(k, print) ? null : (bytes ?? encode(list));
  });
  return { pages: articles.length, prints, shards };
}

/** What a search record is made from, with the content key standing for the title, subtitle and body. */
const keyedRecord = (a: SearchItem, key: string) => JSON.stringify([a.id, a.path, key, a.source?.name ?? null, a.year, a.entityGroups]);

/** Each shard's fingerprint, and the records of the shards to index (see encodeShards). */
export interface EncodedShards {
  pages: number;
  prints: string[];
  shards: (Uint8Array | null)[];
}

/** A shard's fingerprint: its records (or what they are made from), and how many shards there are (which decides its members). */
function shardPrint(parts: readonly (string | Uint8Array)[], count: number): string {
  const hash = createHash('sha1').update(`${count}\n`);
  for (const part of parts) hash.update(part);
  return hash.digest('base64url').slice(0, 16);
}

/** Whether shard `k`'s bundle is in `out`. */
export function bundlePresent(out: string): (k: number) => boolean {
  const exists = existsIn(out);
  return (k) => exists(shardEntry(k));
}

/**
 * Indexes the articles into `<out>/pagefind` (and `<out>/pagefind-shards/k` on a large archive).
 * `previous`: the shard fingerprints of the last build; a shard whose records are unchanged and
 * whose bundle is on disk is not indexed again. `keys`: the articles' content keys (see
 * encodeShards). Errors are returned, not thrown.
 */
export function writeSearchIndex(out: string, articles: readonly SearchItem[], previous: readonly string[] = [], shardSize?: number, keys?: ReadonlyMap<string, string>): Promise<SearchIndexResult> {
  return writeEncodedIndex(out, encodeShards(articles, shardSize, keys, { previous, present: bundlePresent(out) }));
}

/** writeSearchIndex from encoded shards (see encodeShards): indexes the shards given, removes those the archive no longer has. */
export async function writeEncodedIndex(out: string, { pages, prints, shards }: EncodedShards): Promise<SearchIndexResult> {
  const started = performance.now();
  const count = shards.length;
  const result: SearchIndexResult = { pages, indexed: 0, prints, errors: [] };
  const decoder = new TextDecoder();
  try {
    for (const [k, bytes] of shards.entries()) {
      if (!bytes) continue;
      // Decoded only when indexed, one shard at a time.
      result.errors.push(...(await indexShard(path.join(out, shardFolder(k)), JSON.parse(decoder.decode(bytes)) as SearchRecord[])));
      result.indexed++;
    }
  } finally {
    await pagefind.close();
  }
  // Shards of a larger archive that this one no longer has.
  const extra = await fs.readdir(path.join(out, 'pagefind-shards')).catch(() => [] as string[]);
  for (const name of extra) if (!(Number(name) > 0 && Number(name) < count)) await fs.rm(path.join(out, 'pagefind-shards', name), { recursive: true, force: true });
  if (count === 1) await fs.rm(path.join(out, 'pagefind-shards'), { recursive: true, force: true });
  result.ms = Math.round(performance.now() - started);
  return result;
}

/**
 * writeSearchIndex in a worker thread: Pagefind's replies are handled there, not queued behind
 * the long synchronous steps of the main thread (the site model, the page plan). Errors are
 * returned, not thrown.
 */
export interface SearchWorker {
  /**
   * Indexes the articles into `out` (once); the result, or its failure as errors. With a `gate`,
   * Pagefind starts when a message arrives on it or it closes (see article-links.ts: the links
   * worker goes first on the other core).
   */
  index(out: string, items: readonly SearchItem[], previous?: readonly string[], keys?: ReadonlyMap<string, string>, gate?: MessagePort): Promise<SearchIndexResult>;
  /** Opens the gate given to `index` (should the thread holding it never answer). */
  open(): void;
  /** Stops a worker that will not be given articles. */
  stop(): void;
}

/**
 * Starts a search worker ahead of its articles, so it loads its code while the archive is read
 * and resolved instead of after. Idle, it does not keep the process alive.
 */
export function startSearchWorker(): SearchWorker {
  const worker = new Worker(new URL('./search-worker.mjs', import.meta.url));
  worker.unref();
  const result = resultOf(worker);
  return {
    index(out, items, previous = [], keys, gate) {
      worker.ref();
      // The records go as bytes, moved (not copied) to the worker.
      const encoded = encodeShards(items, undefined, keys, { previous, present: bundlePresent(out) });
      const moved: TransferListItem[] = encoded.shards.flatMap((s) => (s ? [s.buffer as ArrayBuffer] : []));
      worker.postMessage({ out, encoded, gate }, gate ? [...moved, gate] : moved);
      return result;
    },
    open() {
      worker.postMessage({ open: true });
    },
    stop() {
      void worker.terminate();
    },
  };
}

/** The search worker's result; its failure as an error. */
function resultOf(worker: Worker): Promise<SearchIndexResult> {
  return new Promise((resolve) => {
    const failed = (message: string): SearchIndexResult => ({ pages: 0, indexed: 0, prints: [], errors: [message] });
    worker.once('message', (m: { result?: SearchIndexResult; error?: string }) => resolve(m.result ?? failed(m.error ?? 'the search worker gave no result')));
    worker.once('error', (error) => resolve(failed(error.message)));
    worker.once('exit', (code) => resolve(failed(`the search worker stopped (exit code ${code})`)));
  });
}

/** Writes one Pagefind bundle from scratch (files of an earlier index are named by content hash and would otherwise stay). */
async function indexShard(bundle: string, records: readonly SearchRecord[]): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return errors;
  const all = [...errors];
  for (let i = 0; i < records.length; i += BATCH) {
    for (const added of await Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord(r)))) all.push(...added.errors);
  }
  await fs.rm(bundle, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundle });
  await index.deleteIndex();
  return [...all, ...written.errors];
}
