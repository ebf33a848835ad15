/**
 * An article's text signature: MinHash over hashed word shingles, so near-duplicate texts can be
 * found (site/same-story.ts) without comparing texts. Made with the article's analysis and cached
 * with it; a build only reads it. Pure.
 */
import S from '../heuristics/signature.json' with { type: 'json' };

/** 32-bit FNV-1a hash of a string. */
export function fnv(text: string): number {
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

/** The signature of a body as text (base64 of its hashes, little-endian); null for a body without words. */
export function textSignature(body: readonly string[]): string | null {
  const set = shingles(body.join('\n'));
  if (set.size === 0) return null;
  const sig = minhash(set);
  const bytes = new Uint8Array(sig.length * 4);
  const view = new DataView(bytes.buffer);
  for (const [i, v] of sig.entries()) view.setUint32(i * 4, v, true);
  return Buffer.from(bytes).toString('base64');
}

/** The hashes of a signature made by textSignature; undefined when it is not one (another version's, damaged). */
export function readSignature(text: string): Uint32Array | undefined {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== S.hashes * 4) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return Uint32Array.from({ length: S.hashes }, (_, i) => view.getUint32(i * 4, true));
}
