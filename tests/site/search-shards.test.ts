import { describe, expect, it } from 'vitest';
import { mergedFolders, shardCount, shardFolder, shardOf } from '../../src/site/search-shards.ts';

describe('search index shards', () => {
  it('keeps an archive up to the shard size in one bundle, and splits larger ones', () => {
    expect(shardCount(0, 100)).toBe(1);
    expect(shardCount(100, 100)).toBe(1);
    expect(shardCount(101, 100)).toBe(2);
    expect(shardCount(19043, 10000)).toBe(2);
    expect(shardCount(19043, 5000)).toBe(4);
  });

  it('spreads articles roughly evenly over the shards', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `article-${i}`);
    const sizes = [0, 1, 2, 3].map((k) => ids.filter((id) => shardOf(id, 4) === k).length);
    expect(Math.min(...sizes)).toBeGreaterThan(60);
  });

  it('names the first bundle pagefind/ and merges the others into it', () => {
    expect(shardFolder(0)).toBe('pagefind/');
    expect(shardFolder(2)).toBe('pagefind-shards/2/');
    expect(mergedFolders(10)).toEqual([]);
  });
});
