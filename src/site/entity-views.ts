/** Per-entity figures computed from the records: co-occurring entities, sources, coverage by month. */
import type { ArticleRecord, EntityRecord } from '../types.ts';

export interface Count {
  id: string;
  count: number;
}

/** For every entity, the other entities it shares articles with, with the number shared. */
export function coOccurrence(articles: readonly Pick<ArticleRecord, 'entities'>[]): Map<string, Count[]> {
  const pairs = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const ids = [...new Set(a.entities.map((e) => e.id))];
    for (const x of ids) {
      const m = pairs.get(x) ?? new Map<string, number>();
      for (const y of ids) if (y !== x) m.set(y, (m.get(y) ?? 0) + 1);
      pairs.set(x, m);
    }
  }
  const out = new Map<string, Count[]>();
  for (const [id, m] of pairs) out.set(id, [...m.entries()].map(([other, count]) => ({ id: other, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)));
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
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Splits a list into pages of `size` (at least one page, possibly empty). */
export function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length ? out : [[]];
}
