import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../src/pipeline/given-names.ts';

describe('isGivenName', () => {
  it.each([
    // the English lists, with accents folded
    ['Patrick', true],
    ['Verónica', true],
    // names the English lists miss, from author.json givenNames
    ['Jürgen', true],
    ['Małgorzata', true],
    // both parts of a hyphenated name
    ['Jean-Pierre', true],
    // names that are as often a month or an ordinary word (notGivenNames)
    ['May', false],
    ['Cookie', false],
    // no name at all
    ['Greator', false],
    ['Festival', false],
  ])('%s -> %s', (word, expected) => {
    expect(isGivenName(word)).toBe(expected);
  });
});
