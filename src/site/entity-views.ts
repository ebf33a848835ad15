/** Per-entity figures computed from the records: co-occurring entities, sources, coverage by month. */
import type { ArticleRecord, EntityRecord } from '../types.ts';
import { fnv } from '../pipeline/text-signature.ts';
import { topK } from '../archive/top-k.ts';
import { collate } from '../collate.ts';

export interface Count {
  id: string;
  count: number;
}

/**
 * For every entity (or those in `only`), the `limit` other entities it shares most articles with,
 * with the number shared. Counts in a typed array per entity (entities numbered), so the cost is
 * the sum over articles of (entities per article)^2, without a map per pair.
 */
export function coOccurrence(articles: readonly Pick<ArticleRecord, 'entities'>[], limit = Number.POSITIVE_INFINITY, only?: ReadonlySet<string>): Map<string, Count[]> {
  const number = new Map<string, number>();
  const names: string[] = [];
  const lists = articles.map((a) =>
    [...new Set(a.entities.map((e) => e.id))].map((id) => {
      let n = number.get(id);
      if (n === undefined) {
        n = names.length;
        number.set(id, n);
        names.push(id);
      }
      return n;
    }),
  );
  const postings: number[][] = names.map(() => []);
  lists.forEach((list, i) => {
    for (const e of list) postings[e]!.push(i);
  });
  const counts = new Uint32Array(names.length);
  const out = new Map<string, Count[]>();
  names.forEach((id, e) => {
    if (only && !only.has(id)) return;
    const touched: number[] = [];
    for (const a of postings[e]!) {
      for (const other of lists[a]!) {
        if (other === e) continue;
        if (counts[other] === 0) touched.push(other);
        counts[other]!++;
      }
    }
    const order = (x: number, y: number) => counts[y]! - counts[x]! || collate(names[x]!, names[y]!);
    const top = Number.isFinite(limit) ? topK(touched, limit, order) : touched.sort(order);
    out.set(
      id,
      top.map((o) => ({ id: names[o]!, count: counts[o]! })),
    );
    for (const o of touched) counts[o] = 0;
  });
  return out;
}

/** The sources covering an entity, most articles first. */
export function sourcesOf(entity: Pick<EntityRecord, 'articles'>, byId: ReadonlyMap<string, Pick<ArticleRecord, 'source'>>): { name: string; slug: string; count: number }[] {
  const counts = new Map<string, { name: string; slug: string; count: number }>();
  for (const id of entity.articles) {
    const s = byId.get(id)?.source;
    if (!s) continue;
    const c = counts.get(s.slug) ?? { name: s.name, slug: s.slug, count: 0 };
    c.count++;
    counts.set(s.slug, c);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || collate(a.name, b.name));
}

/**
 * The initial a name is listed under: its first letter in capitals without accents ('É' -> 'E'),
 * '0-9' for a digit, '#' for anything else; `slug` is its URL segment ('e', '0-9', 'u3b1' for 'Α').
 */
export function initialOf(name: string): { label: string; slug: string } {
  const first = [...name.normalize('NFKD').replace(/\p{M}/gu, '').trim()][0] ?? '';
  if (/\p{N}/u.test(first)) return { label: '0-9', slug: '0-9' };
  if (!/\p{L}/u.test(first)) return { label: '#', slug: 'other' };
  const label = first.toLocaleUpperCase('en');
  return { label, slug: /^[A-Z]$/.test(label) ? label.toLowerCase() : `u${label.codePointAt(0)!.toString(16)}` };
}

/** A list split by the initial of each item's name (in list order), the initials in label order. */
export function byInitial<T>(items: readonly T[], name: (item: T) => string): { label: string; slug: string; items: T[] }[] {
  const groups = new Map<string, { label: string; slug: string; items: T[] }>();
  for (const item of items) {
    const { label, slug } = initialOf(name(item));
    const group = groups.get(slug) ?? { label, slug, items: [] };
    group.items.push(item);
    groups.set(slug, group);
  }
  return [...groups.values()].sort((x, y) => collate(x.label, y.label) || collate(x.slug, y.slug));
}

/**
 * Splits a list into pages of about `size` items whose boundaries depend on the items, not on
 * their positions (content-defined chunking, as rsync and backup tools cut files): once a page
 * holds `size / 2` items, it ends after an item whose key hashes to 0 or 1 modulo `size` (so
 * pages average `size`), and at `2 * size` items at the latest. An item added to or removed from a long list
 * changes the one page it falls in, where fixed-size pages shift every later page by one (a
 * 19,043-article source list re-rendered 371 pages for one added article). At least one page,
 * possibly empty.
 */
export function stableChunks<T>(list: readonly T[], size: number, keyOf: (item: T) => string): T[][] {
  const min = Math.max(1, Math.floor(size / 2));
  const max = Math.max(min, 2 * size);
  const out: T[][] = [];
  let page: T[] = [];
  for (const item of list) {
    page.push(item);
    if (page.length >= max || (page.length >= min && fnv(keyOf(item)) % size < 2)) {
      out.push(page);
      page = [];
    }
  }
  if (page.length || out.length === 0) out.push(page);
  return out;
}
