/**
 * Tokeniser and sentence splitter for raw article text, close to the CoNLL-2003 (Penn Treebank
 * style) tokenisation the model was trained on: possessive "'s" and "n't" are tokens of their
 * own, hyphenated words stay whole, "U.S." is one token, every other punctuation mark is a token.
 */
import abbreviationList from './abbreviations.json' with { type: 'json' };

/** A token of the raw text, with character offsets (`end` exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(abbreviationList.abbreviations);

// Order matters: the first alternative that matches at a position wins.
const TOKEN_RE = new RegExp(
  [
    // acronyms with full stops: U.S., U.N., U.S.A. and the frequent "U.S" without the last one
    String.raw`\p{Lu}(?:\.\p{Lu})+\.?(?![\p{L}\p{N}])`,
    // numbers with separators: 1,000  5.93  1996-08-22  10:30
    String.raw`\p{N}+(?:[.,:/-]\p{N}+)*`,
    // words, with inner hyphens, apostrophes and ampersands: al-Sharia, O'Neill, AT&T
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*`,
    // runs of dashes or dots
    String.raw`-{2,}|\.{2,}`,
    // any other visible character
    String.raw`\S`,
  ].join('|'),
  'gu',
);

const SPLIT_SUFFIX_RE = /^(.+?)((?:['’][sS])|(?:n['’]t))$/u;

/** Splits raw text into tokens with character offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    let word = m[0];
    const split = SPLIT_SUFFIX_RE.exec(word);
    if (split && /\p{L}/u.test(split[1]!)) {
      // "Haftar's" -> "Haftar" + "'s"; "don't" -> "do" + "n't"
      const head = split[1]!;
      tokens.push({ text: head, start, end: start + head.length });
      tokens.push({ text: split[2]!, start: start + head.length, end: start + word.length });
      continue;
    }
    if (text[start + word.length] === '.' && keepsFullStop(word, text.slice(start + word.length + 1, start + word.length + 3))) {
      word += '.';
      re.lastIndex = start + word.length;
    }
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

/** "Gen." "Sept." "J." keep their full stop; "No." only before a number ("No. 1"). */
function keepsFullStop(word: string, after: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (lower === 'no') return /^\s?\d/.test(after);
  return ABBREVIATIONS.has(lower);
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const ENDERS = new Set(['.', '!', '?', '…', '...']);

/**
 * Groups tokens into sentences: a line break always ends one; ".", "!" or "?" (with any closing
 * quotes) ends one when the next token does not start in lower case.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    current.push(tok);
    const next = tokens[i + 1];
    if (!next) break;
    if (text.slice(tok.end, next.start).includes('\n')) {
      sentences.push(current);
      current = [];
      continue;
    }
    const prev = tokens[i - 1];
    const endsHere =
      (ENDERS.has(tok.text) && !CLOSERS.has(next.text)) || (CLOSERS.has(tok.text) && prev !== undefined && ENDERS.has(prev.text));
    if (endsHere && !/^\p{Ll}/u.test(next.text) && !(ENDERS.has(next.text) || next.text === ',')) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** Maps typographic variants to the ASCII forms of the training data (curly quotes, dashes). */
export function normaliseToken(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...');
}
