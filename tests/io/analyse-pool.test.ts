import { describe, expect, it } from 'vitest';
import { analyseMany } from '../../src/io/analyse-pool.ts';
import { safeAnalyse } from '../../src/io/safe-analyse.ts';

const items = Array.from({ length: 70 }, (_, i) => ({
  file: `article-${String(i).padStart(3, '0')}.txt`,
  text: `Headline Number ${i} About the Harbour\n\nThe harbour authority said on its report number ${i} that ${'ships arrived and left the port. '.repeat((i % 5) + 1)}\n`,
}));

describe('analyseMany', () => {
  it('gives the same results, in input order, with worker threads as in this thread', async () => {
    const progress: number[] = [];
    const parallel = await analyseMany(items, { workers: 2, batchSize: 8, onProgress: (done) => progress.push(done) });
    const serial = items.map((i) => safeAnalyse(i));
    expect(parallel).toEqual(JSON.parse(JSON.stringify(serial)));
    expect(parallel.map((r) => r.draft?.file)).toEqual(items.map((i) => i.file));
    expect(progress.at(-1)).toBe(items.length);
  });
});
