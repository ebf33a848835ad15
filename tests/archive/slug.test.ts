import { describe, expect, it } from 'vitest';
import { collate } from '../../src/collate.ts';
import { compareSlugs, slugify, uniqueSlugs } from '../../src/archive/slug.ts';

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

describe('compareSlugs', () => {
  const sign = (n: number) => Math.sign(n);
  it('orders every pair of slug characters as the collator does', () => {
    const chars = '-0123456789abcdefghijklmnopqrstuvwxyz'.split('');
    for (const a of chars) for (const b of chars) expect(sign(compareSlugs(a, b)), `${a} ${b}`).toBe(sign(collate(a, b)));
  });

  it('orders slugs made from varied texts as the collator does', () => {
    const texts = ['Ann Lee', 'Ann-Lee', 'Annlee', 'ann lee 2', 'A1', 'a-1', 'a10', 'a9', 'Zürich', 'zurich-2', 'z', 'Łódź', 'x--y', '2020 report', '20-20'];
    const slugs = texts.map(slugify);
    for (const a of slugs) for (const b of slugs) expect(sign(compareSlugs(a, b)), `${a} ${b}`).toBe(sign(collate(a, b)));
  });
});
