import { describe, expect, it } from 'vitest';
import { endsLikeSentence, textLength, toLines, words } from '../../src/pipeline/lines.ts';

describe('endsLikeSentence', () => {
  it.each([
    ['The council met on Monday.', true],
    ['Was bedeutet das?', true],
    // an emoji closes a sentence in blog prose
    ['Man fühlt sich danach wie ein Badass – und das gefällt mir 😉', true],
    ['Wieder ein toller Produkttest!😁', true],
    // a footnote's back link closes its line
    ['Joachim Hahn, 1991, S. 182 ↩', true],
    // headings and link titles do not
    ['Related stories', false],
    ['👁 The case for a light hand with AI', false],
  ])('%s -> %s', (text, expected) => {
    expect(endsLikeSentence(text)).toBe(expected);
  });
});

describe('toLines', () => {
  it('drops blank lines, folds white space and records a blank line before', () => {
    expect(toLines('A  b\n\n c\u200b \nd')).toEqual([
      { index: 0, text: 'A b', blankBefore: true },
      { index: 1, text: 'c', blankBefore: true },
      { index: 2, text: 'd', blankBefore: false },
    ]);
  });
});

describe('words and textLength', () => {
  it.each([
    ['Dr. Jane Doe-Smith, 42', ['Dr.', 'Jane', 'Doe-Smith', '42']],
    ['— · —', []],
  ])('words(%s)', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
  // a Chinese, Japanese or Korean character counts three times
  it.each([
    ['abc', 3],
    ['日本語', 9],
  ])('textLength(%s) = %i', (text, expected) => {
    expect(textLength(text)).toBe(expected);
  });
});
