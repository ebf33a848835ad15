/**
 * Learns word clusters and usual word casing from unlabelled news text (the Reuters-21578
 * bodies in ../shared/corpora) for the named-entity recogniser, and writes
 * models/ner-clusters-en.json.gz. Usage: npm run clusters:ner
 *
 * Each frequent word is described by the words seen just before and after it (positive
 * pointwise mutual information over the most frequent neighbours); the words are then split
 * in two again and again (bisecting spherical k-means), so each word gets a bit-string path like
 * a Brown cluster: "0110" groups words used alike, longer prefixes are finer groups.
 * Deterministic: no randomness, fixed order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isUpperSentence } from '../src/ner/features.ts';
import { normaliseToken, splitSentences, tokenize } from '../src/ner/tokenize.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(repoRoot, '../shared/corpora/reuters21578/articles.jsonl.gz');
const OUT = path.join(repoRoot, 'models/ner-clusters-en.json.gz');
const MIN_COUNT = 5; // words rarer than this get no cluster
const CONTEXTS = 400; // most frequent (lower-case) neighbours used as context dimensions
const DEPTH = 14; // longest path
const MIN_LEAF = 4; // a cluster this small is not split further

const t0 = Date.now();
const sentences: string[][] = [];
for (const line of gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n')) {
  if (!line) continue;
  const { body } = JSON.parse(line) as { body?: string };
  if (!body) continue;
  // wire text wraps lines inside sentences: a line break is not a sentence end here
  const text = body.replace(/\n(?!\s)/g, ' ');
  for (const s of splitSentences(text, tokenize(text))) {
    const words = s.map((t) => normaliseToken(t.text));
    if (!isUpperSentence(words)) sentences.push(words);
  }
}
console.log(`${sentences.length} sentences read`);

// usual casing: the most frequent form of each lower-case word, not counting sentence starts
const forms = new Map<string, Map<string, number>>();
const freq = new Map<string, number>();
const lowerFreq = new Map<string, number>();
const lowerOf = (w: string) => w.toLowerCase().replace(/\d/g, '0');
for (const s of sentences) {
  s.forEach((w, i) => {
    freq.set(w, (freq.get(w) ?? 0) + 1);
    const l = lowerOf(w);
    lowerFreq.set(l, (lowerFreq.get(l) ?? 0) + 1);
    if (i === 0 || !/\p{L}/u.test(w)) return;
    const key = w.toLowerCase();
    const m = forms.get(key) ?? new Map<string, number>();
    m.set(w, (m.get(w) ?? 0) + 1);
    forms.set(key, m);
  });
}
const truecase: string[] = [];
for (const [key, m] of forms) {
  const [best, n] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  if (n >= 2 && best !== key) truecase.push(best);
}
truecase.sort();

// context vectors
const vocab = [...freq].filter(([, n]) => n >= MIN_COUNT).map(([w]) => w).sort();
const vocabIndex = new Map(vocab.map((w, i) => [w, i] as const));
const contextWords = [...lowerFreq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CONTEXTS).map(([w]) => w);
const contextIndex = new Map(contextWords.map((w, i) => [w, i] as const));
const shapeOf = (w: string) => (/^\p{Lu}/u.test(w) ? 'X' : /^\p{N}/u.test(w) ? 'd' : /^\p{L}/u.test(w) ? 'x' : 'p');
const SHAPES = ['X', 'd', 'x', 'p', '<s>'];
const DIMS = 2 * (CONTEXTS + SHAPES.length);
const ctxId = (w: string | undefined, side: number) => {
  const base = side * (CONTEXTS + SHAPES.length);
  if (w === undefined) return base + CONTEXTS + 4;
  const id = contextIndex.get(lowerOf(w));
  return base + (id ?? CONTEXTS + SHAPES.indexOf(shapeOf(w)));
};
const counts = vocab.map(() => new Map<number, number>());
const ctxTotals = new Float64Array(DIMS);
let total = 0;
for (const s of sentences) {
  s.forEach((w, i) => {
    const v = vocabIndex.get(w);
    if (v === undefined) return;
    for (const c of [ctxId(s[i - 1], 0), ctxId(s[i + 1], 1)]) {
      counts[v]!.set(c, (counts[v]!.get(c) ?? 0) + 1);
      ctxTotals[c]! += 1;
      total++;
    }
  });
}
/** A sparse unit vector: dimension ids and values. */
interface Sparse {
  ids: Int32Array;
  values: Float64Array;
}
const vectors: Sparse[] = counts.map((m) => {
  const rowTotal = [...m.values()].reduce((a, b) => a + b, 0);
  const entries = [...m]
    .map(([c, n]) => [c, Math.max(0, Math.log((n * total) / (rowTotal * ctxTotals[c]!)))] as const)
    .filter(([, v]) => v > 0)
    .sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0)) || 1;
  return { ids: Int32Array.from(entries, ([c]) => c), values: Float64Array.from(entries, ([, v]) => v / norm) };
});

function normalise(v: Float64Array): Float64Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < v.length; d++) v[d]! /= norm;
  return v;
}
/** dense . dense */
const dense = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
};
/** Sparse . dense */
const dot = (a: Sparse, b: Float64Array) => {
  let s = 0;
  for (let j = 0; j < a.ids.length; j++) s += a.values[j]! * b[a.ids[j]!]!;
  return s;
};
/** dense += k * sparse */
const addTo = (target: Float64Array, a: Sparse, k: number) => {
  for (let j = 0; j < a.ids.length; j++) target[a.ids[j]!]! += k * a.values[j]!;
};

// bisecting 2-means: each split starts from the principal direction of the group (so splits are
// balanced and deterministic), then is refined by a few 2-means steps; words weigh by log frequency
const paths = new Array<string>(vocab.length).fill('');
const weightOf = vocab.map((w) => Math.log(1 + freq.get(w)!));
function split(members: number[], prefix: string): void {
  for (const m of members) paths[m] = prefix;
  if (prefix.length >= DEPTH || members.length < MIN_LEAF) return;
  const mean = new Float64Array(DIMS);
  for (const m of members) addTo(mean, vectors[m]!, 1 / members.length);
  // power iteration for the principal direction of the centred vectors
  let dir = normalise(Float64Array.from({ length: DIMS }, (_, d) => Math.sin(d + 1)));
  const project = (m: number, meanDir: number) => dot(vectors[m]!, dir) - meanDir;
  for (let iter = 0; iter < 8; iter++) {
    const meanDir = dense(mean, dir);
    const next = new Float64Array(DIMS);
    let sum = 0;
    for (const m of members) {
      const p = project(m, meanDir);
      addTo(next, vectors[m]!, p);
      sum += p;
    }
    for (let d = 0; d < DIMS; d++) next[d]! -= sum * mean[d]!;
    dir = normalise(next);
  }
  const meanDir = dense(mean, dir);
  let side = members.map((m) => project(m, meanDir) >= 0);
  for (let iter = 0; iter < 4; iter++) {
    const ca = new Float64Array(DIMS);
    const cb = new Float64Array(DIMS);
    members.forEach((m, j) => {
      addTo(side[j] ? ca : cb, vectors[m]!, weightOf[m]!);
    });
    normalise(ca);
    normalise(cb);
    side = members.map((m) => dot(vectors[m]!, ca) >= dot(vectors[m]!, cb));
  }
  const left = members.filter((_, j) => side[j]);
  const right = members.filter((_, j) => !side[j]);
  if (left.length === 0 || right.length === 0) return;
  split(left, `${prefix}0`);
  split(right, `${prefix}1`);
}
split(
  vocab.map((_, i) => i),
  '',
);

const clusters = vocab.map((w, i) => `${w} ${paths[i]}`).join('\n');
const file = {
  about: {
    source: 'Reuters-21578 article bodies (Reuters newswire 1987; research-only data)',
    method: `PPMI of left/right neighbours (${CONTEXTS} context words), principal-direction bisecting 2-means to depth ${DEPTH}`,
    minCount: MIN_COUNT,
    command: 'npm run clusters:ner',
  },
  clusters,
  truecase: truecase.join('\n'),
};
const bytes = gzipSync(JSON.stringify(file), { level: 9 });
writeFileSync(OUT, bytes);
console.log(
  `${vocab.length} words clustered, ${truecase.length} casing entries; wrote ${path.relative(process.cwd(), OUT)} (${(bytes.length / 1024).toFixed(0)} KiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
