/**
 * The built site, checked end to end: the seed archive is built under /archive/ and served on
 * 127.0.0.1 with a strict CSP; static checks (html-validate, links, feeds, JSON-LD, budgets) run
 * on the files; browser checks (walk, console, axe-core, search) run in Debian's chromium.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM, SKIP_BROWSER, type Site, buildAndServe, walk } from './harness.ts';

let site: Site;
let files: string[];
const html = () => files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

beforeAll(async () => {
  site = await buildAndServe();
  files = await walk(site.out);
}, 120_000);
afterAll(async () => site?.close());

const urlOf = (file: string) => `${site.root}${file.replace(/(^|\/)index\.html$/, '$1')}`;
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('generated files', () => {
  it('has a page of every kind and the data downloads', () => {
    for (const f of ['index.html', '404.html', 'about/index.html', 'timeline/index.html', 'events/index.html', 'search/index.html', 'people/index.html', 'people/by-name/index.html', 'sources/index.html']) {
      expect(files).toContain(f);
    }
    for (const f of ['data/articles.json', 'data/articles.csv', 'data/entities.json', 'data/events.json', 'feed.xml', 'feed.json', 'sitemap.xml', 'robots.txt', 'pagefind/pagefind.js']) {
      expect(files).toContain(f);
    }
  });

  it('passes html-validate on every page (0 errors)', async () => {
    // long-title is off: a page's <title> is the article's own headline, and cutting it loses it.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const problems: string[] = [];
    for (const f of html()) {
      const report = await validator.validateString(await fs.readFile(path.join(site.out, f), 'utf8'), f);
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no inline script or style, and no script outside the search page', async () => {
    const problems: string[] = [];
    for (const f of html()) {
      const text = await fs.readFile(path.join(site.out, f), 'utf8');
      if (/\sstyle=/i.test(text) || /<style/i.test(text)) problems.push(`${f}: inline style`);
      if (/\son[a-z]+=/i.test(text)) problems.push(`${f}: inline event handler`);
      for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const [, attrs = '', body = ''] = m;
        if (/type="application\/ld\+json"/.test(attrs)) continue;
        if (body.trim()) problems.push(`${f}: inline script`);
        if (f !== 'search/index.html') problems.push(`${f}: loads a script`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps an article page with its CSS under 50 KB', async () => {
    const css = (await fs.stat(path.join(site.out, 'assets/style.css'))).size;
    const articles = html().filter((f) => f.startsWith('articles/'));
    expect(articles.length).toBeGreaterThan(0);
    for (const f of articles) expect((await fs.stat(path.join(site.out, f))).size + css).toBeLessThanOrEqual(50 * 1024);
  });

  it('follows every internal link and asset (0 broken, fragments exist)', async () => {
    const ids = new Map<string, Set<string>>();
    const seen = new Set<string>();
    const broken: string[] = [];
    const fragments: { from: string; to: string; id: string }[] = [];
    const queue = [site.root, ...html().map(urlOf)];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status !== 200) {
        broken.push(`${url} -> ${res.status}`);
        continue;
      }
      if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) {
        await res.arrayBuffer();
        continue;
      }
      const text = await res.text();
      ids.set(url, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
      for (const m of text.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const target = new URL(decode(m[1]!), url);
        if (target.origin !== site.origin) continue;
        const id = target.hash.slice(1);
        target.hash = '';
        if (id) fragments.push({ from: url, to: target.href, id: decodeURIComponent(id) });
        if (!seen.has(target.href)) queue.push(target.href);
      }
    }
    for (const f of fragments) if (ids.has(f.to) && !ids.get(f.to)!.has(f.id)) broken.push(`${f.from} -> ${f.to}#${f.id} (no such id)`);
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(html().length);
  });

  it('writes feeds and sitemap that parse, and JSON-LD blocks that parse', async () => {
    const read = (f: string) => fs.readFile(path.join(site.out, f), 'utf8');
    expect(XMLValidator.validate(await read('feed.xml'))).toBe(true);
    expect(XMLValidator.validate(await read('sitemap.xml'))).toBe(true);
    const feed = JSON.parse(await read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(Array.isArray(feed.items)).toBe(true);
    for (const f of ['data/articles.json', 'data/entities.json', 'data/events.json']) expect(Array.isArray(JSON.parse(await read(f)))).toBe(true);
    let blocks = 0;
    for (const f of html()) {
      for (const m of (await read(f)).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        const ld = JSON.parse(m[1]!);
        expect(ld['@type']).toBe('NewsArticle');
        blocks++;
      }
    }
    expect(blocks).toBe(html().filter((f) => f.startsWith('articles/')).length);
  });

  it('points feeds and sitemap at pages that exist (the site URL is the test server)', async () => {
    const read = (f: string) => fs.readFile(path.join(site.out, f), 'utf8');
    const urls = [
      ...[...(await read('sitemap.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1]!)),
      ...[...(await read('feed.xml')).matchAll(/href="([^"]+)"/g)].map((m) => decode(m[1]!)),
      ...JSON.parse(await read('feed.json')).items.map((i: { url: string }) => i.url),
    ];
    expect(urls.length).toBeGreaterThan(html().length - 1);
    const broken: string[] = [];
    for (const u of new Set(urls)) {
      expect(u.startsWith(site.root)).toBe(true);
      const res = await fetch(u);
      await res.arrayBuffer();
      if (res.status !== 200) broken.push(`${u} -> ${res.status}`);
    }
    expect(broken).toEqual([]);
  });
});

describe.skipIf(SKIP_BROWSER)('in chromium', () => {
  let context: BrowserContext;
  let profile: string;
  const problems: string[] = [];
  const scripts: string[] = [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`chromium not found at ${CHROMIUM}: run .ci/run, or apt-get update && apt-get install -y chromium (CI=true makes this a failure)`);
    profile = await fs.mkdtemp(path.join(os.tmpdir(), 'news-archive-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    if (profile) await fs.rm(profile, { recursive: true, force: true });
  });

  /** A page that records console messages, page errors, failed requests and scripts loaded. */
  async function open(url: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    page.on('console', (m) => problems.push(`console.${m.type()} on ${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
    // A request the browser cancels itself (the test moving on before the page's icon arrived)
    // is no fault of the site; a missing file shows as an HTTP error below.
    page.on('requestfailed', (r) => {
      const reason = r.failure()?.errorText ?? '';
      if (reason !== 'net::ERR_ABORTED') problems.push(`request failed on ${page.url()}: ${r.url()} (${reason})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} on ${page.url()}: ${r.url()}`);
    });
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(`${page.url()} -> ${r.url()}`);
    });
    await page.goto(url);
    return page;
  }

  interface Rec {
    url: string;
    title: string;
    body: string[];
    source: { name: string } | null;
    published: { date: string; estimated: boolean } | null;
  }
  const text = (r: Rec) => `${r.title}\n${r.body.join('\n')}`;
  /** URL paths of the built articles that `keep` accepts, sorted. */
  async function articles(keep: (r: Rec) => boolean): Promise<string[]> {
    const records: Rec[] = JSON.parse(await fs.readFile(path.join(site.out, 'data/articles.json'), 'utf8'));
    return records
      .filter(keep)
      .map((r) => r.url)
      .sort();
  }
  /** Waits until assets/search.js has shown what was asked for (data-state="done"). */
  const settled = (page: Page) => page.locator('#search[data-state="done"]').waitFor({ timeout: 15_000 });
  /** URL paths of the results shown, sorted. */
  const results = async (page: Page) => (await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => new URL((a as unknown as { href: string }).href).pathname))).sort();
  /** Types a query into the search page and returns the results shown. */
  async function searchFor(page: Page, query: string): Promise<string[]> {
    await page.locator('#search-input').fill(query);
    await settled(page);
    return results(page);
  }

  it('walks home -> article -> entity -> timeline -> search, and search finds Haftar', async () => {
    const page = await open(site.root);
    await page.locator('main .article-list a').first().click();
    await page.waitForURL(/\/archive\/articles\//);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await page.locator('.entities .tags a').first().click();
    await page.waitForURL(/\/archive\/(people|organizations|places)\//);
    expect(await page.locator('main h2').allTextContents()).toContain('Articles');
    await page.getByRole('link', { name: 'Timeline', exact: true }).click();
    await page.waitForURL(`${site.root}timeline/`);
    expect(await page.locator('h1').textContent()).toBe('Timeline');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.waitForURL(`${site.root}search/`);
    const expected = await articles((r) => /haftar/i.test(text(r)));
    expect(expected.length).toBeGreaterThan(0);
    expect(await searchFor(page, 'Haftar')).toEqual(expected);
    await page.close();
  });

  it('filters by source and year (any value within a filter, all filters together), loading the filter lists only when the panel opens', async () => {
    const page = await open(`${site.root}search/`);
    const filterFiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/filter/')) filterFiles.push(r.url());
    });
    await searchFor(page, 'Haftar');
    expect(filterFiles).toEqual([]);
    await page.locator('.search-filters summary').click();
    // The lists appear once their chunks have loaded (the search state may still read "done"
    // from the query before, so waiting for it alone races the panel).
    await page.locator('.search-filter-name').first().waitFor({ timeout: 15_000 });
    await settled(page);
    expect(filterFiles.length).toBeGreaterThan(0);
    const legends = (await page.locator('.search-filter-name').allTextContents()).map((t) => t.trim().toLowerCase());
    expect(legends).toEqual(['source', 'year', 'entity type', 'entity']);
    const all: Rec[] = JSON.parse(await fs.readFile(path.join(site.out, 'data/articles.json'), 'utf8'));
    const sources = [...new Set(all.flatMap((r) => (r.source ? [r.source.name] : [])))];
    expect(sources.length).toBeGreaterThan(1);
    const [one = '', two = ''] = sources;
    const check = async (filter: string, value: string) => {
      await page.locator(`.search-filter[data-filter="${filter}"] input[value="${value}"]`).check();
      await settled(page);
      return results(page);
    };
    const urls = (keep: (r: Rec) => boolean) => all.filter(keep).map((r) => r.url).sort();
    // A term and a source.
    expect(await check('source', one)).toEqual(urls((r) => r.source?.name === one && /haftar/i.test(text(r))));
    // No term: the filter alone; a second value of the same filter widens (any).
    await page.locator('#search-input').fill('');
    await settled(page);
    expect(await results(page)).toEqual(urls((r) => r.source?.name === one));
    expect(await check('source', two)).toEqual(urls((r) => r.source?.name === one || r.source?.name === two));
    // A second filter narrows (all filters apply).
    const dated = all.find((r) => (r.source?.name === one || r.source?.name === two) && r.published && !r.published.estimated);
    if (dated?.published) {
      const year = dated.published.date.slice(0, 4);
      expect(await check('year', year)).toEqual(urls((r) => (r.source?.name === one || r.source?.name === two) && r.published?.date.startsWith(year) === true && !r.published.estimated));
    }
    await page.close();
  });

  it('leaves the stop words out of a longer query and says so, but keeps a quoted phrase whole', async () => {
    const page = await open(`${site.root}search/`);
    const haftar = await articles((r) => /haftar/i.test(text(r)));
    expect(await searchFor(page, 'the Haftar of')).toEqual(haftar);
    expect(await page.locator('.search-status').textContent()).toContain('Common words left out: the, of');
    // Kept whole, "in" narrows: not every article that mentions Libya says "in Libya".
    const inLibya = await articles((r) => /\bin Libya\b/i.test(text(r)));
    expect(inLibya.length).toBeLessThan((await articles((r) => /libya/i.test(text(r)))).length);
    expect(await searchFor(page, '"in Libya"')).toEqual(inLibya);
    expect(await page.locator('.search-status').textContent()).not.toContain('left out');
    await page.close();
  });

  it('shows results a page at a time and fetches one fragment per result shown', async () => {
    const page = await context.newPage();
    // The same page with a page size of 2, so five articles need three pages.
    await page.route(`${site.root}search/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/data-page-size="\d+"/, 'data-page-size="2"') });
    });
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    await page.goto(`${site.root}search/`);
    const expected = await articles((r) => /libya/i.test(text(r)));
    expect(expected.length).toBeGreaterThan(4);
    const seen = [await searchFor(page, 'Libya')];
    expect(fragments).toHaveLength(2);
    while (await page.locator('.search-more').isVisible()) {
      await page.locator('.search-more').click();
      await settled(page);
      seen.push(await results(page));
    }
    expect(seen.map((s) => s.length)).toEqual(expected.map((_, i) => Math.min(expected.length, (i + 1) * 2)).filter((n, i, a) => a.indexOf(n) === i));
    expect(seen.at(-1)).toEqual(expected);
    expect(new Set(fragments).size).toBe(expected.length);
    expect(await page.locator('.search-status').textContent()).toContain(`${expected.length} articles`);
    await page.close();
  });

  const first = (prefix: string) => html().find((f) => f.startsWith(prefix) && f.split('/').length === 3)!;
  const KINDS: [string, () => string][] = [
    ['home', () => 'index.html'],
    ['article', () => first('articles/')],
    ['entity', () => first('people/')],
    ['entity index by count', () => 'people/index.html'],
    ['entity index by name', () => 'people/by-name/index.html'],
    ['source', () => first('sources/')],
    ['source index', () => 'sources/index.html'],
    ['timeline', () => 'timeline/index.html'],
    ['timeline year', () => html().find((f) => /^timeline\/\d{4}\//.test(f)) ?? 'timeline/index.html'],
    ['events', () => 'events/index.html'],
    ['about', () => 'about/index.html'],
    ['search', () => 'search/index.html'],
    ['404', () => '404.html'],
  ];
  let axeSource = '';
  const DARK = KINDS.filter(([k]) => ['home', 'article', 'entity', 'timeline'].includes(k)).map(([k, f]) => [`${k} (dark theme)`, f, 'dark'] as const);
  it.each([...KINDS.map(([k, f]) => [k, f, 'light'] as const), ...DARK])('axe-core finds 0 violations on the %s page', async (_kind, file, scheme) => {
    axeSource ||= await fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const f = file();
    const page = await open(urlOf(f), scheme);
    if (f === 'search/index.html') {
      // Checked with results and the filter panel showing, not just the empty form.
      await searchFor(page, 'Libya');
      await page.locator('.search-filters summary').click();
      await settled(page);
    }
    // evaluate() is not subject to the page's CSP, unlike an injected inline script.
    await page.evaluate(axeSource);
    const result = (await page.evaluate(() => (globalThis as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as { violations: { id: string; nodes: { target: string[] }[] }[] };
    await page.close();
    expect(result.violations.map((v) => `${f}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('saw an empty console and loaded scripts only on the search page', () => {
    expect(problems).toEqual([]);
    expect(scripts.filter((s) => !s.startsWith(`${site.root}search/ ->`))).toEqual([]);
  });
});

it.runIf(SKIP_BROWSER)('skips the browser checks: no chromium at /usr/bin/chromium (set CI=true to fail instead)', () => {
  expect(BASE).toBe('/archive/');
});
