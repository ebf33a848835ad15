/**
 * CoNLL-2003 files (`token POS chunk NER` columns, `-DOCSTART-` between documents, blank lines
 * between sentences) and conlleval-style entity scoring: exact span and type.
 */
import { iobToSpans, type TokenSpan } from './bilou.ts';

/** One document of a CoNLL file: tokens and gold IOB tags per sentence. */
export interface ConllDocument {
  tokens: string[][];
  tags: string[][];
}

/** Parses a CoNLL file; only the first (token) and last (NER tag) columns are read. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { tokens: [], tags: [] };
  let tokens: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (tokens.length > 0) {
      doc.tokens.push(tokens);
      doc.tags.push(tags);
    }
    tokens = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.tokens.length > 0) docs.push(doc);
      doc = { tokens: [], tags: [] };
    } else if (cols[0] === '') endSentence();
    else {
      tokens.push(cols[0]!);
      tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
    }
  }
  endSentence();
  if (doc.tokens.length > 0) docs.push(doc);
  return docs;
}

/** Precision, recall and F1 with the counts behind them. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

/** Overall and per-type scores. */
export interface Scores extends Score {
  types: Record<string, Score>;
}

function score(gold: number, predicted: number, correct: number): Score {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

/**
 * Scores predicted against gold spans, sentence by sentence, counting only the given types
 * (an entity is correct when its span and type are both exact).
 */
export function scoreSpans(gold: readonly TokenSpan[][], predicted: readonly TokenSpan[][], types: readonly string[]): Scores {
  const counts = new Map(types.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]));
  gold.forEach((goldSpans, s) => {
    const predSpans = predicted[s] ?? [];
    const keys = new Set(goldSpans.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const g of goldSpans) {
      const c = counts.get(g.type);
      if (c) c.gold++;
    }
    for (const p of predSpans) {
      const c = counts.get(p.type);
      if (!c) continue;
      c.predicted++;
      if (keys.has(`${p.start}:${p.end}:${p.type}`)) c.correct++;
    }
  });
  let g = 0;
  let p = 0;
  let k = 0;
  const byType: Record<string, Score> = {};
  for (const [type, c] of counts) {
    byType[type] = score(c.gold, c.predicted, c.correct);
    g += c.gold;
    p += c.predicted;
    k += c.correct;
  }
  return { ...score(g, p, k), types: byType };
}

/** Gold spans of every sentence of the documents, in order. */
export function goldSpans(docs: readonly ConllDocument[]): TokenSpan[][] {
  return docs.flatMap((d) => d.tags.map(iobToSpans));
}
