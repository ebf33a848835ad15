import { describe, expect, it } from 'vitest';
import { message } from '../src/messages.ts';
import { buildSummary, failing, formatMessages, summaryLine } from '../src/report.ts';

const warnings = [message('binary-file', 'it contains NUL bytes', 'a.txt'), message('binary-file', 'it contains NUL bytes', 'b.txt')];
const info = [message('undated', '', 'c.txt')];

describe('report', () => {
  it('groups by id with a count and ends with a summary line', () => {
    const lines = formatMessages([...warnings, ...info], false);
    expect(lines[0]).toMatch(/^warning \[binary-file\] ×2 \(e\.g\. a\.txt: looks binary/);
    expect(lines.at(-1)).toBe('Messages: 0 errors, 2 warnings, 1 note (--strict makes warnings fail the build).');
  });

  it('lists every file when verbose', () => {
    expect(formatMessages(warnings, true).slice(0, 2)).toEqual([
      'warning [binary-file] a.txt: looks binary (it contains NUL bytes); it was skipped',
      'warning [binary-file] b.txt: looks binary (it contains NUL bytes); it was skipped',
    ]);
  });

  it.each([
    [warnings, false, false],
    [warnings, true, true],
    [info, true, false],
    [[message('read-failed', 'EACCES', 'x.txt')], false, true],
  ])('failing(%#)', (messages, strict, fails) => {
    expect(failing(messages, strict)).toBe(fails);
  });

  it('says nothing when there is nothing to say', () => {
    expect(formatMessages([], false)).toEqual([]);
    expect(summaryLine([])).toBe('Messages: 0 errors, 0 warnings, 0 notes.');
  });
});

describe('buildSummary', () => {
  const base = { articles: 12, entities: 40, sources: 3, out: '_site', pagesWritten: 5, searchPages: 0, timings: { analyse: 1200, render: 300 }, totalMs: 1600 };

  it('says what was redone: analysed or cached articles, pages rendered, unchanged and removed, shards indexed', () => {
    const lines = buildSummary({ ...base, analysed: 2, cached: 10, render: { rendered: 5, skipped: 95, removed: 1, filesWritten: 4 }, searchPages: 12, searchShards: { total: 2, indexed: 1 } });
    expect(lines[0]).toBe('Built 12 articles (2 analysed, 10 from the cache), 40 entities, 3 sources into _site');
    expect(lines[1]).toBe('Pages: 100 (5 rendered, 95 unchanged, 1 outputs removed) · data files written: 4 · search index: 12 articles in 2 shards, 1 indexed');
    expect(lines[2]).toBe('Time: analyse 1.2 s · render 0.3 s · total 1.6 s');
  });

  it('without a manifest or search, counts the pages rendered only', () => {
    expect(buildSummary(base)[1]).toBe('Pages: 5 rendered');
  });

  it('says when nothing had to be done', () => {
    const lines = buildSummary({ ...base, upToDate: true, render: { rendered: 0, skipped: 100, removed: 0, filesWritten: 0 }, timings: { read: 900 } });
    expect(lines).toEqual([
      'Up to date: no article, option or version changed since the last build into _site, and its outputs are all there (12 articles, 40 entities, 3 sources, 100 pages).',
      'Time: read 0.9 s · total 1.6 s',
    ]);
  });
});
