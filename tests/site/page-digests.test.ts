/**
 * An entity or article whose digest is unchanged must have unchanged pages: for each kind of
 * change to an archive, every entity and article whose digest stays the same gets page items
 * equal to those of the archive before the change (so a rebuild may keep its pages as they are).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../src/archive/assemble.ts';
import { articleDigests } from '../../src/site/page-digests.ts';
import { pageLists } from '../../src/site/page-lists.ts';
import { buildSiteModel } from '../../src/site/view-model.ts';
import type { ArticleRecord, EntityRecord, EventRecord } from '../../src/types.ts';
import { article } from './records.ts';

/** Entity records as entity resolution would make them from the articles' mentions. */
function withEntities(articles: ArticleRecord[], events: EventRecord[] = [], names: Record<string, string> = {}): Archive {
  const entities = new Map<string, EntityRecord>();
  for (const a of articles) {
    for (const m of a.entities) {
      const e = entities.get(m.id) ?? { id: m.id, name: names[m.id] ?? m.name, type: m.type, aliases: [], articles: [], mentions: 0 };
      e.articles.push(a.id);
      e.mentions += m.mentions;
      entities.set(m.id, e);
    }
  }
  const renamed = articles.map((a) => ({ ...a, entities: a.entities.map((m) => ({ ...m, name: names[m.id] ?? m.name })) }));
  return { articles: renamed, entities: [...entities.values()], sources: [], events, messages: [] };
}

const day = (date: string) => ({ date, precision: 'day' as const, estimated: false });
const base = [
  article('a', { date: '2020-01-05', source: 'Wire', entities: ['p:Ann Lee', 'l:Oslo', 'o:Statoil'] }),
  article('b', { date: '2020-01-06', source: 'Paper', entities: ['p:Ann Lee', 'l:Oslo'] }),
  article('c', { date: '2020-02-01', source: 'Wire', entities: ['l:Bergen', 'o:Statoil'] }),
  article('d', { date: '2020-03-01', entities: ['p:Per Hansen', 'l:Bergen'] }),
  article('e', { entities: ['p:Kari Nordmann'] }),
];
const events: EventRecord[] = [{ id: 'ev', date: '2019-12-01', precision: 'month', label: 'Ann Lee elected', articles: [{ id: 'a', text: 'Ann Lee was elected in December.' }] }];
const changed = (id: string, change: Partial<ArticleRecord>) => base.map((a) => (a.id === id ? { ...a, ...change } : a));

/** The page items of each entity and article, by 'entity:<id>' and 'article:<id>'. */
const pagesOf = async (archive: Archive) => {
  const model = await buildSiteModel(archive, '/', 'T', { events: archive.events, siteUrl: 'https://example.org/' });
  const lists = pageLists(model);
  const items = new Map<string, unknown[]>();
  const add = (key: string, item: unknown) => items.set(key, [...(items.get(key) ?? []), item]);
  for (const item of lists.entity) add(`entity:${item.entity.id}`, item);
  for (const item of lists.article) add(`article:${item.id}`, item);
  return { model, items };
};

const changes: [string, Archive][] = [
  ['an article retitled', withEntities(changed('d', { title: 'New title' }), events)],
  ['an article added', withEntities([...base, article('f', { date: '2020-03-02', entities: ['p:Per Hansen'] })], events)],
  ['an article deleted', withEntities(base.filter((a) => a.id !== 'b'), events)],
  ['an article redated', withEntities(changed('c', { published: day('2020-04-01') }), events)],
  ['a source changed', withEntities(changed('c', { source: { name: 'Other', slug: 'other' } }), events)],
  ['an entity renamed', withEntities(base, events, { statoil: 'Equinor' })],
  ['an event citation changed', withEntities(base, [{ ...events[0]!, articles: [{ id: 'a', text: 'Ann Lee won in December.' }] }])],
  ['an entity in a third article (a search filter now)', withEntities([...base, article('f', { date: '2020-03-02', entities: ['l:Bergen'] })], events)],
  ['an article that shares names with others', withEntities([...base, article('g', { date: '2020-01-07', source: 'Other', entities: ['p:Ann Lee', 'l:Oslo', 'o:Statoil'] })], events)],
  ['an article published a year later (the sparkline range)', withEntities(changed('d', { published: day('2021-03-01') }), events)],
];

describe('page digests', () => {
  let before: Awaited<ReturnType<typeof pagesOf>>;
  beforeAll(async () => {
    before = await pagesOf(withEntities(base, events));
  });
  it.each(changes)('%s: an entity or article with the same digest has the same pages, and some digest changes', async (_what, archive) => {
    const after = await pagesOf(archive);
    let same = 0;
    let differ = 0;
    for (const [key, inputs] of after.model.pageInputs) {
      if (before.model.pageInputs.get(key)?.digest === inputs.digest) {
        same++;
        expect(after.items.get(key), key).toEqual(before.items.get(key));
      } else differ++;
    }
    expect(differ).toBeGreaterThan(0);
    expect(same).toBeGreaterThan(0);
  });

  it('keeps the digests of the other articles when an undated article sharing no entity is added (idf scores move, pages do not)', async () => {
    const after = await pagesOf(withEntities([...base, article('z', { entities: ['p:Zed Lone'] })], events));
    for (const a of base) expect(after.model.pageInputs.get(`article:${a.id}`)!.digest, a.id).toBe(before.model.pageInputs.get(`article:${a.id}`)!.digest);
  });

  it('leaves out the views and pages of unchanged entities and articles, and keeps their paths', async () => {
    const archive = withEntities(base, events);
    const model = await buildSiteModel(archive, '/', 'T', { events, unchanged: (key) => key !== 'entity:oslo' && key !== 'article:b' });
    const lists = pageLists(model);
    expect(model.entities.map((e) => e.id)).toEqual(['oslo']);
    expect(lists.entity.map((p) => p.path)).toEqual(['places/oslo/index.html']);
    expect(lists.article.map((p) => p.path)).toEqual(['articles/b/index.html']);
    expect(model.pageInputs.get('entity:ann-lee')).toMatchObject({ unchanged: true, paths: ['people/ann-lee/'] });
    expect(model.pageInputs.get('article:a')).toMatchObject({ unchanged: true, paths: ['articles/a/'] });
    // The index pages and the home page still count every entity and article.
    const people = model.entityIndexPages.filter((p) => p.type === 'person');
    expect(people.find((p) => p.sort === 'count')!.entities.map((e) => e.id).sort()).toEqual(['ann-lee', 'kari-nordmann', 'per-hansen']);
    expect(people.filter((p) => p.initial).map((p) => [p.path, p.entities.map((e) => e.id)])).toEqual([
      ['people/by-name/a/', ['ann-lee']],
      ['people/by-name/k/', ['kari-nordmann']],
      ['people/by-name/p/', ['per-hansen']],
    ]);
    expect(lists.home[0]!.total).toBe(5);
  });

  it("changes an article's digest when one of its entities becomes a search filter, or a linked article's link changes", () => {
    const inputs = { articles: base, links: new Map(base.map((a) => [a.id, { title: a.title }])), linked: () => [[{ id: 'b' }]], filter: () => false, shared: [] };
    const digest = articleDigests(inputs).get('a');
    expect(articleDigests({ ...inputs, filter: (id) => id === 'oslo' }).get('a')).not.toBe(digest);
    expect(articleDigests({ ...inputs, links: new Map([...inputs.links, ['b', { title: 'Other' }]]) }).get('a')).not.toBe(digest);
    expect(articleDigests(inputs).get('a')).toBe(digest);
  });

  it('lets a content key stand for the record it covers, but not for the id, URL or source slug', () => {
    const inputs = { articles: base, links: new Map<string, unknown>(), linked: () => [], filter: () => false, shared: [], contentKeys: new Map([['a', 'k1']]) };
    const digest = articleDigests(inputs).get('a');
    const body = (list: ArticleRecord[]) => articleDigests({ ...inputs, articles: list }).get('a');
    // The same key: the same record, by the key's contract (its body is not read again).
    expect(body(changed('a', { body: ['Another body.'] }))).toBe(digest);
    expect(articleDigests({ ...inputs, contentKeys: new Map([['a', 'k2']]) }).get('a')).not.toBe(digest);
    expect(body(changed('a', { url: '/x/a/' }))).not.toBe(digest);
    expect(body(changed('a', { source: { name: 'Wire', slug: 'wire-2' } }))).not.toBe(digest);
    // Without a key, the record itself is read.
    expect(articleDigests({ ...inputs, contentKeys: new Map() }).get('a')).not.toBe(articleDigests({ ...inputs, contentKeys: new Map(), articles: changed('a', { body: ['Another body.'] }) }).get('a'));
  });
});
