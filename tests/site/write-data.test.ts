import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract.ts';
import { articlesJson, dataFileMakers, jsonRecords, writeInside } from '../../src/site/write-data.ts';
import { article } from './records.ts';

let base: string;
let out: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'write-data-'));
  out = path.join(base, 'out');
  fs.mkdirSync(path.join(base, 'elsewhere'));
  fs.mkdirSync(out);
  // a link left in the output folder that points out of it
  fs.symlinkSync(path.join(base, 'elsewhere'), path.join(out, 'raw'));
  fs.symlinkSync(path.join(base, 'elsewhere', 'target.txt'), path.join(out, 'file-link.txt'));
});

afterAll(() => {
  if (base) fs.rmSync(base, { recursive: true, force: true });
});

describe('writeInside', () => {
  it('writes under the output folder', async () => {
    await writeInside(out, 'data/a.json', '{}');
    expect(fs.readFileSync(path.join(out, 'data/a.json'), 'utf8')).toBe('{}');
  });

  it.each(['../escaped.txt', '/tmp/escaped.txt', 'data/../../escaped.txt', '.', ''])('refuses %j', async (rel) => {
    await expect(writeInside(out, rel, 'x')).rejects.toThrow(/outside the output folder/);
    expect(fs.existsSync(path.join(base, 'escaped.txt'))).toBe(false);
  });

  it('refuses to write through a linked folder', async () => {
    await expect(writeInside(out, 'raw/a.txt', 'x')).rejects.toThrow(/link out of the output folder/);
    expect(fs.readdirSync(path.join(base, 'elsewhere'))).toEqual([]);
  });

  it('replaces a linked file instead of writing through it', async () => {
    await writeInside(out, 'file-link.txt', 'mine');
    expect(fs.lstatSync(path.join(out, 'file-link.txt')).isSymbolicLink()).toBe(false);
    expect(fs.existsSync(path.join(base, 'elsewhere', 'target.txt'))).toBe(false);
  });
});

describe('jsonRecords', () => {
  it.each([[[]], [[{ a: 1 }]], [[{ a: 'x\ny' }, { b: [1, 2] }, null, 'z']]])('is the JSON of %j, a record per line', (records) => {
    const text = jsonRecords(records);
    expect(JSON.parse(text)).toEqual(records);
    expect(text.endsWith('\n')).toBe(true);
    // '[' and ']' on lines of their own, every record on one line between them.
    if (records.length) expect(text.split('\n').slice(1, -2)).toHaveLength(records.length);
  });
});

describe('data/articles.json from keyed lines', () => {
  const archiveOf = (articles: ReturnType<typeof article>[], keys = new Map(articles.map((a) => [a.id, `key-${a.id}`]))): ExtractResult => ({
    articles,
    entities: [],
    sources: [],
    events: [],
    messages: [],
    raw: new Map(),
    contentKeys: keys,
  });
  const options = (code?: string) => ({ title: 'T', basePath: '/', events: [], pages: [], ...(code ? { code } : {}) });
  const makerOf = (archive: ExtractResult, code?: string) => dataFileMakers(archive, options(code)).get('data/articles.json')!;

  it('makes the same file from its lines, and a key per record', () => {
    const archive = archiveOf([article('a', { entities: ['p:Ann Lee'] }), article('b', { source: 'Wire' })]);
    const make = makerOf(archive, 'code-1');
    expect(make.lines!.keys).toHaveLength(2);
    const lines = make.lines!;
    expect(`[\n${lines.keys.map((_, i) => lines.line(i)).join(',\n')}\n]\n`).toBe(articlesJson(archive));
    expect(make()).toBe(articlesJson(archive));
  });

  it.each([
    ['its resolved entities', (a: ReturnType<typeof article>) => ({ ...a, entities: [...a.entities, { id: 'x', name: 'X', type: 'place' as const, mentions: 1 }] })],
    ['its source', (a: ReturnType<typeof article>) => ({ ...a, source: { name: 'Other', slug: 'other' } })],
    ['its URL', (a: ReturnType<typeof article>) => ({ ...a, url: '/moved/' })],
    ['its messages', (a: ReturnType<typeof article>) => ({ ...a, messages: [{ id: 'undated', severity: 'info' as const, file: 'a.txt', text: 'undated' }] })],
  ])('changes only the key of a record whose %s changed', (_, change) => {
    const before = [article('a', { entities: ['p:Ann Lee'] }), article('b')];
    const keys = makerOf(archiveOf(before), 'c').lines!.keys;
    const after = makerOf(archiveOf([change(before[0]!), before[1]!]), 'c').lines!.keys;
    expect(after[0]).not.toBe(keys[0]);
    expect(after[1]).toBe(keys[1]);
  });

  it('changes every key with the content keys or the code version', () => {
    const list = [article('a'), article('b')];
    const keys = makerOf(archiveOf(list), 'c').lines!.keys;
    expect(makerOf(archiveOf(list), 'c2').lines!.keys.filter((k, i) => k === keys[i])).toEqual([]);
    expect(makerOf(archiveOf(list, new Map([['a', 'new'], ['b', 'key-b']])), 'c').lines!.keys[0]).not.toBe(keys[0]);
  });

  it('is made whole, without lines, when the code version or a content key is missing', () => {
    const list = [article('a'), article('b')];
    expect(makerOf(archiveOf(list)).lines).toBeUndefined();
    expect(makerOf(archiveOf(list, new Map([['a', 'k']])), 'c').lines).toBeUndefined();
    expect(makerOf(archiveOf(list)).print).toBeUndefined();
  });
});
