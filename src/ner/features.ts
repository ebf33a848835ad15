/**
 * Feature templates of the tagger, as 32-bit hashes. Static features depend only on the sentence
 * (word, lower case, shape, affixes, a +-2 word window, word clusters, gazetteer matches);
 * dynamic features depend on the tags already chosen (the previous two tags, and what the same
 * word was tagged earlier in the document).
 */
import { feature1, feature2, feature3, hashString } from './hash.ts';
import type { Lexicon } from './lexicon.ts';
import { normaliseToken } from './tokenize.ts';

/** A sentence prepared for feature extraction. */
export interface PreparedSentence {
  /** Normalised (and, in an ALL-CAPS sentence, re-cased) words. */
  words: string[];
  /** Lower case, digits as 0. */
  lower: string[];
  shapes: string[];
  /** True when the sentence was written in capitals only (a headline). */
  upper: boolean;
  /** Hashes of words, lower-case words and shapes. */
  hw: Int32Array;
  hl: Int32Array;
  hs: Int32Array;
}

// Template numbers: part of the model, never renumber (add new ones at the end).
const T = {
  bias: 0,
  word: 1,
  lower: 2,
  shape: 3,
  prefix: 4,
  suffix: 5,
  lowerAt: 6,
  shapeAt: 7,
  bigramLeft: 8,
  bigramRight: 9,
  shapeTrigram: 10,
  firstShape: 11,
  upper: 12,
  upperShape: 13,
  cluster: 14,
  noCluster: 15,
  clusterAt: 16,
  gazetteer: 17,
  gazetteerShape: 18,
  tag1: 19,
  tag2: 20,
  tag1Lower: 21,
  tag1Shape: 22,
  memory: 23,
  memoryShape: 24,
} as const;

/** Collapsed word shape: "Haftar" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const HAS_LOWER = /\p{Ll}/u;
const TWO_UPPER = /\p{Lu}{2}/u;

/** A sentence in capitals only: no lower-case letter anywhere and some word of two capitals. */
export function isUpperSentence(tokens: readonly string[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (HAS_LOWER.test(t)) return false;
    if (TWO_UPPER.test(t)) words++;
  }
  return words > 0;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

const hashAll = (a: readonly string[]) => Int32Array.from(a, hashString);

/** Normalises the tokens of a sentence and re-cases an ALL-CAPS sentence from the lexicon. */
export function prepareSentence(tokens: readonly string[], lexicon: Lexicon): PreparedSentence {
  let words = tokens.map(normaliseToken);
  const upper = isUpperSentence(words);
  if (upper) {
    words = words.map((w) => (TWO_UPPER.test(w) ? (lexicon.truecase.get(w.toLowerCase()) ?? titleCase(w)) : w));
  }
  const lower = words.map((w) => w.toLowerCase().replace(/\d/g, '0'));
  const shapes = words.map(wordShape);
  return { words, lower, shapes, upper, hw: hashAll(words), hl: hashAll(lower), hs: hashAll(shapes) };
}

const STARTS_UPPER = /^\p{Lu}/u;
const GAZ_POS = { B: 0, I: 1, L: 2, U: 3 } as const;

/** Gazetteer match codes per token (type index * 4 + position B/I/L/U) for every name it is part of. */
export function gazetteerMatches(sentence: PreparedSentence, lexicon: Lexicon): number[][] {
  const n = sentence.words.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  if (lexicon.gazetteer.size === 0) return out;
  const code = (type: string, pos: keyof typeof GAZ_POS) => hashString(type) * 4 + GAZ_POS[pos];
  for (let i = 0; i < n; i++) {
    if (!STARTS_UPPER.test(sentence.words[i]!)) continue;
    const first = sentence.words[i]!.toLowerCase();
    const maxLength = lexicon.gazetteerFirst.get(first);
    if (maxLength === undefined) continue;
    let key = first;
    for (let len = 1; len <= maxLength && i + len <= n; len++) {
      if (len > 1) key = `${key} ${sentence.words[i + len - 1]!.toLowerCase()}`;
      const types = lexicon.gazetteer.get(key);
      if (!types) continue;
      for (const type of types) {
        if (len === 1) out[i]!.push(code(type, 'U'));
        else {
          out[i]!.push(code(type, 'B'));
          for (let j = i + 1; j < i + len - 1; j++) out[j]!.push(code(type, 'I'));
          out[i + len - 1]!.push(code(type, 'L'));
        }
      }
    }
  }
  return out;
}

const CLUSTER_PREFIXES = [4, 6, 10, 20];
const START = hashString('<s>');
const END = hashString('</s>');

/** Appends the hashes of the features of token `i` that do not depend on any tag to `out`. */
export function staticFeatures(s: PreparedSentence, i: number, gazetteer: readonly number[], lexicon: Lexicon, out: number[]): void {
  const { hw, hl, hs } = s;
  const n = hl.length;
  const l = s.lower[i]!;
  const at = (a: Int32Array, j: number) => (j < 0 ? START : j >= n ? END : a[j]!);
  const sh = hs[i]!;
  out.push(feature1(T.bias, 0), feature1(T.word, hw[i]!), feature1(T.lower, hl[i]!), feature1(T.shape, sh));
  for (let k = 1; k <= 4 && k < l.length; k++) {
    out.push(feature2(T.prefix, k, hashString(l.slice(0, k))), feature2(T.suffix, k, hashString(l.slice(-k))));
  }
  for (const d of [-2, -1, 1, 2]) out.push(feature2(T.lowerAt, d, at(hl, i + d)), feature2(T.shapeAt, d, at(hs, i + d)));
  out.push(feature2(T.bigramLeft, at(hl, i - 1), hl[i]!), feature2(T.bigramRight, hl[i]!, at(hl, i + 1)));
  out.push(feature3(T.shapeTrigram, at(hs, i - 1), sh, at(hs, i + 1)));
  if (i === 0) out.push(feature1(T.firstShape, sh));
  if (s.upper) out.push(feature1(T.upper, 0), feature1(T.upperShape, sh));
  if (lexicon.clusters.size > 0) {
    const c0 = lexicon.clusters.get(s.words[i]!);
    if (c0) for (const p of CLUSTER_PREFIXES) out.push(feature2(T.cluster, p, hashString(c0.slice(0, p))));
    else out.push(feature1(T.noCluster, 0));
    for (const d of [-1, 1]) {
      const c = i + d >= 0 && i + d < n ? lexicon.clusters.get(s.words[i + d]!) : undefined;
      if (c) out.push(feature3(T.clusterAt, d, 6, hashString(c.slice(0, 6))), feature3(T.clusterAt, d, 20, hashString(c)));
    }
  }
  for (const g of gazetteer) out.push(feature1(T.gazetteer, g), feature2(T.gazetteerShape, g, sh));
}

/** Appends the hashes of the features of token `i` that depend on the previous two tags and on the document memory. */
export function dynamicFeatures(s: PreparedSentence, i: number, prev1: number, prev2: number, memory: number, out: number[]): void {
  const sh = s.hs[i]!;
  out.push(
    feature1(T.tag1, prev1),
    feature2(T.tag2, prev2, prev1),
    feature2(T.tag1Lower, prev1, s.hl[i]!),
    feature2(T.tag1Shape, prev1, sh),
  );
  if (memory >= 0) out.push(feature1(T.memory, memory), feature2(T.memoryShape, memory, sh));
}

/** The key under which the document memory remembers a token: capitalised words only. */
export function memoryKey(s: PreparedSentence, i: number): string | undefined {
  const w = s.words[i]!;
  return STARTS_UPPER.test(w) ? w.toLowerCase() : undefined;
}
