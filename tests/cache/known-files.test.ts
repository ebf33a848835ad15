import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type KnownFile, knownFor, readKnownFiles, saveKnownFiles, statSignature } from '../../src/cache/known-files.ts';
import { extract, readInputs } from '../../src/extract.ts';

const stat = { size: 10, mtimeMs: 1000.5, ctimeMs: 1000.5, ino: 7, dev: 1 };
const entry: KnownFile = { stat: statSignature(stat), hash: 'h', digest: 'd', same: 'd', messages: [] };
const known = { files: new Map([['a.txt', entry]]), scannedAt: 2000 };
const story = (n: number) => `Harbour Talks Resume ${n}\n\nBy Ann Writer\n\nOfficials met in the harbour town on Tuesday to discuss the water supply of farm ${n}.\n`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('knownFor', () => {
  it('takes the entry of a file with the same stat, modified before the scan that recorded it', () => {
    expect(knownFor(known, 'a.txt', stat)).toBe(entry);
    expect(knownFor(known, 'b.txt', stat)).toBeUndefined();
    for (const change of [{ size: 11 }, { mtimeMs: 1000.6 }, { ctimeMs: 1001 }, { ino: 8 }, { dev: 2 }]) expect(knownFor(known, 'a.txt', { ...stat, ...change })).toBeUndefined();
  });

  it('reads again a file changed no earlier than the scan began (it may have changed unseen since)', () => {
    const late = { ...stat, mtimeMs: 2000, ctimeMs: 2000 };
    expect(knownFor({ files: new Map([['a.txt', { ...entry, stat: statSignature(late) }]]), scannedAt: 2000 }, 'a.txt', late)).toBeUndefined();
  });

  it('keeps a store for the same version and articles folder only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-known-'));
    await saveKnownFiles(dir, 'v1', '/articles', known);
    expect(await readKnownFiles(dir, 'v1', '/articles')).toEqual(known);
    expect(await readKnownFiles(dir, 'v2', '/articles')).toBeUndefined();
    expect(await readKnownFiles(dir, 'v1', '/other')).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'known-files.json'), '{"version":');
    expect(await readKnownFiles(dir, 'v1', '/articles')).toBeUndefined();
    // Parseable, but an entry without its messages: no store (a build would trip over it).
    const { messages: _messages, ...damaged } = entry;
    fs.writeFileSync(path.join(dir, 'known-files.json'), JSON.stringify({ version: 'v1', articles: '/articles', scannedAt: 2000, files: [['a.txt', damaged]] }));
    expect(await readKnownFiles(dir, 'v1', '/articles')).toBeUndefined();
  });
});

describe('a rebuild with known files', () => {
  const setup = async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'na-known-'));
    const articles = path.join(root, 'articles');
    fs.mkdirSync(articles);
    for (let i = 0; i < 4; i++) fs.writeFileSync(path.join(articles, `s${i}.txt`), story(i));
    fs.writeFileSync(path.join(articles, 'copy.txt'), `\n${story(0)}\n`);
    fs.writeFileSync(path.join(articles, 'blob.txt'), Buffer.from([0, 1, 2, 0, 0, 255, 0]));
    await tick();
    const options = { articles, cache: path.join(root, 'cache'), workers: 0, entities: false };
    return { articles, options, cold: await extract(options) };
  };
  const records = (a: Awaited<ReturnType<typeof extract>>) => ({ articles: a.articles, messages: a.messages, raw: [...a.raw].map(([id, t]) => [id, typeof t === 'string' ? t : t()]) });

  it('does not read unchanged files, and gives the records, messages and raw texts a cold read gives', async () => {
    const { options, cold } = await setup();
    const read = await readInputs(options);
    expect(read.inputs.filter((i) => i.bytes).map((i) => i.file)).toEqual([]);
    const warm = await extract(options, read);
    expect(records(warm)).toEqual(records(cold));
    expect([...warm.raw.values()].some((t) => typeof t === 'function')).toBe(true);
  });

  it('reads a file again when it changed, even to the same size with its old modification time', async () => {
    const { articles, options } = await setup();
    const file = path.join(articles, 's1.txt');
    const before = fs.statSync(file);
    fs.writeFileSync(file, story(1).replace('Tuesday', 'Fridays'));
    fs.utimesSync(file, before.atime, before.mtime);
    const read = await readInputs(options);
    expect(read.inputs.filter((i) => i.bytes).map((i) => i.file)).toEqual(['s1.txt']);
    const after = await extract(options, read);
    expect(after.articles.find((a) => a.file === 's1.txt')!.body.join(' ')).toContain('Fridays');
    expect(records(after)).toEqual(records(await extract({ ...options, cache: undefined })));
  });

  it('reads every file again when one changed unseen after its stat was taken', async () => {
    const { articles, options } = await setup();
    const read = await readInputs(options);
    // Same size and times, other text; the analysis cache gone, so its text is needed.
    const file = path.join(articles, 's2.txt');
    const before = fs.statSync(file);
    fs.writeFileSync(file, story(2).replace('Tuesday', 'Fridays'));
    fs.utimesSync(file, before.atime, before.mtime);
    fs.rmSync(path.join(options.cache, 'analysis.ndjson'));
    fs.rmSync(path.join(options.cache, 'line-keys.ndjson'));
    const after = await extract(options, read);
    expect(after.articles.find((a) => a.file === 's2.txt')!.body.join(' ')).toContain('Fridays');
  });

  it('reads every file again when one was deleted after its stat was taken and its text is needed', async () => {
    const { articles, options } = await setup();
    const read = await readInputs(options);
    fs.rmSync(path.join(articles, 's3.txt'));
    fs.rmSync(path.join(options.cache, 'analysis.ndjson'));
    fs.rmSync(path.join(options.cache, 'line-keys.ndjson'));
    const after = await extract(options, read);
    const files = after.articles.map((a) => a.file);
    expect(files).toHaveLength(3);
    expect(files).not.toContain('s3.txt');
  });
});
