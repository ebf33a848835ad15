import { describe, expect, it } from 'vitest';
import { ARTICLE_COLUMNS, articlesCsv, csvCell } from '../../src/site/csv.ts';
import { article } from './records.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    // Formula injection: a leading = + - @ (or tab/CR) is defused with an apostrophe.
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a=b', 'a=b'],
    [null, ''],
    [42, '42'],
  ])('%j -> %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('articlesCsv', () => {
  it('writes a header and one CRLF-terminated row per article', () => {
    const csv = articlesCsv([article('a', { title: '=cmd', date: '2020-01-02', entities: ['p:Ann', 'p:Bo', 'l:Oslo'] }), article('b')]);
    const rows = csv.split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[3]).toBe('');
    expect(rows[0]).toBe(ARTICLE_COLUMNS.join(','));
    expect(rows[1]).toContain(",'=cmd,");
    expect(rows[1]).toContain(',Ann; Bo,,Oslo,');
  });
});
