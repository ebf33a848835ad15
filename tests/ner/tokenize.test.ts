import { describe, expect, it } from 'vitest';
import { normaliseToken, splitSentences, tokenize } from '../../src/ner/tokenize.ts';

const words = (text: string) => tokenize(text).map((t) => t.text);
const sentences = (text: string) => splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));

describe('tokenize', () => {
  it.each([
    // punctuation is split off; hyphenated words stay whole
    ['Tobruk-based parliament, backed', ['Tobruk-based', 'parliament', ',', 'backed']],
    // curly and straight possessives become their own token
    ['Haftar’s forces', ['Haftar', '’s', 'forces']],
    ["Libya's capital", ['Libya', "'s", 'capital']],
    // negation is split the Penn Treebank way
    ["don't", ['do', "n't"]],
    // names with an inner apostrophe stay whole
    ["O'Neill said", ["O'Neill", 'said']],
    // acronyms with full stops, with or without the last one
    ['the U.S. consulate', ['the', 'U.S.', 'consulate']],
    ['the U.S officials', ['the', 'U.S', 'officials']],
    // abbreviations and initials keep their full stop
    ['Sept. 12, 2012', ['Sept.', '12', ',', '2012']],
    ['Gen. J. Smith', ['Gen.', 'J.', 'Smith']],
    // numbers with separators are one token
    ['1,000 people on 1996-08-22', ['1,000', 'people', 'on', '1996-08-22']],
    // em dashes, curly quotes and ellipses are tokens
    ['attack – “a flashpoint…”', ['attack', '–', '“', 'a', 'flashpoint', '…', '”']],
    // a sentence glued to the next one is split at the full stop
    ['cease-fire.In a statement', ['cease-fire', '.', 'In', 'a', 'statement']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets that slice back to the token', () => {
    const text = 'Haftar’s Libyan National Army (LNA) — in Tripoli.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('splitSentences', () => {
  it.each([
    // a full stop before a capital ends a sentence
    ['He left. She stayed.', ['He left .', 'She stayed .']],
    // abbreviations and acronyms do not
    ['Gen. Haftar met U.S. officials in Tripoli.', ['Gen. Haftar met U.S. officials in Tripoli .']],
    // a line break always does (headlines have no full stop)
    ['LIBYA TALKS\nThe talks began.', ['LIBYA TALKS', 'The talks began .']],
    // closing quotes stay with their sentence
    ['He said "no." Then he left.', ['He said " no . "', 'Then he left .']],
    // a lower-case word after a full stop continues the sentence
    ['the U.S. embassy. and more', ['the U.S. embassy . and more']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('normaliseToken', () => {
  it.each([
    ['’s', "'s"],
    ['“', '"'],
    ['—', '-'],
    ['…', '...'],
    ['Tripoli', 'Tripoli'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseToken(input)).toBe(expected);
  });
});
