/**
 * Related articles: articles that share entities, each shared entity weighted by its rarity
 * (idf = ln(N / df)). Walks an inverted index entity -> articles, never all pairs; scores are
 * accumulated in a typed array indexed by article number, reset through a touched list.
 */
import settings from '../heuristics/site.json' with { type: 'json' };
import type { ArticleRecord } from '../types.ts';
import { compareSlugs } from '../archive/slug.ts';
import { topK } from '../archive/top-k.ts';
import { collate } from '../collate.ts';

export interface RelatedOptions {
  /** Entities in more articles than this are skipped. */
  maxPostings?: number;
  /** Most related articles kept per article. */
  limit?: number;
  /** Most postings walked for one article (rarest entities first). */
  walkBudget?: number;
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

/** Entity id -> article numbers (positions in `articles`), each once. */
export function postingsByNumber(articles: readonly Lite[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  articles.forEach((a, i) => {
    for (const e of new Set(a.entities.map((x) => x.id))) {
      const list = index.get(e);
      if (list) list.push(i);
      else index.set(e, [i]);
    }
  });
  return index;
}

/** The position of each article's id in collation order, by article number. */
export function idRanks(articles: readonly { id: string }[]): Uint32Array {
  const order = articles.map((_, i) => i).sort((x, y) => compareSlugs(articles[x]!.id, articles[y]!.id));
  const rank = new Uint32Array(articles.length);
  order.forEach((i, r) => {
    rank[i] = r;
  });
  return rank;
}

/** For every article, the most related others by summed idf of shared entities. */
export function relatedArticles(articles: readonly Lite[], options: RelatedOptions = {}): Map<string, Related[]> {
  const maxPostings = options.maxPostings ?? settings.related.maxPostings;
  const limit = options.limit ?? settings.related.limit;
  const walkBudget = options.walkBudget ?? settings.related.walkBudget;
  const index = postingsByNumber(articles);
  const n = articles.length;
  const scores = new Float64Array(n);
  // Ties go to the article whose id sorts first: its rank among the ids, worked out once (a
  // collator compare for every tie cost more than the walk itself).
  const rank = idRanks(articles);
  // The entity ids of an article, made once: an article is among the top few of many others.
  const idSets: (Set<string> | undefined)[] = new Array(n);
  const entityIds = (i: number) => (idSets[i] ??= new Set(articles[i]!.entities.map((e) => e.id)));
  const out = new Map<string, Related[]>();
  articles.forEach((a, self) => {
    const touched: number[] = [];
    const used: { id: string; name: string; w: number }[] = [];
    const seen = new Set<string>();
    // Rarest entities first (they weigh most), within a budget of postings walked per article,
    // so an archive where many entities are common stays linear in its size.
    const mine = a.entities
      .filter((e) => !seen.has(e.id) && seen.add(e.id))
      .map((e) => ({ e, postings: index.get(e.id) ?? [] }))
      .sort((x, y) => x.postings.length - y.postings.length || compareSlugs(x.e.id, y.e.id));
    let budget = walkBudget;
    for (const { e, postings } of mine) {
      const w = Math.log(n / postings.length);
      if (postings.length > maxPostings || postings.length > budget || w <= 0) break;
      budget -= postings.length;
      used.push({ id: e.id, name: e.name, w });
      for (const other of postings) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += w;
      }
    }
    const top = topK(touched, limit, (x, y) => scores[y]! - scores[x]! || rank[x]! - rank[y]!).map((i) => ({ i, score: scores[i]! }));
    for (const i of touched) scores[i] = 0;
    used.sort((x, y) => y.w - x.w || collate(x.name, y.name));
    out.set(
      a.id,
      top.map(({ i, score }) => {
        const theirs = entityIds(i);
        return {
          id: articles[i]!.id,
          score: Math.round(score * 1000) / 1000,
          shared: used.filter((u) => theirs.has(u.id)).map((u) => u.name),
        };
      }),
    );
  });
  return out;
}
