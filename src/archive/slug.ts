/** URL slugs: ASCII, lower case, never empty, never "." or "..", bounded length. */
import { createHash } from 'node:crypto';

const MAX_SLUG = 80;
/** Only this much of a text is read for its slug: enough for MAX_SLUG, bounded for huge inputs. */
const MAX_SLUG_SOURCE = 2000;
/** Names Windows will not create as files or folders (the site may be copied there). */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** Short stable hash of a string (hex), for disambiguating slugs. */
export function shortHash(text: string, length = 6): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/** Turns any text into a slug; falls back to a hash of the text when nothing readable is left. */
export function slugify(text: string): string {
  const slug = text
    .slice(0, MAX_SLUG_SOURCE)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßøæœłđ]/gi, (c) => ({ ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd' })[c.toLowerCase()] ?? c)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '');
  if (RESERVED.test(slug)) return `${slug}-${shortHash(text, 6)}`;
  return slug || `x-${shortHash(text, 8)}`;
}

/**
 * Gives each key a unique slug: the first claimant (in `order`) keeps the plain slug, later ones
 * get a short hash of their `hash` (default: their key) appended. Returns the slugs and the keys that collided.
 */
export function uniqueSlugs(items: readonly { key: string; wanted: string; hash?: string }[]): { slugs: Map<string, string>; collided: string[] } {
  const used = new Set<string>();
  const slugs = new Map<string, string>();
  const collided: string[] = [];
  for (const { key, wanted, hash } of items) {
    let slug = slugify(wanted);
    if (used.has(slug)) {
      collided.push(key);
      slug = `${slug.slice(0, MAX_SLUG - 7)}-${shortHash(hash ?? key)}`;
      for (let n = 2; used.has(slug); n++) slug = `${slug.slice(0, MAX_SLUG - 10)}-${n}`;
    }
    used.add(slug);
    slugs.set(key, slug);
  }
  return { slugs, collided };
}

/**
 * Orders slugs (ASCII lower-case letters, digits and hyphens) as `collate` does: hyphen, then
 * digits, then letters, character by character (tests/archive/slug.test.ts checks it), without
 * the collator's cost.
 */
export const compareSlugs = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
