/**
 * "Same story elsewhere": articles from other sources about the same event. Two rules, in order:
 * 1. near-duplicate text: MinHash signatures of word shingles (made with each article's analysis),
 *    candidate pairs from LSH bands;
 * 2. same entities, close dates: most entities shared and publication days at most a few apart.
 * Never compares all pairs: candidates come from LSH buckets and from the entity index.
 */
import settings from '../heuristics/site.json' with { type: 'json' };
import type { ArticleRecord } from '../types.ts';
import { readSignature, estimateJaccard, minhash, shingles } from '../pipeline/text-signature.ts';
import { postingsByNumber } from './related.ts';
import { collate } from '../collate.ts';

export type SameStoryRule = 'near-duplicate' | 'same-entities';

export interface SameStory {
  id: string;
  rule: SameStoryRule;
  /** Estimated text Jaccard (rule 1) or entity Jaccard (rule 2). */
  similarity: number;
}

type Lite = Pick<ArticleRecord, 'id' | 'body' | 'entities' | 'published' | 'source'>;

const S = settings.sameStory;

const dayNumber = (a: Lite): number | undefined =>
  a.published && a.published.precision === 'day' && !a.published.estimated ? Date.parse(`${a.published.date}T00:00:00Z`) / 86_400_000 : undefined;

/** Different publishers (an unknown source may be any other). */
const otherSource = (a: Lite, b: Lite) => !a.source || !b.source || a.source.slug !== b.source.slug;

/** The text signature of an article: the one made with its analysis (`given`, by id), else made now. */
function signatureOf(a: Lite, given: ReadonlyMap<string, string> | undefined): Uint32Array | undefined {
  const stored = given?.get(a.id);
  const read = stored ? readSignature(stored) : undefined;
  if (read) return read;
  const set = shingles(a.body.join('\n'));
  return set.size ? minhash(set) : undefined;
}

/**
 * For every article, the articles from other sources that tell the same story. `signatures`:
 * text signatures by article id, as made with each article's analysis (pipeline/text-signature.ts).
 */
export function sameStory(articles: readonly Lite[], signatures?: ReadonlyMap<string, string>): Map<string, SameStory[]> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const found = new Map<string, Map<string, SameStory>>(articles.map((a) => [a.id, new Map()]));
  const add = (a: string, b: string, rule: SameStoryRule, similarity: number) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const m = found.get(x)!;
      if (!m.has(y)) m.set(y, { id: y, rule, similarity: Math.round(similarity * 100) / 100 });
    }
  };
  // 1. Near-duplicate text.
  const sigs = new Map<string, Uint32Array>();
  const buckets = new Map<string, string[]>();
  for (const a of articles) {
    const sig = signatureOf(a, signatures);
    if (!sig) continue;
    sigs.set(a.id, sig);
    for (let band = 0; band * S.rows < sig.length; band++) {
      const key = `${band}:${Array.from(sig.subarray(band * S.rows, (band + 1) * S.rows)).join(',')}`;
      const list = buckets.get(key);
      if (list) list.push(a.id);
      else buckets.set(key, [a.id]);
    }
  }
  const checked = new Set<string>();
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > S.maxBucket) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!].sort() as [string, string];
        const pair = `${x}\n${y}`;
        if (checked.has(pair)) continue;
        checked.add(pair);
        if (!otherSource(byId.get(x)!, byId.get(y)!)) continue;
        const sim = estimateJaccard(sigs.get(x)!, sigs.get(y)!);
        if (sim >= S.minJaccard) add(x, y, 'near-duplicate', sim);
      }
    }
  }
  // 2. Same entities, close dates. Two articles sharing k >= minShared entities share at least
  // one outside article a's (minShared - 1) most common ones (pigeonhole), so only the postings
  // of a's rarer entities are walked, and none longer than maxPostings.
  const index = postingsByNumber(articles);
  const days = articles.map(dayNumber);
  const shared = new Uint16Array(articles.length);
  articles.forEach((a, self) => {
    const day = days[self];
    if (day === undefined) return;
    const mine = [...new Set(a.entities.map((e) => e.id))];
    if (mine.length < S.minSharedEntities) return;
    const mineSet = new Set(mine);
    const rarer = mine.map((id) => index.get(id) ?? []).sort((x, y) => x.length - y.length);
    const touched: number[] = [];
    for (const postings of rarer.slice(0, rarer.length - (S.minSharedEntities - 1))) {
      if (postings.length > settings.related.maxPostings) break;
      for (const b of postings) {
        if (b <= self || days[b] === undefined || Math.abs(days[b]! - day) > S.maxDays) continue;
        if (shared[b] === 0) touched.push(b);
        shared[b]!++;
      }
    }
    for (const b of touched) {
      shared[b] = 0;
      const other = articles[b]!;
      if (!otherSource(a, other)) continue;
      const theirs = new Set(other.entities.map((e) => e.id));
      let common = 0;
      for (const id of theirs) if (mineSet.has(id)) common++;
      const union = mineSet.size + theirs.size - common;
      if (common >= S.minSharedEntities && common / union >= S.minEntityJaccard) add(a.id, other.id, 'same-entities', common / union);
    }
  });
  const out = new Map<string, SameStory[]>();
  for (const [id, m] of found) out.set(id, [...m.values()].sort((x, y) => y.similarity - x.similarity || collate(x.id, y.id)).slice(0, S.limit));
  return out;
}
