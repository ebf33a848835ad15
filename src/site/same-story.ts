/**
 * "Same story elsewhere": articles from other sources about the same event. Two rules, in order:
 * 1. near-duplicate text: MinHash signatures of word shingles, candidate pairs from LSH bands;
 * 2. same entities, close dates: most entities shared and publication days at most a few apart.
 * Never compares all pairs: candidates come from LSH buckets and from the entity index.
 */
import settings from '../heuristics/site.json' with { type: 'json' };
import type { ArticleRecord } from '../types.ts';
import { postingsByNumber } from './related.ts';

export type SameStoryRule = 'near-duplicate' | 'same-entities';

export interface SameStory {
  id: string;
  rule: SameStoryRule;
  /** Estimated text Jaccard (rule 1) or entity Jaccard (rule 2). */
  similarity: number;
}

type Lite = Pick<ArticleRecord, 'id' | 'body' | 'entities' | 'published' | 'source'>;

const S = settings.sameStory;

/** 32-bit FNV-1a hash of a string. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3 finaliser) seeded per hash function. */
function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * Word shingles of a text, hashed: lower-cased letter/digit runs, `size` words each, each shingle
 * a 30-bit hash of its words' hashes (no string per shingle).
 */
export function shingles(text: string, size = S.shingle): Set<number> {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => fnv(w) & 0x3fffffff);
  const out = new Set<number>();
  const shingle = (from: number, to: number) => {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ words[i]!, 0x01000193);
    // 30 bits: a small integer in V8, so the set holds no boxed numbers.
    return h & 0x3fffffff;
  };
  if (words.length > 0 && words.length < size) out.add(shingle(0, words.length));
  for (let i = 0; i + size <= words.length; i++) out.add(shingle(i, i + size));
  return out;
}

/** MinHash signature: for each of `hashes` seeded functions, the smallest hash over the shingles. */
export function minhash(set: ReadonlySet<number>, hashes = S.hashes): Uint32Array {
  const sig = new Uint32Array(hashes).fill(0xffffffff);
  for (const h of set) {
    for (let i = 0; i < hashes; i++) {
      const v = mix(h, i + 1);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Fraction of equal positions: an estimate of the Jaccard similarity of the two sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

const dayNumber = (a: Lite): number | undefined =>
  a.published && a.published.precision === 'day' && !a.published.estimated ? Date.parse(`${a.published.date}T00:00:00Z`) / 86_400_000 : undefined;

/** Different publishers (an unknown source may be any other). */
const otherSource = (a: Lite, b: Lite) => !a.source || !b.source || a.source.slug !== b.source.slug;

/** For every article, the articles from other sources that tell the same story. */
export function sameStory(articles: readonly Lite[]): Map<string, SameStory[]> {
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
    const set = shingles(a.body.join('\n'));
    if (set.size === 0) continue;
    const sig = minhash(set);
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
  for (const [id, m] of found) out.set(id, [...m.values()].sort((x, y) => y.similarity - x.similarity || x.id.localeCompare(y.id)).slice(0, S.limit));
  return out;
}
