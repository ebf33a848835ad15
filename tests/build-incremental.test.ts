/**
 * Incremental rebuilds: with a cache, a rebuild after adding, editing or deleting one article
 * renders only the pages that depend on the change, and leaves the output folder byte for byte
 * equal to a cold build of the same articles (stale pages and files removed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.ts';
import { listFiles } from './helpers/site.ts';

const BASE = '/base/';
let tmp: string;
let articles: string;
let bergen = '';
const out = () => path.join(tmp, 'site');
const cache = () => path.join(tmp, 'cache');

const story = (place: string, person: string) =>
  `Talks Resume in ${place}\n\nBy Ann Writer\n\nMarch 3, 2021\n\n${person} met officials in ${place} on Tuesday to discuss the water supply of the city and its farms.\n\nThe meeting in ${place} ended without an agreement, ${person} told reporters after the talks.\n`;

/** Builds `articles` cold into a fresh folder and compares it with the incremental output. */
async function expectSameAsCold(label: string) {
  const cold = path.join(tmp, `cold-${label}`);
  await build({ articles, out: cold, basePath: BASE, noSearch: true });
  const files = listFiles(cold);
  expect(listFiles(out())).toEqual(files);
  const different = files.filter((f) => !fs.readFileSync(path.join(cold, f)).equals(fs.readFileSync(path.join(out(), f))));
  expect(different).toEqual([]);
}

const rebuild = () => build({ articles, out: out(), basePath: BASE, noSearch: true, cache: cache() });

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'na-incremental-'));
  articles = path.join(tmp, 'articles');
  fs.cpSync(path.resolve('articles'), articles, { recursive: true });
  fs.writeFileSync(path.join(articles, 'oslo.txt'), story('Oslo', 'Maria Berg'));
  await rebuild();
}, 120_000);

describe('incremental rebuilds', () => {
  it('renders nothing again when nothing changed', async () => {
    const result = await rebuild();
    expect(result.render?.rendered).toBe(0);
    expect(result.render?.skipped).toBeGreaterThan(50);
    expect(result.pages).toEqual([]);
  }, 60_000);

  it('after adding an article, renders its page and the pages that list it, not untouched entity pages', async () => {
    fs.writeFileSync(path.join(articles, 'bergen.txt'), story('Bergen', 'Lars Dahl'));
    const result = await rebuild();
    bergen = result.archive!.articles.find((a) => a.file === 'bergen.txt')!.id;
    expect(result.pages).toContain(`articles/${bergen}/index.html`);
    expect(result.pages).toContain('index.html');
    expect(result.pages).toContain('people/lars-dahl/index.html');
    // An entity of the seeds that the new article does not mention is left as it was.
    expect(result.pages.filter((p) => p.startsWith('people/') && p.includes('haftar'))).toEqual([]);
    expect(result.render!.rendered).toBeLessThan(result.render!.skipped);
    await expectSameAsCold('add');
  }, 120_000);

  it('after editing an article, matches a cold build', async () => {
    fs.writeFileSync(path.join(articles, 'bergen.txt'), story('Bergen', 'Kari Holm'));
    const result = await rebuild();
    expect(result.pages).toContain('people/kari-holm/index.html');
    expect(fs.existsSync(path.join(out(), 'people/lars-dahl/index.html'))).toBe(false);
    await expectSameAsCold('edit');
  }, 120_000);

  it('after deleting an article, removes its page, raw text and every listing of it', async () => {
    fs.rmSync(path.join(articles, 'bergen.txt'));
    await rebuild();
    expect(fs.existsSync(path.join(out(), `articles/${bergen}`))).toBe(false);
    expect(fs.existsSync(path.join(out(), `raw/${bergen}.txt`))).toBe(false);
    expect(fs.readFileSync(path.join(out(), 'data/articles.json'), 'utf8')).not.toContain('bergen.txt');
    await expectSameAsCold('delete');
  }, 120_000);

  it('renders in batches (one Eleventy run each, two child processes at a time) to the same bytes as one run', async () => {
    const batched = path.join(tmp, 'batched');
    const result = await build({ articles, out: batched, basePath: BASE, noSearch: true, batchSize: 40, renderWorkers: 2 });
    expect(result.pages.length).toBeGreaterThan(2 * 40);
    const one = path.join(tmp, 'one-run');
    await build({ articles, out: one, basePath: BASE, noSearch: true, batchSize: 100_000, renderWorkers: 1 });
    const files = listFiles(one);
    expect(listFiles(batched)).toEqual(files);
    expect(files.filter((f) => !fs.readFileSync(path.join(one, f)).equals(fs.readFileSync(path.join(batched, f))))).toEqual([]);
    // A render child started ahead of the archive: given the first of several batches, or the one
    // batch; and the articles' links worked out in a worker thread.
    for (const batchSize of [40, 100_000]) {
      const early = path.join(tmp, `early-${batchSize}`);
      const result = await build({ articles, out: early, basePath: BASE, noSearch: true, batchSize, renderWorkers: 2, earlyRenderChild: true, linksWorker: true });
      expect(result.pages.length, `batch size ${batchSize}`).toBe(files.filter((f) => f.endsWith('.html')).length);
      expect(listFiles(early)).toEqual(files);
      expect(files.filter((f) => !fs.readFileSync(path.join(one, f)).equals(fs.readFileSync(path.join(early, f))))).toEqual([]);
    }
  }, 180_000);

  it('copies a public file again when it was removed, though no page changed', async () => {
    const asset = (fs.readdirSync(path.resolve('public'), { recursive: true }) as string[]).find((f) => fs.statSync(path.resolve('public', f)).isFile())!;
    fs.rmSync(path.join(out(), asset));
    const result = await rebuild();
    expect(result.render?.rendered).toBe(0);
    expect(fs.readFileSync(path.join(out(), asset))).toEqual(fs.readFileSync(path.resolve('public', asset)));
  }, 60_000);

  it('renders a page again when its file was removed from the output folder', async () => {
    fs.rmSync(path.join(out(), 'about/index.html'));
    const result = await rebuild();
    expect(result.pages).toEqual(['about/index.html']);
  }, 60_000);

  it('lists kept pages in the sitemap as a cold build does (site URL set)', async () => {
    const siteUrl = 'https://example.org/news/';
    const withUrl = path.join(tmp, 'with-url');
    const opts = { articles, basePath: BASE, noSearch: true, siteUrl };
    await build({ ...opts, out: withUrl, cache: cache() });
    fs.writeFileSync(path.join(articles, 'tromso.txt'), story('Tromso', 'Ola Nordmann'));
    const result = await build({ ...opts, out: withUrl, cache: cache() });
    expect(result.render!.rendered).toBeLessThan(result.render!.skipped);
    const cold = path.join(tmp, 'with-url-cold');
    await build({ ...opts, out: cold });
    expect(fs.readFileSync(path.join(withUrl, 'sitemap.xml'), 'utf8')).toBe(fs.readFileSync(path.join(cold, 'sitemap.xml'), 'utf8'));
    fs.rmSync(path.join(articles, 'tromso.txt'));
  }, 120_000);

  it("renders an unchanged entity's page again when its file was removed (its data is made again)", async () => {
    fs.rmSync(path.join(out(), 'people/maria-berg/index.html'));
    const result = await rebuild();
    expect(result.pages).toEqual(['people/maria-berg/index.html']);
    await expectSameAsCold('entity-removed');
  }, 60_000);

  describe('skipIfUnchanged (the CLI default)', () => {
    const quick = (extra: Record<string, unknown> = {}) => build({ articles, out: out(), basePath: BASE, noSearch: true, cache: cache(), skipIfUnchanged: true, ...extra });

    it('does nothing when no input changed, and reports the last build', async () => {
      const full = await rebuild();
      const result = await quick();
      expect(result.upToDate).toBe(true);
      expect(result.archive).toBeUndefined();
      expect(result.counts).toEqual({ ...full.counts, analysed: 0, cached: full.counts.articles });
      expect(result.messages).toEqual(full.archive!.messages);
      expect(result.render?.skipped).toBe(full.render!.rendered + full.render!.skipped);
    }, 60_000);

    it('builds when an article, an option or an output changed', async () => {
      fs.appendFileSync(path.join(articles, 'oslo.txt'), '\nThe talks will resume in Oslo next week.\n');
      expect((await quick()).upToDate).toBeUndefined();
      expect((await quick()).upToDate).toBe(true);
      const titled = await quick({ siteTitle: 'Another Title' });
      expect(titled.upToDate).toBeUndefined();
      expect(titled.render!.rendered).toBeGreaterThan(50);
      await quick();
      fs.rmSync(path.join(out(), 'assets', 'style.css'));
      expect((await quick()).upToDate).toBeUndefined();
      expect(fs.existsSync(path.join(out(), 'assets', 'style.css'))).toBe(true);
      fs.rmSync(path.join(out(), 'about/index.html'));
      const result = await quick();
      expect(result.pages).toEqual(['about/index.html']);
      await expectSameAsCold('after-skips');
    }, 120_000);
  });
});

describe('a long paged list', () => {
  const wire = (i: number, date: string) =>
    `---\ntitle: Harbour report number ${i}\nsource: Bulk Wire\ndate: ${date}\n---\nHarbour officials met on Tuesday to discuss budget item ${i} for the coming year, the report number ${i} said.\n`;
  const day = (i: number) => new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  let dir: string;
  const run = () => build({ articles: path.join(dir, 'articles'), out: path.join(dir, 'site'), basePath: BASE, noSearch: true, cache: path.join(dir, 'cache') });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-long-list-'));
    fs.mkdirSync(path.join(dir, 'articles'));
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(dir, 'articles', `wire-${i}.txt`), wire(i, day(i)));
    await run();
  }, 120_000);

  it('renders the first page and the page the new article joins, not every page after it', async () => {
    const pages = fs.readdirSync(path.join(dir, 'site/sources/bulk-wire/page')).length + 1;
    expect(pages).toBeGreaterThan(3);
    fs.writeFileSync(path.join(dir, 'articles', 'wire-new.txt'), wire(300, '2021-06-01'));
    const result = await run();
    const listed = result.pages.filter((p) => p.startsWith('sources/bulk-wire/'));
    // The newest article joins the first page; with pages of a fixed size every page would shift.
    expect(listed).toContain('sources/bulk-wire/index.html');
    expect(listed.length).toBeLessThanOrEqual(2);
    const cold = path.join(dir, 'cold');
    await build({ articles: path.join(dir, 'articles'), out: cold, basePath: BASE, noSearch: true });
    const files = listFiles(cold);
    expect(listFiles(path.join(dir, 'site'))).toEqual(files);
    expect(files.filter((f) => !fs.readFileSync(path.join(cold, f)).equals(fs.readFileSync(path.join(dir, 'site', f))))).toEqual([]);
  }, 180_000);
});
