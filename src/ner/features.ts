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
  /** Hashes of the word's cluster path cut to 6 bits and whole (0: no cluster). */
  hc6: Int32Array;
  hc: Int32Array;
  usualCase: Int32Array;
  /** Lower case of capitalised words (the key of the document memory and the gazetteer), else undefined. */
  keys: (string | undefined)[];
}

/** What a sentence needs to know about one (normalised) word. */
export interface WordInfo {
  lower: string;
  shape: string;
  hw: number;
  hl: number;
  hs: number;
  hc6: number;
  hc: number;
  /** How the word is usually written in running text: 1 lower, 2 capitalised, 3 capitals, 0 unknown. */
  usualCase: number;
  /** Lower case of a capitalised word, else undefined. */
  key: string | undefined;
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
  usualCase: 27,
  memoryTag: 28,
  memoryMajority: 29,
} as const;

/** Collapsed word shape: "Haftar" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let j = 0; j < word.length; j++) {
    const code = word.charCodeAt(j);
    let c: string;
    if (code >= 48 && code <= 57) c = 'd';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code < 128) c = word[j]!;
    else {
      const ch = word[j]!;
      c = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const STARTS_UPPER = /^\p{Lu}/u;
const DIGIT = /\d/;
const DIGITS = /\d/g;

/** Computes the per-word information (lower case, shape, hashes, cluster hashes). */
export function wordInfo(word: string, lexicon: Lexicon): WordInfo {
  let lower = word.toLowerCase();
  if (DIGIT.test(lower)) lower = lower.replace(DIGITS, '0');
  const shape = wordShape(word);
  const cluster = lexicon.clusters.get(word);
  return {
    lower,
    shape,
    hw: hashString(word),
    hl: hashString(lower),
    hs: hashString(shape),
    hc6: cluster ? hashString(cluster.slice(0, 6)) : 0,
    hc: cluster ? hashString(cluster) : 0,
    usualCase: usualCase(word, lexicon),
    key: STARTS_UPPER.test(word) ? word.toLowerCase() : undefined,
  };
}

/** How a word is usually written in the unlabelled text: 1 lower case, 2 capitalised, 3 capitals, 0 unknown. */
export function usualCase(word: string, lexicon: Lexicon): number {
  const lower = word.toLowerCase();
  const form = lexicon.truecase.get(lower);
  if (form !== undefined) return form === form.toUpperCase() ? 3 : 2;
  return lexicon.clusters.has(lower) ? 1 : 0;
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

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWER_WORD = /^\p{Ll}{5,}$/u;

/**
 * A headline in title case: at least three words that are usually lower case are capitalised
 * (not counting the first word), and no word of five letters or more is in lower case.
 */
export function isTitleSentence(words: readonly string[], lexicon: Lexicon): boolean {
  if (lexicon.clusters.size === 0) return false;
  let capitalised = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (LOWER_WORD.test(w)) return false;
    if (i > 0 && CAPITALISED.test(w) && usualCase(w, lexicon) === 1) capitalised++;
  }
  return capitalised >= 3;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * Normalises the tokens of a sentence and re-cases an ALL-CAPS sentence from the lexicon.
 * `cache` (word -> info) saves recomputing frequent words.
 */
export function prepareSentence(tokens: readonly string[], lexicon: Lexicon, cache?: Map<string, WordInfo>): PreparedSentence {
  let words = tokens.map(normaliseToken);
  const upper = isUpperSentence(words);
  if (upper) {
    words = words.map((w) => (TWO_UPPER.test(w) ? (lexicon.truecase.get(w.toLowerCase()) ?? titleCase(w)) : w));
  } else if (isTitleSentence(words, lexicon)) {
    // "Officials Meet Strongman Khalifa Haftar": words usually written in lower case go back to it
    words = words.map((w, i) => (i > 0 && CAPITALISED.test(w) && usualCase(w, lexicon) === 1 ? w.toLowerCase() : w));
  }
  const n = words.length;
  const s: PreparedSentence = {
    words,
    lower: new Array<string>(n),
    shapes: new Array<string>(n),
    upper,
    hw: new Int32Array(n),
    hl: new Int32Array(n),
    hs: new Int32Array(n),
    hc6: new Int32Array(n),
    hc: new Int32Array(n),
    usualCase: new Int32Array(n),
    keys: new Array<string | undefined>(n),
  };
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    let info = cache?.get(w);
    if (!info) {
      info = wordInfo(w, lexicon);
      cache?.set(w, info);
    }
    s.lower[i] = info.lower;
    s.shapes[i] = info.shape;
    s.hw[i] = info.hw;
    s.hl[i] = info.hl;
    s.hs[i] = info.hs;
    s.hc6[i] = info.hc6;
    s.hc[i] = info.hc;
    s.usualCase[i] = info.usualCase;
    s.keys[i] = info.key;
  }
  return s;
}

const GAZ_POS = { B: 0, I: 1, L: 2, U: 3 } as const;
const NO_MATCH: readonly number[] = [];
const typeHashes = new Map<string, number>();
const typeHash = (type: string) => {
  let h = typeHashes.get(type);
  if (h === undefined) {
    h = hashString(type);
    typeHashes.set(type, h);
  }
  return h;
};

/** Gazetteer match codes per token (type index * 4 + position B/I/L/U) for every name it is part of. */
export function gazetteerMatches(sentence: PreparedSentence, lexicon: Lexicon): (readonly number[])[] {
  const n = sentence.words.length;
  const out: (readonly number[])[] = new Array(n).fill(NO_MATCH);
  if (lexicon.gazetteer.size === 0) return out;
  const push = (j: number, type: string, pos: keyof typeof GAZ_POS) => {
    const list = out[j] === NO_MATCH ? [] : (out[j] as number[]);
    list.push(typeHash(type) * 4 + GAZ_POS[pos]);
    out[j] = list;
  };
  for (let i = 0; i < n; i++) {
    const first = sentence.keys[i];
    if (first === undefined) continue;
    const maxLength = lexicon.gazetteerFirst.get(first);
    if (maxLength === undefined) continue;
    let key = first;
    for (let len = 1; len <= maxLength && i + len <= n; len++) {
      if (len > 1) key = `${key} ${sentence.words[i + len - 1]!.toLowerCase()}`;
      const types = lexicon.gazetteer.get(key);
      if (!types) continue;
      for (const type of types) {
        if (len === 1) push(i, type, 'U');
        else {
          push(i, type, 'B');
          for (let j = i + 1; j < i + len - 1; j++) push(j, type, 'I');
          push(i + len - 1, type, 'L');
        }
      }
    }
  }
  return out;
}

const CLUSTER_PREFIXES = [4, 6, 10, 20];
const START = hashString('<s>');
const END = hashString('</s>');

/** a[j], or the sentence start/end markers outside the sentence. */
function at(a: Int32Array, j: number): number {
  return j < 0 ? START : j >= a.length ? END : a[j]!;
}

/** Appends the hashes of the features of token `i` that do not depend on any tag to `out`. */
export function staticFeatures(s: PreparedSentence, i: number, gazetteer: readonly number[], lexicon: Lexicon, out: number[]): void {
  wordFeatures(s.words[i]!, s.lower[i]!, s.hw[i]!, s.hl[i]!, s.hs[i]!, s.usualCase[i]!, lexicon, out);
  contextFeatures(s, i, gazetteer, out);
}

/** Features of the word itself (the same wherever it occurs, so a tagger may cache their scores). */
export function wordFeatures(
  w: string,
  l: string,
  hw: number,
  hl: number,
  sh: number,
  usual: number,
  lexicon: Lexicon,
  out: number[],
): void {
  out.push(feature1(T.bias, 0), feature1(T.word, hw), feature1(T.lower, hl), feature1(T.shape, sh));
  if (lexicon.truecase.size > 0) out.push(feature2(T.usualCase, usual, sh));
  for (let k = 1; k <= 4 && k < l.length; k++) {
    out.push(feature2(T.prefix, k, hashString(l.slice(0, k))), feature2(T.suffix, k, hashString(l.slice(-k))));
  }
  if (lexicon.clusters.size > 0) {
    const c0 = lexicon.clusters.get(w);
    if (c0) for (const p of CLUSTER_PREFIXES) out.push(feature2(T.cluster, p, hashString(c0.slice(0, p))));
    else out.push(feature1(T.noCluster, 0));
  }
}

/** Features of the word's neighbourhood: the +-2 window, clusters of the neighbours, gazetteer matches. */
export function contextFeatures(s: PreparedSentence, i: number, gazetteer: readonly number[], out: number[]): void {
  const { hl, hs } = s;
  const n = hl.length;
  const sh = hs[i]!;
  for (const d of [-2, -1, 1, 2]) out.push(feature2(T.lowerAt, d, at(hl, i + d)), feature2(T.shapeAt, d, at(hs, i + d)));
  out.push(feature2(T.bigramLeft, at(hl, i - 1), hl[i]!), feature2(T.bigramRight, hl[i]!, at(hl, i + 1)));
  out.push(feature3(T.shapeTrigram, at(hs, i - 1), sh, at(hs, i + 1)));
  if (i === 0) out.push(feature1(T.firstShape, sh));
  if (s.upper) out.push(feature1(T.upper, 0), feature1(T.upperShape, sh));
  for (const d of [-1, 1]) {
    const j = i + d;
    if (j >= 0 && j < n && s.hc[j] !== 0) out.push(feature3(T.clusterAt, d, 6, s.hc6[j]!), feature3(T.clusterAt, d, 20, s.hc[j]!));
  }
  for (const g of gazetteer) out.push(feature1(T.gazetteer, g), feature2(T.gazetteerShape, g, sh));
}

/**
 * Appends the hashes of the features of token `i` that depend on the previous two tags and on the
 * document memory (the type this word was last tagged earlier in the document; -1 for none).
 */
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

/** Appends document-memory features beyond the last type: the last full tag and the most frequent type. */
export function memoryFeatures(seen: { counts: Int32Array; last: number }, out: number[]): void {
  let best = 0;
  for (let k = 1; k < seen.counts.length; k++) if (seen.counts[k]! > seen.counts[best]!) best = k;
  out.push(feature1(T.memoryTag, seen.last), feature1(T.memoryMajority, best));
}

/** The key under which the document memory remembers a token: capitalised words only. */
export function memoryKey(s: PreparedSentence, i: number): string | undefined {
  return s.keys[i];
}
