import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/pipeline/entities.ts';

const SENTENCE = 'The harbour authority said on Monday that Maria Lopez of the Port Council would open the quay in Valencia. ';

/** CPU milliseconds of one call (CPU time: a busy shared machine does not count). */
function cpu(step: () => unknown): number {
  const started = process.cpuUsage();
  step();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe('findEntities', () => {
  // Regressions: every later use of a name was checked against every span taken before it, and
  // the title-case test of a mention looked for line breaks across the whole line: a 1 MB story
  // on one line took 15 s. Both shapes now take about 2-3 s.
  it.each([
    ['one line', SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length))],
    ['paragraphs', Array.from({ length: Math.ceil(1_000_000 / SENTENCE.length / 5) }, () => SENTENCE.repeat(5)).join('\n\n')],
  ])('stays near linear on a 1 MB story (%s)', (_shape, text) => {
    let mentions = 0;
    const first = cpu(() => {
      mentions = findEntities(text).reduce((n, e) => n + e.mentions, 0);
    });
    // A slow run is timed once more: a super-linear step is slow both times, by far.
    const ms = first < 8000 ? first : cpu(() => findEntities(text));
    expect(mentions).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(8000);
  }, 60_000);
});
