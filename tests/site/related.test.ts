import { describe, expect, it } from 'vitest';
import { idRanks, invertedIndex, relatedArticles } from '../../src/site/related.ts';
import { article } from './records.ts';

describe('invertedIndex', () => {
  it('maps each entity to the articles that mention it, once each', () => {
    const index = invertedIndex([article('a', { entities: ['p:X', 'p:X', 'l:Y'] }), article('b', { entities: ['l:Y'] })]);
    expect(Object.fromEntries(index)).toEqual({ x: ['a'], y: ['a', 'b'] });
  });
});

describe('relatedArticles', () => {
  // Four articles: 'a' shares a rare person with 'b' and a common place with 'c' and 'd'.
  const articles = [
    article('a', { entities: ['p:Rare Person', 'l:Common Place', 'l:Everywhere'] }),
    article('b', { entities: ['p:Rare Person', 'l:Everywhere'] }),
    article('c', { entities: ['l:Common Place', 'l:Everywhere'] }),
    article('d', { entities: ['l:Common Place', 'l:Everywhere'] }),
  ];
  const related = relatedArticles(articles);

  const cases: [string, string, string[]][] = [
    // A shared rare entity (df 2, idf ln 2) outranks a shared common one (df 3, idf ln 4/3).
    ['rarity wins', 'a', ['b', 'c', 'd']],
    // An entity in every article has idf 0 and relates nothing: 'b' shares only 'Rare Person' with 'a'.
    ['ubiquitous entities add nothing', 'b', ['a']],
    ['ties break by id', 'c', ['a', 'd']],
  ];
  it.each(cases)('%s', (_name, id, expected) => {
    expect(related.get(id)!.map((r) => r.id)).toEqual(expected);
  });

  it('never lists the article itself and names the shared entities rarest first', () => {
    const a = related.get('a')!;
    expect(a.some((r) => r.id === 'a')).toBe(false);
    expect(a[0]!.shared).toEqual(['Rare Person']);
  });

  it('keeps at most `limit` and skips entities over maxPostings', () => {
    expect(relatedArticles(articles, { limit: 1 }).get('a')!.map((r) => r.id)).toEqual(['b']);
    expect(relatedArticles(articles, { maxPostings: 2 }).get('c')).toEqual([]);
  });

  it('walks the rarest entities first within a budget of postings per article', () => {
    // 'a' shares a rare name with 'b' and a common place with twenty others.
    const many = [
      article('a', { entities: ['l:Common', 'p:Rare Name'] }),
      article('b', { entities: ['p:Rare Name'] }),
      ...Array.from({ length: 20 }, (_, i) => article(`c${i}`, { entities: ['l:Common'] })),
      ...Array.from({ length: 40 }, (_, i) => article(`z${i}`, { entities: ['o:Elsewhere'] })),
    ];
    const full = relatedArticles(many, { limit: 30 }).get('a')!.map((r) => r.id);
    expect(full[0]).toBe('b');
    expect(full).toContain('c0');
    // With a budget of 5 postings the common place (21 postings) is not walked; the rare name still is.
    expect(relatedArticles(many, { limit: 30, walkBudget: 5 }).get('a')!.map((r) => r.id)).toEqual(['b']);
  });
});

describe('idRanks', () => {
  it('gives each article the position of its id in collation order', () => {
    expect([...idRanks([{ id: 'b' }, { id: 'a' }, { id: 'c' }])]).toEqual([1, 0, 2]);
  });
});
