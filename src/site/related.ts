/**
 * Related articles: articles that share entities, each shared entity weighted by its rarity
 * (idf = ln(N / df)). Walks an inverted index entity -> articles, never all pairs.
 */
import settings from '../heuristics/site.json' with { type: 'json' };
import type { ArticleRecord } from '../types.ts';

export interface RelatedOptions {
  /** Entities in more articles than this are skipped. */
  maxPostings?: number;
  /** Most related articles kept per article. */
  limit?: number;
}

export interface Related {
  id: string;
  score: number;
  /** Names of the shared entities, rarest first. */
  shared: string[];
}

type Lite = Pick<ArticleRecord, 'id' | 'entities'>;

/** Entity id -> ids of the articles that mention it. */
export function invertedIndex(articles: readonly Lite[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const a of articles) {
    for (const e of new Set(a.entities.map((x) => x.id))) {
      const list = index.get(e);
      if (list) list.push(a.id);
      else index.set(e, [a.id]);
    }
  }
  return index;
}

/** For every article, the most related others by summed idf of shared entities. */
export function relatedArticles(articles: readonly Lite[], options: RelatedOptions = {}): Map<string, Related[]> {
  const maxPostings = options.maxPostings ?? settings.related.maxPostings;
  const limit = options.limit ?? settings.related.limit;
  const index = invertedIndex(articles);
  const n = articles.length;
  const idf = (entity: string) => Math.log(n / (index.get(entity)?.length ?? n));
  const out = new Map<string, Related[]>();
  for (const a of articles) {
    const scores = new Map<string, { score: number; shared: { name: string; w: number }[] }>();
    const seen = new Set<string>();
    for (const e of a.entities) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const postings = index.get(e.id) ?? [];
      const w = idf(e.id);
      if (postings.length > maxPostings || w <= 0) continue;
      for (const other of postings) {
        if (other === a.id) continue;
        const s = scores.get(other) ?? { score: 0, shared: [] };
        s.score += w;
        s.shared.push({ name: e.name, w });
        scores.set(other, s);
      }
    }
    const ranked = [...scores.entries()]
      .sort((x, y) => y[1].score - x[1].score || x[0].localeCompare(y[0]))
      .slice(0, limit)
      .map(([id, s]) => ({ id, score: Math.round(s.score * 1000) / 1000, shared: s.shared.sort((x, y) => y.w - x.w || x.name.localeCompare(y.name)).map((x) => x.name) }));
    out.set(a.id, ranked);
  }
  return out;
}
