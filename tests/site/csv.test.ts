import { describe, expect, it } from 'vitest';
import { ARTICLE_COLUMNS, articlesCsv, csvCell, wordCount } from '../../src/site/csv.ts';
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

describe('wordCount', () => {
  const byPattern = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0);
  it.each([
    [['One two  three', ''], 3],
    [['\u00a0lead\u2003em space\tand tab\n'], 5],
    [['  ', '\u3000'], 0],
    [['😀 emoji, 中文 — dash'], 5],
  ])('counts the words of %j as /\\S+/ does', (paragraphs, n) => {
    expect(wordCount(paragraphs)).toBe(n);
    expect(wordCount(paragraphs)).toBe(byPattern(paragraphs));
  });
});
