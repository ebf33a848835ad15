import { describe, expect, it } from 'vitest';
import { normaliseSiteUrl } from '../../src/site/site-url.ts';

describe('normaliseSiteUrl', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org/archive', 'https://example.org/archive/'],
    ['http://127.0.0.1:8080/archive/', 'http://127.0.0.1:8080/archive/'],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseSiteUrl(input)).toBe(expected);
  });
  it.each([['example.org/archive/'], ['ftp://example.org/'], ['https://example.org/?q=1'], ['javascript:alert(1)']])('rejects %j with the fix', (input) => {
    expect(() => normaliseSiteUrl(input)).toThrow(/--site-url/);
  });
});
