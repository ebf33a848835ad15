/** The word scanner of archive-wide name recall: the same words as the regular expression it replaced. */
import { describe, expect, it } from 'vitest';
import { type KnownGroup, type KnownHit, findKnownNames, wordSpans } from '../../src/archive/known-names.ts';

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

describe('findKnownNames with the last build\'s scan', () => {
  const group = (type: KnownGroup['type'], forms: string[], articles: string[] = []): KnownGroup => ({ type, forms, articles: new Set(articles) });
  const texts = new Map([
    ['a1', 'Khalifa Haftar met Fayez al-Sarraj in Paris. Haftar said little.'],
    ['a2', 'The National Oil Corporation said output fell. Sarraj was not there.'],
    ['a3', 'Reporters asked Haftar about the Libyan National Army.'],
    ['a4', 'Nothing known here at all.'],
  ]);
  const keysOf = (t: ReadonlyMap<string, string>) => new Map([...t].map(([id, text]) => [id, `${id}:${text.length}:${text.slice(0, 12)}`]));
  const base = [
    group('person', ['Khalifa Haftar', 'Haftar'], ['a1']),
    group('person', ['Fayez al-Sarraj'], ['a1']),
    group('organization', ['National Oil Corporation']),
    group('organization', ['Libyan National Army']),
  ];
  const plain = (hits: readonly KnownHit[]) => hits.map((h) => ({ ...h }));

  it.each([
    ['nothing changed', base, texts],
    ['a name added', [...base, group('place', ['Paris'])], texts],
    ['a longer name added that no text holds', [...base, group('person', ['Khalifa Belqasim Haftar'])], texts],
    ['a multi-word name added that a text holds, before a longer one', [...base, group('organization', ['The National'])], texts],
    ['a name gone', base.slice(1), texts],
    ['a second person with the surname (it names no one alone now)', [...base, group('person', ['Ali Haftar'])], texts],
    ['a text changed', base, new Map([...texts, ['a2', 'Haftar and the National Oil Corporation. Sarraj spoke.']])],
    ['a text added and one removed', base, new Map([...[...texts].slice(1), ['a5', 'Sarraj met the Libyan National Army.']])],
  ])('finds what a fresh scan finds when %s', (_, groups, now) => {
    const first = findKnownNames(base, texts, undefined, keysOf(texts));
    const fresh = findKnownNames(groups, now);
    const again = findKnownNames(groups, now, first.scan, keysOf(now));
    expect(plain(again)).toEqual(plain(fresh));
    expect(fresh.length).toBeGreaterThan(0);
  });

  it('takes an unchanged text\'s hits from the scan, and scans it again once a name it holds changed', () => {
    const keys = keysOf(texts);
    const first = findKnownNames(base, texts, undefined, keys);
    // A hit only the stored scan holds shows the text was not read again.
    const stored = { ...first.scan, hits: { ...first.scan.hits, [keys.get('a4')!]: [{ phrase: 'National Oil Corporation', form: 'National Oil Corporation' }] } };
    expect(findKnownNames(base, texts, stored, keys).filter((h) => h.article === 'a4')).toHaveLength(1);
    // A new name starting with a word of a4 ("Nothing") sends it to the scanner again.
    const grown = [...base, group('organization', ['Nothing Known Ltd'])];
    expect(findKnownNames(grown, texts, stored, keys).filter((h) => h.article === 'a4')).toEqual([]);
  });
});
