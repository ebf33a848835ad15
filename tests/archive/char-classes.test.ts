import { describe, expect, it } from 'vitest';
import { charClasses } from '../../src/archive/char-classes.ts';

describe('charClasses', () => {
  it('classifies ASCII from its table and other characters once each', () => {
    const seen: string[] = [];
    const letter = charClasses((ch) => {
      seen.push(ch);
      return /\p{L}/u.test(ch) ? 1 : 0;
    });
    const asciiCalls = seen.length;
    expect(asciiCalls).toBe(128);
    expect(['a', 'Z', '1', ' ', 'é', 'é', 'ж', '中', '😀'].map((ch) => letter(ch.codePointAt(0)!))).toEqual([1, 1, 0, 0, 1, 1, 1, 1, 0]);
    expect(seen.slice(asciiCalls)).toEqual(['é', 'ж', '中', '😀']);
  });
});
