/**
 * The templates rendered by Eleventy (in memory, nothing written) over a hand-made archive with
 * hand-made events, under a base path.
 */
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../src/archive/assemble.ts';
import type { ExtractResult } from '../../src/extract.ts';
import type { EventRecord } from '../../src/site/events.ts';
import { PACKAGE_ROOT, archiveSite, contextFor } from '../../src/site/plugin.ts';
import type { EntityRecord } from '../../src/types.ts';
import { article } from './records.ts';

const BASE = '/base/';
const articles = [
  article('one', { date: '2020-02-23', source: 'Wire', entities: ['p:Ann Lee', 'l:Oslo'], body: ['In 2012 the consulate was attacked, Ann Lee said.'] }),
  article('an-undated-one', { title: 'Aardvark undated', entities: ['p:Ann Lee'] }),
  article('two', { date: '2019-05', source: 'Paper', entities: ['p:Ann Lee'], title: 'Cats & "Dogs" <3' }),
  ...Array.from({ length: 55 }, (_, i) => article(`bulk-${String(i).padStart(2, '0')}`, { date: '2018-01-01', source: 'Bulk Wire', entities: ['l:Oslo'] })),
].map((a) => ({ ...a, url: `${BASE}articles/${a.id}/` }));
const entities: EntityRecord[] = [
  { id: 'ann-lee', name: 'Ann Lee', type: 'person', aliases: ['A. Lee'], articles: ['an-undated-one', 'one', 'two'], mentions: 3 },
  { id: 'oslo', name: 'Oslo', type: 'place', aliases: [], articles: articles.filter((a) => a.entities.some((e) => e.id === 'oslo')).map((a) => a.id), mentions: 56 },
];
const events: EventRecord[] = [
  { id: 'ev-2012-consulate', date: '2012', precision: 'year', label: 'Consulate attacked; Ann Lee comments', articles: [{ id: 'one', text: 'In 2012 the consulate was attacked, Ann Lee said.' }] },
  { id: 'ev-2020-talks', date: '2020-02-21', precision: 'day', label: 'Talks <in> Oslo & more', articles: [{ id: 'one', text: 'Talks were held on Friday.' }, { id: 'missing', text: 'x' }] },
];

let pages: Map<string, string>;

beforeAll(async () => {
  const sources: Archive['sources'] = [];
  for (const a of articles) {
    if (!a.source) continue;
    const known = sources.find((s) => s.slug === a.source!.slug);
    if (known) known.articles.push(a.id);
    else sources.push({ ...a.source, articles: [a.id] });
  }
  const archive: ExtractResult = { articles, entities, sources, events, messages: [], raw: new Map() } satisfies Archive & { raw: Map<string, string> };
  const context = await contextFor({ ...archive, events } as ExtractResult, { out: '/nonexistent-out', basePath: BASE, siteTitle: 'Test Archive' });
  const elev = new Eleventy(path.join(PACKAGE_ROOT, 'templates'), '/nonexistent-out', {
    quietMode: true,
    configPath: path.join(PACKAGE_ROOT, 'tests/site/no-config.js'),
    pathPrefix: BASE,
    config: (cfg) => {
      cfg.addPlugin(archiveSite, context);
      cfg.setTemplateFormats(['njk']);
    },
  });
  const json = (await elev.toJSON()) as { url: string; content: string }[];
  pages = new Map(json.map((p) => [p.url, p.content]));
}, 60_000);

describe('rendered pages', () => {
  it('renders the events timeline from the site model, with honest precision and escaped labels', () => {
    const html = pages.get('/events/')!;
    expect(html.indexOf('2012')).toBeLessThan(html.indexOf('2020'));
    expect(html).toContain(`href="${BASE}events/2012/"`);
    expect(html).toContain(`href="${BASE}events/2020/02/">February 2020</a>`);
    expect(pages.get('/events/2012/')).toContain('<time datetime="2012">2012</time> <span class="meta">(year only)</span>');
    const february = pages.get('/events/2020/02/')!;
    expect(february).toContain('21 February 2020');
    expect(february).toContain('Talks &lt;in&gt; Oslo &amp; more');
    expect(february).toContain(`href="${BASE}articles/one/"`);
  });

  it('shows an entity its events, coverage sparkline, co-occurring entities and sources', () => {
    const html = pages.get('/people/ann-lee/')!;
    expect(html).toContain('Also written as: A. Lee');
    expect(html).toContain('Consulate attacked');
    expect(html).not.toContain('Talks &lt;in&gt;');
    expect(html).toContain('class="sparkline"');
    expect(html).toMatch(/<a href="\/base\/places\/oslo\/">Oslo<\/a> <span class="meta">1 shared article<\/span>/);
    expect(html).toContain(`href="${BASE}sources/wire/"`);
  });

  it('paginates entity article lists past 50', () => {
    expect(pages.get('/places/oslo/')).toContain('page 1 of 2');
    expect(pages.get('/places/oslo/')).toContain(`href="${BASE}places/oslo/page/2/"`);
    expect(pages.get('/places/oslo/page/2/')).toContain(`href="${BASE}places/oslo/"`);
  });

  it('paginates a source past 50 articles, every article on exactly one page', () => {
    const first = pages.get('/sources/bulk-wire/')!;
    const second = pages.get('/sources/bulk-wire/page/2/')!;
    expect(first).toContain('page 1 of 2');
    expect(first).toContain(`href="${BASE}sources/bulk-wire/page/2/"`);
    expect(second).toContain(`href="${BASE}sources/bulk-wire/"`);
    expect(first).toContain('55 articles');
    // A later page shows no count: it stays the same when other pages gain or lose articles.
    expect(second).not.toContain('55 articles');
    expect(second).toContain('page 2');
    const listed = (html: string) => [...html.matchAll(/href="\/base\/articles\/(bulk-\d+)\/"/g)].map((m) => m[1]);
    const all = [...listed(first), ...listed(second)];
    expect(new Set(all).size).toBe(55);
    expect(all).toHaveLength(55);
    expect(pages.get('/sources/wire/')).not.toContain('page 1 of');
  });

  it('keeps an entity overview on its first page; later pages list articles and link back to it', () => {
    expect(pages.get('/places/oslo/')).toContain('Mentioned with');
    expect(pages.get('/places/oslo/')).toContain('class="sparkline"');
    const later = pages.get('/places/oslo/page/2/')!;
    expect(later).not.toContain('Mentioned with');
    expect(later).not.toContain('class="sparkline"');
    expect(later).toContain(`<a href="${BASE}places/oslo/">About Oslo</a>`);
    expect(pages.get('/places/oslo/')).toContain('in 56 articles');
    expect(later).not.toContain('56 articles');
    expect(later).toContain('page 2');
  });

  it('has type indexes: by count, and by name on a page per initial', () => {
    expect(pages.get('/places/')).toContain(`href="${BASE}places/by-name/"`);
    expect(pages.get('/people/by-name/')).toContain(`href="${BASE}people/by-name/a/"`);
    const a = pages.get('/people/by-name/a/')!;
    expect(a).toContain('People by name: A');
    expect(a).toContain(`href="${BASE}people/ann-lee/"`);
    expect(a).toContain('aria-current="page">A</a>');
  });

  it('lists undated articles on a page per initial of the title, linked from the timeline', () => {
    expect(pages.get('/timeline/')).toContain(`href="${BASE}timeline/undated/a/"`);
    expect(pages.get('/timeline/')).not.toContain('Aardvark undated');
    const a = pages.get('/timeline/undated/a/')!;
    expect(a).toContain('Undated articles: A');
    expect(a).toContain(`href="${BASE}articles/an-undated-one/">Aardvark undated</a>`);
  });

  it('draws the coverage histogram on the timeline and links year pages under the base path', () => {
    const html = pages.get('/timeline/')!;
    expect(html).toContain('class="histogram"');
    expect(html).toContain(`href="${BASE}timeline/2020/"`);
    expect(pages.get('/timeline/2019/')).toContain('May 2019');
  });

  it('escapes a title exactly once in <title>, <h1> and meta tags', () => {
    const html = pages.get('/articles/two/')!;
    expect(html).toContain('<title>Cats &amp; &quot;Dogs&quot; &lt;3 · Test Archive</title>');
    expect(html).toContain('<meta property="og:title" content="Cats &amp; &quot;Dogs&quot; &lt;3">');
    expect(html).toContain('>Cats &amp; &quot;Dogs&quot; &lt;3</h1>');
    expect(html).toContain('"headline":"Cats \\u0026 \\"Dogs\\" \\u003c3"');
  });

  it('lists the newest dated articles first, undated last', () => {
    const at = (page: string, id: string) => pages.get(page)!.indexOf(`href="${BASE}articles/${id}/"`);
    expect(at('/', 'one')).toBeGreaterThan(-1);
    expect(at('/', 'one')).toBeLessThan(at('/', 'two'));
    // 55 dated articles fill the home page's 50 places before the undated one.
    expect(at('/', 'an-undated-one')).toBe(-1);
    expect(at('/people/ann-lee/', 'one')).toBeLessThan(at('/people/ann-lee/', 'two'));
    expect(at('/people/ann-lee/', 'two')).toBeLessThan(at('/people/ann-lee/', 'an-undated-one'));
  });

  it('omits canonical URLs without a site URL, and gives prev/next by date', () => {
    const html = pages.get('/articles/two/')!;
    expect(html).not.toContain('rel="canonical"');
    expect(html).toContain(`rel="next" href="${BASE}articles/one/"`);
    expect(html).toContain('rel="prev"');
  });
});
