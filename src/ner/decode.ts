/**
 * Greedy left-to-right decoding of one document, shared by training and tagging: each token gets
 * the best-scoring tag that is a valid BILOU continuation of the previous one, and the document
 * memory remembers what each capitalised word was last tagged.
 */
import { allowedTransition } from './bilou.ts';
import { dynamicFeatures, memoryFeatures, memoryKey, type PreparedSentence } from './features.ts';

/** Scores every tag for a token: `scores[k]` for `tags[k]`. */
export type Scorer = (sentence: PreparedSentence, i: number, dynamic: readonly number[], scores: Float64Array) => void;

/** Which tags may follow which (and end a sentence), precomputed for a tag set. */
export interface TransitionTable {
  /** Whether decoding only takes valid BILOU continuations. */
  constrained: boolean;
  /** allowed[prev * n + next]; prev index n is the sentence start. */
  allowed: Uint8Array;
  /** Tags that may end a sentence (O, L-, U-). */
  final: Uint8Array;
  /** Entity type code of each tag for the document memory: 0 for O, 1 + type index otherwise. */
  typeCode: Int32Array;
}

/** Precomputes the BILOU transition table for `tags`. */
export function transitionTable(tags: readonly string[], constrained: boolean): TransitionTable {
  const n = tags.length;
  const allowed = new Uint8Array((n + 1) * n);
  for (let p = 0; p <= n; p++) {
    for (let k = 0; k < n; k++) allowed[p * n + k] = allowedTransition(tags[p] ?? 'O', tags[k]!) ? 1 : 0;
  }
  const final = Uint8Array.from(tags, (t) => (allowedTransition(t, 'O') ? 1 : 0));
  const types = [...new Set(tags.filter((t) => t !== 'O').map((t) => t.slice(2)))];
  const typeCode = Int32Array.from(tags, (t) => (t === 'O' ? 0 : 1 + types.indexOf(t.slice(2))));
  return { constrained, allowed, final, typeCode };
}

/** What the document memory knows of a word from its earlier occurrences. */
export interface Remembered {
  /** How often each type code was chosen. */
  counts: Int32Array;
  /** The tag chosen last time. */
  last: number;
}

/** The document-level context of one sentence's decoding. */
export interface DocumentContext {
  /** Earlier decisions in the document: capitalised word -> what it was tagged. */
  memory: Map<string, Remembered>;
}

/**
 * Tags one sentence greedily. `onToken` sees each decision (the trainer updates weights there and
 * may return the tag to continue with).
 */
export function decodeSentence(
  sentence: PreparedSentence,
  tags: readonly string[],
  table: TransitionTable,
  context: DocumentContext,
  score: Scorer,
  onToken?: (i: number, predicted: number, dynamic: readonly number[]) => number,
): number[] {
  const n = tags.length;
  const out: number[] = [];
  const scores = new Float64Array(n);
  const dynamic: number[] = [];
  const { memory } = context;
  let prev = n;
  let prev2 = n;
  const length = sentence.words.length;
  for (let i = 0; i < length; i++) {
    const key = memoryKey(sentence, i);
    dynamic.length = 0;
    const seen = key ? memory.get(key) : undefined;
    dynamicFeatures(sentence, i, prev, prev2, seen ? table.typeCode[seen.last]! : -1, dynamic);
    if (seen) memoryFeatures(seen, dynamic);
    score(sentence, i, dynamic, scores);
    let best = -1;
    for (let k = 0; k < n; k++) {
      if (table.constrained && !table.allowed[prev * n + k]) continue;
      if (table.constrained && i === length - 1 && !table.final[k]) continue;
      if (best < 0 || scores[k]! > scores[best]!) best = k;
    }
    const chosen = onToken ? onToken(i, best, dynamic) : best;
    out.push(chosen);
    if (key) {
      const entry = seen ?? { counts: new Int32Array(table.typeCode.length), last: 0 };
      entry.counts[table.typeCode[chosen]!]! += 1;
      entry.last = chosen;
      memory.set(key, entry);
    }
    prev2 = prev;
    prev = chosen;
  }
  return out;
}
