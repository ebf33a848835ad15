/**
 * "Same story elsewhere": articles from other sources about the same event. Two rules, in order:
 * 1. near-duplicate text: MinHash signatures of word shingles, candidate pairs from LSH bands;
 * 2. same entities, close dates: most entities shared and publication days at most a few apart.
 * Never compares all pairs: candidates come from LSH buckets and from the entity index.
 */
import settings from '../heuristics/site.json' with { type: 'json' };
import type { ArticleRecord } from '../types.ts';
import { invertedIndex } from './related.ts';

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

/** Word shingles of a text: lower-cased letter/digit runs, `size` words each. */
export function shingles(text: string, size = S.shingle): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (words.length > 0 && words.length < size) out.add(words.join(' '));
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

/** MinHash signature: for each of `hashes` seeded functions, the smallest hash over the shingles. */
export function minhash(set: ReadonlySet<string>, hashes = S.hashes): Uint32Array {
  const sig = new Uint32Array(hashes).fill(0xffffffff);
  for (const s of set) {
    const h = fnv(s);
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
  // 2. Same entities, close dates: candidates share at least one entity (from the index).
  const index = invertedIndex(articles);
  for (const a of articles) {
    const day = dayNumber(a);
    if (day === undefined) continue;
    const mine = new Set(a.entities.map((e) => e.id));
    if (mine.size < S.minSharedEntities) continue;
    const shared = new Map<string, number>();
    for (const e of mine) {
      const postings = index.get(e) ?? [];
      if (postings.length > settings.related.maxPostings) continue;
      for (const b of postings) if (b > a.id) shared.set(b, (shared.get(b) ?? 0) + 1);
    }
    for (const [bId, count] of shared) {
      const b = byId.get(bId)!;
      const other = dayNumber(b);
      if (count < S.minSharedEntities || other === undefined || Math.abs(other - day) > S.maxDays || !otherSource(a, b)) continue;
      const union = new Set([...mine, ...b.entities.map((e) => e.id)]).size;
      if (count / union >= S.minEntityJaccard) add(a.id, bId, 'same-entities', count / union);
    }
  }
  const out = new Map<string, SameStory[]>();
  for (const [id, m] of found) out.set(id, [...m.values()].sort((x, y) => y.similarity - x.similarity || x.id.localeCompare(y.id)).slice(0, S.limit));
  return out;
}
