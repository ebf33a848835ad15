import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisCache, cacheKey } from '../../src/cache/analysis-cache.ts';
import { safeAnalyse } from '../../src/io/safe-analyse.ts';

const text = 'Officials Meet in Tripoli Over Ceasefire\n\nSenior officials met in Tripoli on Monday to discuss a ceasefire between the two sides.\n';

describe('AnalysisCache', () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'na-cache-'));

  it('returns a saved result for the same file and text under the same version', async () => {
    const d = dir();
    const result = safeAnalyse({ text, file: 'a.txt' });
    const first = await AnalysisCache.open(d, 'v1');
    first.set(cacheKey('a.txt', text), result);
    await first.save();
    const again = await AnalysisCache.open(d, 'v1');
    expect(again.get(cacheKey('a.txt', text))).toEqual(JSON.parse(JSON.stringify(result)));
    expect(again.hits).toBe(1);
  });

  it('misses when the text, the file name or the pipeline version changes', async () => {
    const d = dir();
    const c = await AnalysisCache.open(d, 'v1');
    c.set(cacheKey('a.txt', text), safeAnalyse({ text, file: 'a.txt' }));
    await c.save();
    const same = await AnalysisCache.open(d, 'v1');
    expect(same.get(cacheKey('a.txt', `${text} More.`))).toBeUndefined();
    expect(same.get(cacheKey('b.txt', text))).toBeUndefined();
    expect((await AnalysisCache.open(d, 'v2')).get(cacheKey('a.txt', text))).toBeUndefined();
  });

  it('keeps stores of other results apart in the same folder', async () => {
    const d = dir();
    const keys = await AnalysisCache.open<{ keys: string[] }>(d, 'v1', 'line-keys.ndjson');
    keys.set('k'.repeat(64), { keys: ['subscribe now'] });
    await keys.save();
    expect((await AnalysisCache.open(d, 'v1')).get('k'.repeat(64))).toBeUndefined();
    expect((await AnalysisCache.open<{ keys: string[] }>(d, 'v1', 'line-keys.ndjson')).get('k'.repeat(64))).toEqual({ keys: ['subscribe now'] });
  });

  it('keeps only the entries a run used, so deleted articles leave the cache', async () => {
    const d = dir();
    const c = await AnalysisCache.open(d, 'v1');
    c.set('a'.repeat(64), safeAnalyse({ text, file: 'a.txt' }));
    c.set('b'.repeat(64), safeAnalyse({ text, file: 'b.txt' }));
    await c.save();
    const next = await AnalysisCache.open(d, 'v1');
    expect(next.get('a'.repeat(64))).toBeDefined();
    await next.save();
    const last = await AnalysisCache.open(d, 'v1');
    expect(last.get('a'.repeat(64))).toBeDefined();
    expect(last.get('b'.repeat(64))).toBeUndefined();
  });

  it('appends new entries while the stored ones are in use, and leaves the file alone when nothing is new', async () => {
    const d = dir();
    const file = path.join(d, 'analysis.ndjson');
    const keys = Array.from({ length: 12 }, (_, i) => String(i).padStart(64, 'k'));
    const first = await AnalysisCache.open(d, 'v1');
    for (const k of keys.slice(0, 11)) first.set(k, safeAnalyse({ text, file: `${k}.txt` }));
    await first.save();
    const before = fs.readFileSync(file, 'utf8');
    const inode = fs.statSync(file).ino;

    const same = await AnalysisCache.open(d, 'v1');
    for (const k of keys.slice(0, 11)) same.get(k);
    await same.save();
    expect(fs.readFileSync(file, 'utf8')).toBe(before);

    // One article gone (1 of 11 stale: under a tenth) and one new: the new one is appended.
    const next = await AnalysisCache.open(d, 'v1');
    for (const k of keys.slice(1, 11)) next.get(k);
    next.set(keys[11]!, safeAnalyse({ text, file: 'new.txt' }));
    await next.save();
    expect(fs.statSync(file).ino).toBe(inode);
    expect(fs.readFileSync(file, 'utf8').startsWith(before)).toBe(true);
    const last = await AnalysisCache.open(d, 'v1');
    expect(keys.map((k) => last.get(k) !== undefined)).toEqual(keys.map(() => true));
  });

  it('skips a line cut short by a crash while appending', async () => {
    const d = dir();
    const c = await AnalysisCache.open(d, 'v1');
    c.set('a'.repeat(64), safeAnalyse({ text, file: 'a.txt' }));
    await c.save();
    fs.appendFileSync(path.join(d, 'analysis.ndjson'), `${'b'.repeat(64)}\t{"draft":{"ti`);
    const next = await AnalysisCache.open(d, 'v1');
    expect(next.get('a'.repeat(64))).toBeDefined();
    expect(next.get('b'.repeat(64))).toBeUndefined();
  });

  it('ignores a damaged cache file instead of failing', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'analysis.ndjson'), '{"version":"v1"}\nnot a line\n');
    const c = await AnalysisCache.open(d, 'v1');
    expect(c.get('x'.repeat(64))).toBeUndefined();
  });
});

describe('cacheKey', () => {
  it('changes with what else the analysis read (learned boilerplate, options)', () => {
    expect(cacheKey('a.txt', text, '[[],true]')).not.toBe(cacheKey('a.txt', text, '[["subscribe"],true]'));
    expect(cacheKey('a.txt', text, '[[],true]')).toBe(cacheKey('a.txt', text, '[[],true]'));
  });
});
