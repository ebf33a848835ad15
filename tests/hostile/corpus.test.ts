/**
 * The hostile corpus next to the five good seed articles, built through the real build() API:
 * nothing crashes, nothing good is lost, every bad file is named, nothing executes, and nothing
 * is written outside the output folder.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, build } from '../../src/build.ts';
import { extract } from '../../src/extract.ts';
import type { ArticleRecord } from '../../src/types.ts';
import expected from '../fixtures/hostile/expected.json' with { type: 'json' };

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/hostile');
const SEEDS = path.join(ROOT, 'articles');
const MAX_FILE_SIZE = 1_500_000;
const SENTENCE = 'The harbour authority said on Monday that the new quay would open next spring after long delays. ';

interface Expectation {
  message?: string;
  built: boolean;
  contains?: string;
}

/** Files that cannot live in git (links, FIFOs, huge files): made in the temp copy. */
const MADE_AT_TEST_TIME: Record<string, Expectation & { make: (dir: string, file: string, seed: string) => void }> = {
  // A link out of the folder would publish any file on the machine.
  'link-outside.txt': { message: 'link-outside', built: false, make: (dir, f) => fs.symlinkSync(path.join(dir, '../secret.txt'), path.join(dir, f)) },
  // A link to the folder itself (a loop) is never followed.
  'link-loop.txt': { message: 'not-regular-file', built: false, make: (dir, f) => fs.symlinkSync('.', path.join(dir, f)) },
  'link-dangling.txt': { message: 'not-regular-file', built: false, make: (dir, f) => fs.symlinkSync('does-not-exist.txt', path.join(dir, f)) },
  // A link inside the folder is read, and is then a copy of its target.
  'link-inside.txt': { message: 'duplicate-article', built: false, make: (dir, f, seed) => fs.symlinkSync(seed, path.join(dir, f)) },
  'copy-of-seed.txt': { message: 'duplicate-article', built: false, make: (dir, f, seed) => fs.copyFileSync(path.join(dir, seed), path.join(dir, f)) },
  // Opening a FIFO for reading would block forever.
  'pipe.txt': { message: 'not-regular-file', built: false, make: (dir, f) => execFileSync('mkfifo', [path.join(dir, f)]) },
  'too-large.txt': { message: 'file-too-large', built: false, make: (dir, f) => fs.writeFileSync(path.join(dir, f), 'x'.repeat(MAX_FILE_SIZE + 1)) },
  // One line of 1 MB: every step must stay bounded in time.
  'long-line.txt': {
    built: true,
    contains: 'Harbour Quay Long Line Story',
    make: (dir, f) => fs.writeFileSync(path.join(dir, f), `Harbour Quay Long Line Story\n\n${SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length))}`),
  },
  'front-matter-huge.txt': {
    message: 'front-matter-invalid',
    built: true,
    // Kept as text: the sentence after the block survives.
    contains: SENTENCE.trim(),
    make: (dir, f) => fs.writeFileSync(path.join(dir, f), `---\nnotes:\n${`  - ${'x'.repeat(200)}\n`.repeat(350)}---\nHarbour Quay Huge Front Matter Story\n\n${SENTENCE.repeat(3)}`),
  },
  // A 240-byte file name: the page name must stay short.
  [`${'long-name-'.repeat(24)}.txt`]: {
    built: true,
    contains: 'Harbour Quay Long File Name Story',
    make: (dir, f) => fs.writeFileSync(path.join(dir, f), `Harbour Quay Long File Name Story\n\n${SENTENCE.repeat(3)}`),
  },
};

const ALL: Record<string, Expectation> = { ...(expected.files as Record<string, Expectation>), ...MADE_AT_TEST_TIME };

let base: string;
let articles: string;
let out: string;
let result: BuildResult;
let seedRecords: ArticleRecord[];
let pages: Map<string, string>;
let elapsed: number;

function walk(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, r) : [r];
  });
}

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-hostile-'));
  articles = path.join(base, 'articles');
  out = path.join(base, 'out');
  fs.cpSync(FIXTURES, articles, { recursive: true });
  fs.rmSync(path.join(articles, 'expected.json'));
  fs.writeFileSync(path.join(base, 'secret.txt'), 'root:x:0:0:secret outside the articles folder\n');
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  for (const s of seeds) fs.copyFileSync(path.join(SEEDS, s), path.join(articles, s));
  for (const [file, spec] of Object.entries(MADE_AT_TEST_TIME)) spec.make(articles, file, seeds[0]!);
  seedRecords = (await extract({ articles: SEEDS })).articles;
  // Eleventy imports the TypeScript config itself, outside vitest: let Node load .ts files.
  register();
  const started = Date.now();
  result = await build({ articles, out, maxFileSize: MAX_FILE_SIZE });
  elapsed = Date.now() - started;
  pages = new Map(walk(out).filter((f) => f.endsWith('.html') || f.endsWith('.xml')).map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]));
});

afterAll(() => {
  if (base) fs.rmSync(base, { recursive: true, force: true });
});

describe('the hostile corpus next to the seed articles', () => {
  it('builds in bounded time without errors', () => {
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    // Minutes would mean a super-linear step; the machine may be shared, so the bound is loose.
    expect(elapsed).toBeLessThan(60_000);
  });

  it('keeps every good seed article with its text intact', () => {
    expect(seedRecords).toHaveLength(5);
    for (const seed of seedRecords) {
      const record = result.archive!.articles.find((a) => a.file === seed.file);
      expect(record, seed.file).toBeDefined();
      expect(record!.title).toBe(seed.title);
      expect(record!.body).toEqual(seed.body);
      expect(pages.has(`articles/${record!.id}/index.html`), seed.file).toBe(true);
    }
  });

  it.each(Object.entries(ALL))('%s: reported and built as expected', (file, spec) => {
    const ids = result.messages.filter((m) => m.file === file).map((m) => m.id);
    if (spec.message) expect(ids, `${file}: ${ids.join(', ')}`).toContain(spec.message);
    const record = result.archive!.articles.find((a) => a.file === file);
    expect(record !== undefined, `${file} built`).toBe(spec.built);
    if (record) {
      expect(pages.has(`articles/${record.id}/index.html`)).toBe(true);
      expect(record.id.length).toBeLessThanOrEqual(90);
      expect(record.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      if (spec.contains) expect([record.title, ...record.body].join('\n')).toContain(spec.contains);
    }
  });

  it('gives every article a unique page', () => {
    const ids = result.archive!.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('runs no payload: no global side effect, no prototype pollution', () => {
    expect((globalThis as Record<string, unknown>).__hostilePayload).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('leaves no executable content from articles in any page', () => {
    expect(pages.size).toBeGreaterThan(20);
    for (const [file, html] of pages) {
      // Only JSON-LD (data, escaped by jsonForScript) and the site's own script files (the search
      // page) may use a script element; no script element has inline code.
      const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
      const foreign = scripts.filter((s) => !/^<script type="application\/ld\+json">/.test(s) && !/^<script (?:type="module" )?src="(?:\/[^"]*)?\/(?:assets|pagefind)\/[\w.-]+\.js"(?: defer)?><\/script>$/.test(s));
      expect(foreign, file).toEqual([]);
      // Real tags only: article text shows as &#x3C;a href=...> and is harmless.
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      expect(tags.filter((t) => /\son[a-z]+\s*=/i.test(t.replace(/"[^"]*"|'[^']*'/g, '""'))), file).toEqual([]);
      expect(tags.filter((t) => /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i.test(t)), file).toEqual([]);
      expect(tags.filter((t) => /^<(?:iframe|object|embed|base|meta\s+http-equiv)\b/i.test(t)), file).toEqual([]);
    }
    const injection = result.archive!.articles.find((a) => a.file === 'injection.txt')!;
    const page = pages.get(`articles/${injection.id}/index.html`)!;
    // Escaped as text, and never evaluated as a template.
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('{{ 7 * 7 }}');
  });

  it('renders plain text as text, not markdown', () => {
    const traps = result.archive!.articles.find((a) => a.file === 'markdown-traps.txt')!;
    const page = pages.get(`articles/${traps.id}/index.html`)!;
    expect(page).toContain('<p>1986. A year');
    expect(page).not.toMatch(/<(?:ol|pre|code|h1 id)/);
    expect(page).toContain('<p># Not a heading');
  });

  it('writes no character XML forbids into pages and feeds', () => {
    for (const [file, text] of pages) {
      expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text), file).toBe(false);
      // In a feed every & starts an entity (a bare & is not well-formed XML).
      if (file.endsWith('.xml')) expect(text.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi), file).toBeNull();
    }
  });

  it('writes nothing outside the output folder, and no links inside it', () => {
    expect(fs.readdirSync(base).sort()).toEqual(['articles', 'out', 'secret.txt']);
    for (const f of walk(out)) expect(fs.lstatSync(path.join(out, f)).isSymbolicLink(), f).toBe(false);
    const raw = walk(out).filter((f) => f.startsWith('raw/'));
    expect(raw.every((f) => !fs.readFileSync(path.join(out, f), 'utf8').includes('secret outside the articles folder'))).toBe(true);
  });
});
