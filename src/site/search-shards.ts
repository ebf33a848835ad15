/**
 * How the search index is split on a large archive: articles go to shards by a stable hash of
 * their id, each shard a Pagefind bundle; the search page merges them. Pure.
 */
import settings from '../heuristics/site.json' with { type: 'json' };
import { fnv } from '../pipeline/text-signature.ts';

/** Number of shards for `n` articles. */
export function shardCount(n: number, size = settings.searchIndex.shardSize): number {
  return Math.max(1, Math.ceil(n / size));
}

/** The shard of an article: a stable hash of its id (FNV-1a), so adding one moves no other. */
export function shardOf(id: string, shards: number): number {
  return fnv(id) % shards;
}

/** Bundle folder of a shard, relative to the output folder: 'pagefind/' for the first. */
export function shardFolder(k: number): string {
  return k === 0 ? 'pagefind/' : `pagefind-shards/${k}/`;
}

/** A shard's entry file, relative to the output folder: its bundle is there when this file is. */
export function shardEntry(k: number): string {
  return `${shardFolder(k)}pagefind-entry.json`;
}

/** The bundle folders the search page merges into the first one. */
export function mergedFolders(articles: number): string[] {
  return Array.from({ length: shardCount(articles) - 1 }, (_, k) => shardFolder(k + 1));
}
