import { describe, expect, it } from 'vitest';
import { newsArticle, scriptSafeJson } from '../../src/site/json-ld.ts';
import { article } from './records.ts';

describe('scriptSafeJson', () => {
  it.each([
    ['</script><script>alert(1)</script>', '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"'],
    ['a & b', '"a \\u0026 b"'],
    ['<!--', '"\\u003c!--"'],
    ['line\u2028sep\u2029', '"line\\u2028sep\\u2029"'],
  ])('%j', (input, expected) => {
    const out = scriptSafeJson(input);
    expect(out).toBe(expected);
    expect(JSON.parse(out)).toBe(input);
  });
});

describe('newsArticle', () => {
  it('has datePublished only for a known, not estimated date', () => {
    expect(newsArticle(article('a', { date: '2020-01-02' })).datePublished).toBe('2020-01-02');
    expect(newsArticle(article('a', { date: { date: '2020-01-02', estimated: true } })).datePublished).toBeUndefined();
    expect(newsArticle(article('a')).datePublished).toBeUndefined();
  });
  it('puts the most mentioned entities in about and the rest in mentions', () => {
    const a = article('a', { entities: ['p:Ann', 'o:Org', 'l:Oslo', 'l:Rome'] });
    a.entities[3]!.mentions = 5;
    const ld = newsArticle(a, { about: 2 });
    expect(ld.about).toEqual([
      { '@type': 'Place', name: 'Rome' },
      { '@type': 'Person', name: 'Ann' },
    ]);
    expect((ld.mentions as unknown[]).length).toBe(2);
  });
});
