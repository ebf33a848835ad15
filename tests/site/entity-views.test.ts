import { describe, expect, it } from 'vitest';
import { byInitial, chunk, coOccurrence, initialOf, sourcesOf } from '../../src/site/entity-views.ts';
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
  it.each([
    [[1, 2, 3], 2, [[1, 2], [3]]],
    [[], 50, [[]]],
  ])('chunk(%j, %i)', (list, size, expected) => {
    expect(chunk(list, size)).toEqual(expected);
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
