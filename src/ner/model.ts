/**
 * The trained model: tag set, feature weights (16-bit integers, one row of per-tag weights per
 * feature hash) and lexicon; its compact file format; and document tagging with it.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeSentence, type Remembered, type TransitionTable, transitionTable } from './decode.ts';
import {
  contextFeatures,
  gazetteerMatches,
  type PreparedSentence,
  prepareSentence,
  type WordInfo,
  wordFeatures,
} from './features.ts';
import { FeatureTable } from './hash.ts';
import { buildGazetteer, type Lexicon } from './lexicon.ts';

/** A loaded model, ready to tag. */
export interface NerModel {
  tags: string[];
  /** Feature hashes in row order: row r holds weights[r * tags.length + k]. */
  features: Int32Array;
  table: FeatureTable;
  weights: Int16Array;
  lexicon: Lexicon;
  transitions: TransitionTable;
  /** Word -> summed scores of its word features (a cache filled while tagging). */
  wordScores: Map<string, Float64Array>;
  /** Word -> lower case, shape and hashes (a cache filled while tagging). */
  wordInfo: Map<string, WordInfo>;
  /** Free text: what the model was trained on, and how. */
  about: Record<string, unknown>;
}

const FORMAT = 'ner-perceptron/2';

/** The JSON written to the model file (then gzipped). */
interface ModelFile {
  format: typeof FORMAT;
  about: Record<string, unknown>;
  tags: string[];
  /** Decode with BILOU transition constraints. */
  constrained: boolean;
  /** base64 of little-endian int32 feature hashes, in row order. */
  features: string;
  /** base64 of little-endian int16 weights, row-major. */
  weights: string;
  /** "word path" lines. */
  clusters: string;
  /** Words whose usual written form is not all lower case, one a line. */
  truecase: string;
  /** "TYPE|name" lines. */
  gazetteer: string;
}

/** Options of a model besides its weights. */
export interface ModelSettings {
  constrained: boolean;
  about: Record<string, unknown>;
}

/** Assembles a model from its parts. */
export function createModel(tags: string[], features: Int32Array, weights: Int16Array, lexicon: Lexicon, settings: ModelSettings): NerModel {
  return {
    tags,
    features,
    table: new FeatureTable(features),
    weights,
    lexicon,
    transitions: transitionTable(tags, settings.constrained),
    wordScores: new Map(),
    wordInfo: new Map(),
    about: settings.about,
  };
}

const base64 = (a: Int32Array | Int16Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const bytesOf = (s: string) => {
  const b = Buffer.from(s, 'base64');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

/** Serialises a model to its gzipped file contents. */
export function serialiseModel(model: NerModel): Buffer {
  const { lexicon } = model;
  const file: ModelFile = {
    format: FORMAT,
    about: model.about,
    tags: model.tags,
    constrained: model.transitions.constrained,
    features: base64(model.features),
    weights: base64(model.weights),
    clusters: [...lexicon.clusters].map(([w, p]) => `${w} ${p}`).join('\n'),
    truecase: [...lexicon.truecase.values()].join('\n'),
    gazetteer: [...lexicon.gazetteer].flatMap(([name, types]) => types.map((t) => `${t}|${name}`)).join('\n'),
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

const lines = (s: string) => (s === '' ? [] : s.split('\n'));

/** Reads a model from gzipped file contents; throws when the format is not one this code reads. */
export function parseModel(bytes: Uint8Array): NerModel {
  const file = JSON.parse(gunzipSync(bytes).toString('utf8')) as ModelFile;
  if (file.format !== FORMAT) {
    throw new Error(`NER model format ${JSON.stringify(file.format)} is not ${FORMAT}: retrain with \`npm run train:ner\`.`);
  }
  const clusters = new Map<string, string>();
  for (const line of lines(file.clusters)) {
    const space = line.lastIndexOf(' ');
    clusters.set(line.slice(0, space), line.slice(space + 1));
  }
  const truecase = new Map(lines(file.truecase).map((w) => [w.toLowerCase(), w] as const));
  const names = lines(file.gazetteer).map((line) => {
    const bar = line.indexOf('|');
    return [line.slice(bar + 1), line.slice(0, bar)] as const;
  });
  const lexicon: Lexicon = { clusters, truecase, ...buildGazetteer(names) };
  return createModel(file.tags, new Int32Array(bytesOf(file.features)), new Int16Array(bytesOf(file.weights)), lexicon, {
    constrained: file.constrained,
    about: file.about,
  });
}

const WORD_CACHE_SIZE = 100_000;

/** Adds the weight rows of the features to `scores`. */
function addRows(model: NerModel, feats: readonly number[], scores: Float64Array, offset: number): void {
  const n = model.tags.length;
  for (const f of feats) {
    const r = model.table.get(f);
    if (r < 0) continue;
    const base = r * n;
    for (let k = 0; k < n; k++) scores[offset + k]! += model.weights[base + k]!;
  }
}

/** Scores of every tag for every token from the static features: token i at [i * n, (i + 1) * n). */
function staticScores(model: NerModel, s: PreparedSentence): Float64Array {
  const n = model.tags.length;
  const { lexicon, wordScores } = model;
  const scores = new Float64Array(s.words.length * n);
  const gazetteer = gazetteerMatches(s, lexicon);
  const feats: number[] = [];
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    let own = wordScores.get(w);
    if (!own) {
      own = new Float64Array(n);
      feats.length = 0;
      wordFeatures(w, s.lower[i]!, s.hw[i]!, s.hl[i]!, s.hs[i]!, s.usualCase[i]!, lexicon, feats);
      addRows(model, feats, own, 0);
      if (wordScores.size >= WORD_CACHE_SIZE) {
        wordScores.clear();
        model.wordInfo.clear();
      }
      wordScores.set(w, own);
    }
    for (let k = 0; k < n; k++) scores[i * n + k] = own[k]!;
    feats.length = 0;
    contextFeatures(s, i, gazetteer[i]!, feats);
    addRows(model, feats, scores, i * n);
  }
  return scores;
}

/** Tags a document given as sentences of tokens; returns one BILOU tag per token. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const { tags, lexicon, transitions } = model;
  const n = tags.length;
  const prepared = sentences.map((tokens) => prepareSentence(tokens, lexicon, model.wordInfo));
  const fixed = prepared.map((s) => staticScores(model, s));
  const memory = new Map<string, Remembered>();
  const result = prepared.map((s, j) => {
    const base = fixed[j]!;
    const score = (_s: PreparedSentence, i: number, dynamic: readonly number[], scores: Float64Array) => {
      for (let k = 0; k < n; k++) scores[k] = base[i * n + k]!;
      addRows(model, dynamic, scores, 0);
    };
    return decodeSentence(s, tags, transitions, { memory }, score);
  });
  return result.map((row) => row.map((k) => tags[k]!));
}
