import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, build } from '../src/build.ts';
import { initialOf } from '../src/site/entity-views.ts';
import { linksOf, listFiles, targetOf } from './helpers/site.ts';

const BASE = '/archive/';
let result: BuildResult;
let out: string;
let articlesDir: string;

beforeAll(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'na-build-'));
  articlesDir = path.join(tmp, 'articles');
  fs.cpSync(path.resolve('articles'), articlesDir, { recursive: true });
  // Text that would be markup if parsed as markdown or HTML must stay text.
  fs.writeFileSync(
    path.join(articlesDir, 'zz-markup.txt'),
    'Water Returns to Tripoli After Long Repairs\n\n# 1 This line starts with a hash sign and stays a sentence.\n\n1986. A year that the engineers remembered for the flood of the old river.\n\n<script>alert(1)</script> was printed in the paper as an example of a bad tag.\n',
  );
  out = path.join(tmp, 'site');
  result = await build({ articles: articlesDir, out, basePath: BASE });
});

const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');

describe('build() on the seed archive', () => {
  it('writes one record per article with the public fields', () => {
    const records = JSON.parse(read('data/articles.json'));
    const files = fs.readdirSync(articlesDir).sort();
    expect(records.map((r: { file: string }) => r.file).sort()).toEqual(files);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'url', 'file', 'title', 'source', 'author', 'published', 'language', 'body', 'entities', 'provenance', 'messages']));
      expect(r.url).toBe(`${BASE}articles/${r.id}/`);
      expect(r.body.length).toBeGreaterThan(0);
      expect(r.provenance.title.rule).toBeTruthy();
    }
    const entities = JSON.parse(read('data/entities.json'));
    expect(entities.length).toBe(result.archive!.entities.length);
    for (const e of entities) expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'name', 'type', 'aliases', 'articles']));
  });

  it('shows each article page with its headline, date or "Undated", and a raw-text link', () => {
    for (const a of result.archive!.articles) {
      const html = read(`articles/${a.id}/index.html`);
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      expect(h1).toBe(a.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      expect(html).toContain(a.published ? `datetime="${a.published.date}"` : 'Undated');
      expect(html).toContain(`href="${BASE}raw/${a.id}.txt"`);
      expect(fs.existsSync(path.join(out, 'raw', `${a.id}.txt`))).toBe(true);
    }
  });

  it('renders article text as text, never as markup', () => {
    const a = result.archive!.articles.find((x) => x.file === 'zz-markup.txt')!;
    const html = read(`articles/${a.id}/index.html`);
    expect(html).toContain('<p># 1 This line starts with a hash sign');
    expect(html).toContain('<p>1986. A year');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toMatch(/<h1>1 This line|<ol/);
  });

  it('places dated articles on their year of the timeline and undated ones on the page of their initial', () => {
    const [, undated] = read('timeline/index.html').split('id="undated"');
    for (const a of result.archive!.articles) {
      const link = `href="${a.url}"`;
      if (a.published && !a.published.estimated) {
        const year = a.published.date.slice(0, 4);
        expect(read('timeline/index.html')).toContain(`href="${BASE}timeline/${year}/"`);
        expect(read(`timeline/${year}/index.html`)).toContain(link);
      } else {
        const page = `timeline/undated/${initialOf(a.title).slug}/`;
        expect(undated).toContain(`href="${BASE}${page}"`);
        expect(read(`${page}index.html`)).toContain(link);
      }
    }
  });

  it('gives every entity a page under its type folder, listing its articles', () => {
    for (const e of result.archive!.entities) {
      const folder = { person: 'people', organization: 'organizations', place: 'places' }[e.type];
      const html = read(`${folder}/${e.id}/index.html`);
      for (const id of e.articles) expect(html).toContain(`href="${BASE}articles/${id}/"`);
    }
    for (const folder of ['people', 'organizations', 'places', 'sources']) expect(fs.existsSync(path.join(out, folder, 'index.html'))).toBe(true);
  });

  it('has no broken internal link or asset under the base path', () => {
    const pages = listFiles(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(result.archive!.articles.length);
    const broken: string[] = [];
    for (const page of pages) {
      const pageUrl = BASE + page.replace(/index\.html$/, '');
      for (const url of linksOf(read(page))) {
        const target = targetOf(url, pageUrl, BASE, out);
        if (target === null) continue;
        if (target === undefined || !fs.existsSync(target)) broken.push(`${page} -> ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('is deterministic: a second build writes the same bytes', async () => {
    const second = path.join(path.dirname(out), 'site2');
    await build({ articles: articlesDir, out: second, basePath: BASE });
    const files = listFiles(out);
    expect(listFiles(second)).toEqual(files);
    for (const f of files) expect(fs.readFileSync(path.join(second, f)).equals(fs.readFileSync(path.join(out, f))), f).toBe(true);
  });
});
