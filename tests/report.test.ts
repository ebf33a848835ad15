import { describe, expect, it } from 'vitest';
import { message } from '../src/messages.ts';
import { failing, formatMessages, summaryLine } from '../src/report.ts';

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
