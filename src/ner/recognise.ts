/**
 * Named-entity recognition over raw text: tokenise, split sentences, tag the whole text as one
 * document with the committed model, and return people, organisations and places with their
 * character offsets (MISC entities are recognised but not returned).
 */
import { readFileSync } from 'node:fs';
import { readSpans } from './bilou.ts';
import { type NerModel, parseModel, tagDocument } from './model.ts';
import { splitSentences, tokenize } from './tokenize.ts';

/** An entity mention in the text; `end` is exclusive, so `text === input.slice(start, end)`. */
export interface EntitySpan {
  text: string;
  start: number;
  end: number;
  type: 'person' | 'organization' | 'place';
}

const TYPE_NAMES: Record<string, EntitySpan['type']> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** Where the committed model lives. */
export const DEFAULT_MODEL_URL = new URL('../../models/ner-en.json.gz', import.meta.url);

let defaultModel: NerModel | undefined;

/** Reads a model file (gzipped JSON written by `npm run train:ner`). */
export function loadModel(file: string | URL = DEFAULT_MODEL_URL): NerModel {
  return parseModel(readFileSync(file));
}

/** The committed model, read once on first use. */
export function getDefaultModel(): NerModel {
  defaultModel ??= loadModel();
  return defaultModel;
}

/** Finds the people, organisations and places mentioned in `text`, in text order. */
export function recognise(text: string, model: NerModel = getDefaultModel()): EntitySpan[] {
  const sentences = splitSentences(text, tokenize(text));
  const tagged = tagDocument(
    model,
    sentences.map((s) => s.map((t) => t.text)),
  );
  const out: EntitySpan[] = [];
  sentences.forEach((tokens, s) => {
    for (const span of readSpans(tagged[s]!)) {
      const type = TYPE_NAMES[span.type];
      if (!type) continue;
      const start = tokens[span.start]!.start;
      const end = tokens[span.end - 1]!.end;
      out.push({ text: text.slice(start, end), start, end, type });
    }
  });
  return out;
}

/** What the model's lexicon knows about single words, for cleaning mentions outside the tagger. */
export interface WordKnowledge {
  /** Lower-case first words of multi-word person names in the training data, never the first word of another type's name ('matthew'). */
  givenNames: ReadonlySet<string>;
  /** Whether a word is usually written in lower case in running news text ('research', not 'Reuters'); false when unknown. */
  usuallyLower: (word: string) => boolean;
  /** Whether the training data has the word as a whole entity name of some type. */
  isName: (word: string) => boolean;
  /** Whether the training data has the word as a name only of the MISC type: nationalities and the like ('Libyan'). */
  isMisc: (word: string) => boolean;
  /** Lower-case last words of multi-word person names in the training data ('smith'). */
  surnames: ReadonlySet<string>;
  /** The types (PER, ORG, LOC, MISC) a name of one or more words has in the training data; empty when unknown. */
  typesOf: (name: string) => readonly string[];
}

const knowledge = new WeakMap<NerModel, WordKnowledge>();

/** Word knowledge of a model (the committed one by default), computed once per model. */
export function wordKnowledge(model: NerModel = getDefaultModel()): WordKnowledge {
  const cached = knowledge.get(model);
  if (cached) return cached;
  const { gazetteer, truecase, clusters } = model.lexicon;
  const person = new Set<string>();
  const other = new Set<string>();
  const surnames = new Set<string>();
  for (const [name, types] of gazetteer) {
    const space = name.indexOf(' ');
    if (space < 0) continue;
    const first = name.slice(0, space);
    for (const t of types) (t === 'PER' ? person : other).add(first);
    if (types.includes('PER')) surnames.add(name.slice(name.lastIndexOf(' ') + 1));
  }
  const givenNames = new Set([...person].filter((w) => !other.has(w) && /^\p{L}{2,}$/u.test(w)));
  const result: WordKnowledge = {
    givenNames,
    surnames,
    usuallyLower: (word) => {
      const lower = word.toLowerCase();
      return !truecase.has(lower) && clusters.has(lower);
    },
    isName: (word) => gazetteer.has(word.toLowerCase()),
    isMisc: (word) => gazetteer.get(word.toLowerCase())?.every((t) => t === 'MISC') ?? false,
    typesOf: (name) => gazetteer.get(name.toLowerCase()) ?? [],
  };
  knowledge.set(model, result);
  return result;
}
