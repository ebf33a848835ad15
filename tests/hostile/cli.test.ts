/** The command line over seed articles plus bad files: exit 0, or 1 under --strict when warnings exist. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
let base: string;
let plain: Promise<{ code: number; stderr: string }>;
let strict: Promise<{ code: number; stderr: string }>;

/** Runs the CLI; resolves with its exit code and stderr. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, [path.join(ROOT, 'bin/news-archive.js'), ...args], { cwd: base, timeout: 60_000 });
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stderr: e.stderr ?? '' };
  }
}

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-cli-'));
  const articles = path.join(base, 'articles');
  fs.mkdirSync(articles);
  for (const f of fs.readdirSync(path.join(ROOT, 'articles'))) fs.copyFileSync(path.join(ROOT, 'articles', f), path.join(articles, f));
  for (const f of ['binary-image.txt', 'front-matter-js.txt', 'injection.txt']) {
    fs.copyFileSync(path.join(ROOT, 'tests/fixtures/hostile', f), path.join(articles, f));
  }
  // Both runs start at once: each is mostly process start-up.
  plain = cli(['build', '--articles', 'articles', '--out', 'site']);
  strict = cli(['build', '--articles', 'articles', '--out', 'site-strict', '--strict', '--verbose']);
});

afterAll(async () => {
  await Promise.allSettled([plain, strict]);
  if (base) fs.rmSync(base, { recursive: true, force: true });
});

describe('news-archive build', () => {
  it('exits 0 with bad files among good ones, naming each problem with a count', async () => {
    const { code, stderr } = await plain;
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning \[binary-file\] ×1 \(e\.g\. binary-image\.txt/);
    expect(stderr).toMatch(/warning \[front-matter-code\] ×1/);
    // The injection fixture's headline is markup junk: it gets the file name, with a warning.
    expect(stderr).toMatch(/warning \[no-title\] ×1/);
    expect(stderr).toMatch(/Messages: 0 errors, 3 warnings/);
    expect(fs.existsSync(path.join(base, 'site/index.html'))).toBe(true);
  });

  it('exits 1 under --strict when there are warnings', async () => {
    const { code, stderr } = await strict;
    expect(code).toBe(1);
    expect(stderr).toMatch(/warning \[binary-file\] binary-image\.txt: looks binary/);
  });
});
