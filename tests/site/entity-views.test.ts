import { describe, expect, it } from 'vitest';
import { byInitial, coOccurrence, initialOf, sourcesOf, stableChunks } from '../../src/site/entity-views.ts';
import { article } from './records.ts';

describe('coOccurrence', () => {
  const articles = [article('a', { entities: ['p:Ann', 'l:Oslo', 'o:Bank'] }), article('b', { entities: ['p:Ann', 'l:Oslo'] }), article('c', { entities: ['p:Ann', 'o:Bank', 'o:Bank'] })];
  it('counts shared articles per pair, most first, ties by id', () => {
    expect(coOccurrence(articles).get('ann')).toEqual([
      { id: 'bank', count: 2 },
      { id: 'oslo', count: 2 },
    ]);
    expect(coOccurrence(articles).get('oslo')).toEqual([
      { id: 'ann', count: 2 },
      { id: 'bank', count: 1 },
    ]);
  });
  it('keeps only the top `limit`', () => {
    expect(coOccurrence(articles, 1).get('oslo')).toEqual([{ id: 'ann', count: 2 }]);
  });
  it('counts for the entities asked for only, the same as for all', () => {
    const some = coOccurrence(articles, 5, new Set(['oslo']));
    expect([...some.keys()]).toEqual(['oslo']);
    expect(some.get('oslo')).toEqual(coOccurrence(articles, 5).get('oslo'));
  });
});

describe('sourcesOf and chunk', () => {
  it('counts the sources of an entity, most articles first', () => {
    const byId = new Map([article('a', { source: 'Wire' }), article('b', { source: 'Paper' }), article('c', { source: 'Wire' }), article('d')].map((a) => [a.id, a]));
    expect(sourcesOf({ articles: ['a', 'b', 'c', 'd'] }, byId)).toEqual([
      { name: 'Wire', slug: 'wire', count: 2 },
      { name: 'Paper', slug: 'paper', count: 1 },
    ]);
  });
});

describe('stableChunks', () => {
  const ids = (n: number, prefix = 'a') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const cut = (list: string[], size = 10) => stableChunks(list, size, (x) => x);

  it('keeps every item once, in order, on pages of size/2 to 2*size (the last may be shorter)', () => {
    const list = ids(1000);
    const pages = cut(list);
    expect(pages.flat()).toEqual(list);
    for (const page of pages.slice(0, -1)) {
      expect(page.length).toBeGreaterThanOrEqual(5);
      expect(page.length).toBeLessThanOrEqual(20);
    }
    // About `size` per page on average.
    expect(pages.length).toBeGreaterThan(60);
    expect(pages.length).toBeLessThan(150);
  });

  it('gives an empty list one empty page', () => {
    expect(cut([])).toEqual([[]]);
  });

  it.each([0, 137, 500, 999])('an item inserted at %i changes only the pages around it', (at) => {
    const list = ids(1000);
    const before = cut(list);
    const after = cut([...list.slice(0, at), 'new item', ...list.slice(at)]);
    const key = (p: string[]) => p.join(' ');
    const same = new Set(before.map(key));
    const changed = after.filter((p) => !same.has(key(p)));
    // The page it joins, and the one after when it closes a page early or a page reaches 2*size.
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.length).toBeLessThanOrEqual(2);
    expect(changed.flat()).toContain('new item');
  });

  it('depends on the items, not on where the list starts', () => {
    const list = ids(400);
    const whole = cut(list).map((p) => p.join(' '));
    const tail = cut(list.slice(whole[0]!.split(' ').length)).map((p) => p.join(' '));
    expect(tail).toEqual(whole.slice(1));
  });
});

describe('initialOf', () => {
  it.each([
    ['Ann Lee', 'A', 'a'],
    ['élan Corp', 'E', 'e'],
    ['Łódź', 'Ł', 'u141'],
    ['3M', '0-9', '0-9'],
    ['"Quoted" Ltd', '#', 'other'],
    ['Ωmega', 'Ω', 'u3a9'],
  ])('%s is listed under %s', (name, label, slug) => {
    expect(initialOf(name)).toEqual({ label, slug });
  });
});

describe('byInitial', () => {
  it('groups in list order under each initial, the initials in label order', () => {
    const names = ['Zed', 'ann', 'Émile', 'Adam', '3M', 'Eve'];
    expect(byInitial(names, (n) => n).map((g) => [g.label, g.slug, g.items])).toEqual([
      ['0-9', '0-9', ['3M']],
      ['A', 'a', ['ann', 'Adam']],
      ['E', 'e', ['Émile', 'Eve']],
      ['Z', 'z', ['Zed']],
    ]);
  });
});
