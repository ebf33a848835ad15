/**
 * Named-entity recognition over raw text: tokenise, split sentences, tag the whole text as one
 * document with the committed model, and return people, organisations and places with their
 * character offsets (MISC entities are recognised but not returned).
 */
import { readFileSync } from 'node:fs';
import { bilouToSpans } from './bilou.ts';
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
    for (const span of bilouToSpans(tagged[s]!)) {
      const type = TYPE_NAMES[span.type];
      if (!type) continue;
      const start = tokens[span.start]!.start;
      const end = tokens[span.end - 1]!.end;
      out.push({ text: text.slice(start, end), start, end, type });
    }
  });
  return out;
}
