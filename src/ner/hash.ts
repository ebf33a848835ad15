/**
 * 32-bit hashing of features: a feature is a template number combined with the hashes of the
 * strings it reads (word, shape, tag...), so no feature string is ever built while tagging.
 */

/** FNV-1a hash of a string, as a signed 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** murmur3's finaliser: spreads every input bit over the output. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Hash of feature template `t` reading one value. */
export function feature1(t: number, a: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a);
}

/** Hash of feature template `t` reading two values. */
export function feature2(t: number, a: number, b: number): number {
  return fmix(feature1(t, a) ^ Math.imul(b, 0x27d4eb2f));
}

/** Hash of feature template `t` reading three values. */
export function feature3(t: number, a: number, b: number, c: number): number {
  return fmix(feature2(t, a, b) ^ Math.imul(c, 0x165667b1));
}

/** An open-addressing table from feature hash to weight row (-1 when absent). */
export class FeatureTable {
  readonly #keys: Int32Array;
  readonly #rows: Int32Array;
  readonly #mask: number;

  constructor(hashes: ArrayLike<number>) {
    let size = 1024;
    while (size < hashes.length * 2) size *= 2;
    this.#keys = new Int32Array(size);
    this.#rows = new Int32Array(size).fill(-1);
    this.#mask = size - 1;
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r]!;
      let slot = h & this.#mask;
      while (this.#rows[slot]! !== -1 && this.#keys[slot] !== h) slot = (slot + 1) & this.#mask;
      this.#keys[slot] = h;
      this.#rows[slot] = r;
    }
  }

  /** The row of a feature hash, or -1. */
  get(h: number): number {
    let slot = h & this.#mask;
    for (;;) {
      const row = this.#rows[slot]!;
      if (row === -1 || this.#keys[slot] === h) return row;
      slot = (slot + 1) & this.#mask;
    }
  }
}
