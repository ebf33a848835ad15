import { describe, expect, it } from 'vitest';
import { joinLines, linesByKey } from '../../src/site/record-lines.ts';
import { jsonRecords } from '../../src/site/write-data.ts';

const recordsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, text: `line ${i}, with "quotes"\nand a break` }));
const keyed = (records: readonly object[]) => ({ keys: records.map((_, i) => `k${i}`), line: (i: number) => JSON.stringify(records[i]) });

describe('joinLines', () => {
  it.each([0, 1, 2, 5])('makes what jsonRecords makes of %i records', (n) => {
    expect(joinLines(keyed(recordsOf(n)))).toBe(jsonRecords(recordsOf(n)));
  });

  it('takes a line from `reuse` before making it', () => {
    const made: number[] = [];
    const line = (i: number) => {
      made.push(i);
      return `{"n":${i}}`;
    };
    const lines = { keys: ['a', 'b'], line };
    expect(joinLines(lines, new Map([['a', '{"old":true}']]))).toBe('[\n{"old":true},\n{"n":1}\n]\n');
    expect(made).toEqual([1]);
  });
});

describe('linesByKey', () => {
  it.each([1, 2, 5])('reads back each line of a file of %i records by its key', (n) => {
    const records = recordsOf(n);
    const lines = linesByKey(jsonRecords(records), { keys: keyed(records).keys });
    expect([...lines!.entries()]).toEqual(records.map((r, i) => [`k${i}`, JSON.stringify(r)]));
  });

  it.each([
    ['another number of records', jsonRecords(recordsOf(3)), 2],
    ['no frame', '{"a":1}\n', 1],
    ['a missing comma', '[\n{"a":1}\n{"b":2}\n]\n', 2],
    ['an empty file', '', 1],
    ['an empty array', '[]\n', 0],
  ])('gives nothing for %s', (_, text, n) => {
    expect(linesByKey(text, { keys: Array.from({ length: n }, (_, i) => `k${i}`) })).toBeUndefined();
  });
});
