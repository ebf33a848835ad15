import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/pipeline/body.ts';
import { toLines } from '../../src/pipeline/lines.ts';

describe('classifyLines', () => {
  it('stays linear in the number of lines (regression: a neighbour scan per line was quadratic)', () => {
    const lines = toLines('x\n'.repeat(100_000));
    const started = process.cpuUsage();
    const classes = classifyLines(lines, () => false, undefined);
    const used = process.cpuUsage(started);
    expect(classes).toHaveLength(100_000);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
  });

});
