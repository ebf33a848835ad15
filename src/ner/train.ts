/**
 * Training of the averaged perceptron: greedy decoding of each training document with the
 * current weights, an update on every wrong tag, weights averaged over all steps, then pruned
 * and quantised to 16-bit integers.
 */
import { bilouTags } from './bilou.ts';
import { decodeSentence, type Remembered, transitionTable } from './decode.ts';
import { gazetteerMatches, type PreparedSentence, prepareSentence, staticFeatures } from './features.ts';
import type { Lexicon } from './lexicon.ts';
import { createModel, type NerModel } from './model.ts';

/** A training document: sentences of tokens with their BILOU tags. */
export interface TrainingDocument {
  tokens: string[][];
  tags: string[][];
}

/** Options of `train`. */
export interface TrainOptions {
  types: string[];
  epochs: number;
  /** One model is trained per seed (shuffle order); their averaged weights are averaged (parameter mixing). */
  seeds: number[];
  /** Static features seen fewer times in training are dropped. */
  minCount: number;
  /** Averaged weights below this (absolute) are dropped from the model. */
  prune: number;
  /** The lexicon used to tag training document `d` (e.g. a gazetteer without its own names). */
  lexiconFor: (d: number) => Lexicon;
  /** The lexicon shipped with the model. */
  lexicon: Lexicon;
  /** Only valid BILOU continuations while decoding. */
  constrained: boolean;
  about: Record<string, unknown>;
  log?: (line: string) => void;
}

/** mulberry32: a small seeded PRNG, so shuffles are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Prepared {
  sentences: PreparedSentence[];
  /** static feature ids per sentence per token */
  ids: Int32Array[][];
  gold: number[][];
}

/** Trains a model on the documents. */
export function train(docs: readonly TrainingDocument[], options: TrainOptions): NerModel {
  const tags = bilouTags(options.types);
  const nTags = tags.length;
  const tagIndex = new Map(tags.map((t, k) => [t, k] as const));
  const log = options.log ?? (() => {});

  // 1. count static features, 2. keep the frequent ones as ids
  const preparedSentences = docs.map((doc, d) => {
    const lexicon = options.lexiconFor(d);
    return doc.tokens.map((tokens) => {
      const s = prepareSentence(tokens, lexicon);
      return { s, gaz: gazetteerMatches(s, lexicon), lexicon };
    });
  });
  const counts = new Map<number, number>();
  const feats: number[] = [];
  for (const doc of preparedSentences) {
    for (const { s, gaz, lexicon } of doc) {
      for (let i = 0; i < s.words.length; i++) {
        feats.length = 0;
        staticFeatures(s, i, gaz[i]!, lexicon, feats);
        for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
      }
    }
  }
  const index = new Map<number, number>();
  for (const [f, c] of counts) if (c >= options.minCount) index.set(f, index.size);
  counts.clear();
  log(`${index.size} static features`);
  const prepared: Prepared[] = preparedSentences.map((doc, d) => ({
    sentences: doc.map((x) => x.s),
    ids: doc.map(({ s, gaz, lexicon }) =>
      s.words.map((_, i) => {
        feats.length = 0;
        staticFeatures(s, i, gaz[i]!, lexicon, feats);
        const list: number[] = [];
        for (const f of feats) {
          const id = index.get(f);
          if (id !== undefined) list.push(id);
        }
        return Int32Array.from(list);
      }),
    ),
    gold: docs[d]!.tags.map((row) => row.map((t) => tagIndex.get(t) ?? 0)),
  }));

  const table = transitionTable(tags, options.constrained);
  let sum = new Float64Array((index.size + 200_000) * nTags);
  for (const seed of options.seeds) {
    let capacity = (index.size + 200_000) * nTags;
    let w = new Float32Array(capacity);
    let u = new Float64Array(capacity);
    const idOf = (f: number): number => {
      let id = index.get(f);
      if (id === undefined) {
        id = index.size;
        index.set(f, id);
        if ((id + 1) * nTags > capacity) {
          capacity *= 2;
          const w2 = new Float32Array(capacity);
          w2.set(w);
          w = w2;
          const u2 = new Float64Array(capacity);
          u2.set(u);
          u = u2;
        }
      }
      return id;
    };
    const random = seededRandom(seed);
    const order = docs.map((_, d) => d);
    let c = 1;
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      for (let k = order.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [order[k], order[j]] = [order[j]!, order[k]!];
      }
      let errors = 0;
      let total = 0;
      for (const d of order) {
        const doc = prepared[d]!;
        const decodeAll = () => {
          const memory = new Map<string, Remembered>();
          return doc.sentences.map((sentence, si) => {
            const ids = doc.ids[si]!;
            const gold = doc.gold[si]!;
            const score = (_s: PreparedSentence, i: number, dynamic: readonly number[], scores: Float64Array) => {
              scores.fill(0);
              const add = (id: number) => {
                const base = id * nTags;
                for (let t = 0; t < nTags; t++) scores[t]! += w[base + t]!;
              };
              for (const id of ids[i]!) add(id);
              for (const f of dynamic) add(idOf(f));
            };
            return decodeSentence(sentence, tags, table, { memory }, score, (i, guess, dynamic) => {
              const truth = gold[i]!;
              total++;
              if (guess !== truth) {
                errors++;
                const update = (id: number) => {
                  w[id * nTags + truth]! += 1;
                  u[id * nTags + truth]! += c;
                  w[id * nTags + guess]! -= 1;
                  u[id * nTags + guess]! -= c;
                };
                for (const id of ids[i]!) update(id);
                for (const f of dynamic) update(idOf(f));
              }
              c++;
              return guess;
            });
          });
        };
        decodeAll();
      }
      log(`seed ${seed} epoch ${epoch}: ${errors} errors in ${total} tokens (${((100 * errors) / total).toFixed(2)}%)`);
    }

    // this seed's averaged weights, added to the sum over seeds
    if (sum.length < w.length) {
      const s2 = new Float64Array(w.length);
      s2.set(sum);
      sum = s2;
    }
    for (let k = 0; k < index.size * nTags; k++) sum[k]! += w[k]! - u[k]! / c;
  }

  // average, prune, quantise
  const rows: { f: number; values: Float64Array }[] = [];
  let maxAbs = 0;
  for (const [f, id] of index) {
    const values = new Float64Array(nTags);
    let keep = false;
    for (let t = 0; t < nTags; t++) {
      const v = sum[id * nTags + t]! / options.seeds.length;
      if (Math.abs(v) >= options.prune) {
        values[t] = v;
        keep = true;
        maxAbs = Math.max(maxAbs, Math.abs(v));
      }
    }
    if (keep) rows.push({ f, values });
  }
  const scale = 32767 / maxAbs;
  const weights = new Int16Array(rows.length * nTags);
  rows.forEach(({ values }, r) => {
    for (let t = 0; t < nTags; t++) weights[r * nTags + t] = Math.round(values[t]! * scale);
  });
  log(`${rows.length} features kept after pruning at ${options.prune}`);
  return createModel(
    tags,
    Int32Array.from(rows, (r) => r.f),
    weights,
    options.lexicon,
    { constrained: options.constrained, about: options.about },
  );
}
