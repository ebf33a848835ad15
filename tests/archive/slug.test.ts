import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from '../../src/archive/slug.ts';

describe('slugify', () => {
  it.each([
    ['Quay Opens in Gdańsk', 'quay-opens-in-gdansk'],
    ["Haftar's Army", 'haftars-army'],
    // path tricks become plain words
    ['../../etc/passwd', 'etc-passwd'],
    // reserved device names on Windows get a suffix
    ['CON', /^con-[0-9a-f]{6}$/],
    // nothing readable left: a stable hash, never empty, never "." or ".."
    ['..', /^x-[0-9a-f]{8}$/],
    ['港口新码头', /^x-[0-9a-f]{8}$/],
    ['📰🔥', /^x-[0-9a-f]{8}$/],
    ['', /^x-[0-9a-f]{8}$/],
  ])('%j', (text, slug) => {
    if (typeof slug === 'string') expect(slugify(text)).toBe(slug);
    else expect(slugify(text)).toMatch(slug);
    expect(slugify(text)).toBe(slugify(text));
  });

  it('bounds the length', () => {
    expect(slugify('word '.repeat(1000)).length).toBeLessThanOrEqual(80);
  });
});

describe('uniqueSlugs', () => {
  it('keeps the plain slug for the first file and gives later ones a short hash, stable across runs', () => {
    const items = [
      { key: 'a.txt', wanted: 'Same Title' },
      { key: 'b.txt', wanted: 'Same Title' },
      { key: 'c.txt', wanted: 'same title!' },
    ];
    const first = uniqueSlugs(items);
    expect(first.slugs.get('a.txt')).toBe('same-title');
    expect(first.slugs.get('b.txt')).toMatch(/^same-title-[0-9a-f]{6}$/);
    expect(new Set(first.slugs.values()).size).toBe(3);
    expect(first.collided).toEqual(['b.txt', 'c.txt']);
    expect(uniqueSlugs(items).slugs).toEqual(first.slugs);
  });
});
