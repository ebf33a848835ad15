import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInside, readArticles } from '../../src/io/read-articles.ts';

let base: string;
let dir: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'read-articles-'));
  dir = path.join(base, 'articles');
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(base, 'outside.txt'), 'secret');
  fs.writeFileSync(path.join(dir, 'b.txt'), 'second');
  fs.writeFileSync(path.join(dir, 'a.txt'), 'first');
  fs.writeFileSync(path.join(dir, 'sub/c.md'), 'third');
  fs.writeFileSync(path.join(dir, '.hidden.txt'), 'hidden');
  fs.writeFileSync(path.join(dir, 'photo.jpg'), 'jpg');
  fs.writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(101));
  fs.symlinkSync('a.txt', path.join(dir, 'link-in.txt'));
  fs.symlinkSync(path.join(base, 'outside.txt'), path.join(dir, 'link-out.txt'));
  fs.symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'));
  fs.symlinkSync('..', path.join(dir, 'up.txt'));
  fs.symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
  fs.mkdirSync(path.join(dir, 'folder.txt'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  // a file name that is not UTF-8 (Latin-1 "café.txt")
  fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'latin-1 name');
});

afterAll(() => {
  if (base) fs.rmSync(base, { recursive: true, force: true });
});

describe('readArticles', () => {
  it('reads regular files in name order, follows links only inside the folder, never hangs', async () => {
    const { inputs, messages } = await readArticles(dir, { maxFileSize: 100, concurrency: 3 });
    expect(inputs.map((i) => [i.file, new TextDecoder().decode(i.bytes)])).toEqual([
      ['a.txt', 'first'],
      ['b.txt', 'second'],
      ['caf%E9.txt', 'latin-1 name'],
      ['link-in.txt', 'first'],
      ['sub/c.md', 'third'],
    ]);
    const byFile = Object.fromEntries(messages.map((m) => [m.file, m.id]));
    expect(byFile).toEqual({
      'big.txt': 'file-too-large',
      'dangling.txt': 'not-regular-file',
      'link-out.txt': 'link-outside',
      'passwd.txt': 'link-outside',
      'photo.jpg': 'not-an-article',
      'pipe.txt': 'not-regular-file',
      'up.txt': 'link-outside',
    });
    // folder.txt is a folder: read as a folder (it is empty), never as a file
    expect(inputs.some((i) => i.file.startsWith('folder.txt'))).toBe(false);
  });

  it('reports a missing folder', async () => {
    const { inputs, messages } = await readArticles(path.join(base, 'nope'), { maxFileSize: 100 });
    expect(inputs).toEqual([]);
    expect(messages.map((m) => m.id)).toEqual(['articles-missing']);
  });

  it('refuses a maximum file size that is not a positive number', async () => {
    await expect(readArticles(dir, { maxFileSize: Number.NaN })).rejects.toThrow(/maximum file size/);
  });
});

describe('isInside', () => {
  it.each([
    ['/a/b', '/a/b/c', true],
    ['/a/b', '/a/b/..c', true],
    ['/a/b', '/a/b', false],
    ['/a/b', '/a/bc', false],
    ['/a/b', '/a', false],
    ['/a/b', '/etc/passwd', false],
  ])('%s contains %s: %s', (root, target, inside) => {
    expect(isInside(root, target)).toBe(inside);
  });
});
