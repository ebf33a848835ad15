import { describe, expect, it } from 'vitest';
import { batches, sitemapPaths } from '../../src/site/page-lists.ts';

const page = (path: string) => ({ path, head: { title: path } });

describe('batches', () => {
  const lists = { a: [page('a1'), page('a2'), page('a3')], b: [page('b1')], c: [] as ReturnType<typeof page>[] };

  it('splits the pages in order into batches of at most `size`, each with every list', () => {
    const out = batches(lists, 2);
    expect(out.map((b) => [...b.a, ...b.b, ...b.c].map((p) => p.path))).toEqual([['a1', 'a2'], ['a3', 'b1']]);
    expect(out.every((b) => 'a' in b && 'b' in b && 'c' in b)).toBe(true);
  });

  it('gives one batch for a size larger than the site, and one empty batch for no pages', () => {
    expect(batches(lists, 100)).toHaveLength(1);
    expect(batches({ a: [] as ReturnType<typeof page>[] }, 5)).toEqual([{ a: [] }]);
  });
});

describe('sitemapPaths', () => {
  it('lists page paths without index.html and without the 404 page', () => {
    expect(sitemapPaths(['index.html', 'articles/a/index.html', '404.html'])).toEqual(['', 'articles/a/']);
  });
});
