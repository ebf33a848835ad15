import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRecords, writeInside } from '../../src/site/write-data.ts';

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
