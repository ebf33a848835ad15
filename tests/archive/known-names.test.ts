/** The word scanner of archive-wide name recall: the same words as the regular expression it replaced. */
import { describe, expect, it } from 'vitest';
import { wordSpans } from '../../src/archive/known-names.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const byRegex = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
const bySpans = (text: string) => {
  const { starts, ends, count } = wordSpans(text);
  return Array.from({ length: count }, (_, k) => [starts[k], ends[k]]);
};

/** A deterministic pseudo-random generator (no Math.random: the test must repeat). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('wordSpans', () => {
  it.each([
    ["Haftar's forces met al-Sarraj’s men", 'possessives, hyphens, curly apostrophes'],
    ["'Tis -5 o'clock - 'quoted' words", 'apostrophes and hyphens cannot start a word'],
    ['Zürich, São Paulo, Łódź, Straße 12a', 'accented letters and digits'],
    ['Citroe\u0308n and \u0301accent', 'a combining mark continues a word but cannot start one'],
    ['𝐀lpha 𝟏23 😀 emoji 中文 テスト', 'characters outside the basic plane'],
    ['', 'an empty text'],
  ])('finds the same words as the pattern in %j (%s)', (text) => {
    expect(bySpans(text)).toEqual(byRegex(text));
  });

  it('agrees with the pattern on random mixtures of letters, marks, digits, punctuation and spaces', () => {
    const alphabet = ['a', 'Z', 'é', '\u0301', '7', "'", '’', '-', ' ', '\n', '.', ',', '𝐀', '😀', 'ß', '中', '_', '\u00a0'];
    const next = lcg(42);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(bySpans(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  it('grows the arrays it is given', () => {
    const into = { starts: new Int32Array(1), ends: new Int32Array(1), count: 0 };
    const spans = wordSpans('one two three four five', into);
    expect(spans.count).toBe(5);
    expect(Array.from(spans.starts.slice(0, 5))).toEqual([0, 4, 8, 14, 19]);
  });
});
