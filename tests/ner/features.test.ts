import { describe, expect, it } from 'vitest';
import { isTitleSentence, isUpperSentence, prepareSentence, wordShape } from '../../src/ner/features.ts';
import { emptyLexicon, type Lexicon } from '../../src/ner/lexicon.ts';

// a tiny lexicon: "Japan" usually capitalised, "NATO" in capitals, the rest usually lower case
const lexicon: Lexicon = {
  ...emptyLexicon(),
  clusters: new Map(['win', 'get', 'lucky', 'meet', 'officials', 'strongman', 'resolve', 'conflict', 'the'].map((w) => [w, '0101'])),
  truecase: new Map([
    ['japan', 'Japan'],
    ['nato', 'NATO'],
  ]),
};

describe('wordShape', () => {
  it.each([
    ['Haftar', 'Xx'],
    ['U.S.', 'X.X.'],
    ['NATO', 'X'],
    ['1996-08-22', 'd-d-d'],
    ['al-Sharia', 'x-Xx'],
    ['Zürich', 'Xx'],
  ])('%s -> %s', (word, shape) => {
    expect(wordShape(word)).toBe(shape);
  });
});

describe('headlines', () => {
  it.each([
    [['JAPAN', 'GET', 'LUCKY', 'WIN'], true],
    [['NATO', 'says', 'no'], false],
    // numbers and punctuation alone are not a headline
    [['1996-08-22', '.'], false],
  ])('isUpperSentence(%j) = %s', (tokens, expected) => {
    expect(isUpperSentence(tokens)).toBe(expected);
  });

  it('re-cases an ALL-CAPS sentence to the usual forms, unknown words capitalised', () => {
    expect(prepareSentence(['JAPAN', 'GET', 'LUCKY', 'WIN', 'OVER', 'NATO'], lexicon).words).toEqual([
      'Japan',
      'Get',
      'Lucky',
      'Win',
      'Over',
      'NATO',
    ]);
  });

  it('lower-cases the usually lower-case words of a title-case headline', () => {
    const words = ['U.S.', 'Officials', 'Meet', 'Strongman', 'Khalifa', 'Haftar', 'To', 'Resolve', 'Conflict'];
    expect(isTitleSentence(words, lexicon)).toBe(true);
    expect(prepareSentence(words, lexicon).words).toEqual(['U.S.', 'officials', 'meet', 'strongman', 'Khalifa', 'Haftar', 'To', 'resolve', 'conflict']);
  });

  it('leaves an ordinary sentence alone', () => {
    const words = ['The', 'officials', 'met', 'Khalifa', 'Haftar', 'to', 'resolve', 'the', 'Conflict'];
    expect(isTitleSentence(words, lexicon)).toBe(false);
    expect(prepareSentence(words, lexicon).words).toEqual(words);
  });
});
