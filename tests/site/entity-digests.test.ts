/**
 * An entity whose digest is unchanged must have unchanged pages: for each kind of change to an
 * archive, every entity whose digest stays the same gets page items equal to those of the archive
 * before the change (so a rebuild may keep its pages as they are).
 */
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../src/archive/assemble.ts';
import { pageLists } from '../../src/site/page-lists.ts';
import { buildSiteModel } from '../../src/site/view-model.ts';
import type { ArticleRecord, EntityRecord, EventRecord } from '../../src/types.ts';
import { article } from './records.ts';

/** Entity records as entity resolution would make them from the articles' mentions. */
function withEntities(articles: ArticleRecord[], events: EventRecord[] = [], names: Record<string, string> = {}): Archive {
  const entities = new Map<string, EntityRecord>();
  for (const a of articles) {
    for (const m of a.entities) {
      const e = entities.get(m.id) ?? {
        id: m.id,
        name: names[m.id] ?? m.name,
        type: m.type,
        aliases: [],
        articles: [],
        mentions: 0,
      };
      e.articles.push(a.id);
      e.mentions += m.mentions;
      entities.set(m.id, e);
    }
  }
  const renamed = articles.map((a) => ({
    ...a,
    entities: a.entities.map((m) => ({ ...m, name: names[m.id] ?? m.name })),
  }));
  return {
    articles: renamed,
    entities: [...entities.values()],
    sources: [],
    events,
    messages: [],
  };
}

const base = [
  article('a', {
    date: '2020-01-05',
    source: 'Wire',
    entities: ['p:Ann Lee', 'l:Oslo', 'o:Statoil'],
  }),
  article('b', {
    date: '2020-01-06',
    source: 'Paper',
    entities: ['p:Ann Lee', 'l:Oslo'],
  }),
  article('c', {
    date: '2020-02-01',
    source: 'Wire',
    entities: ['l:Bergen', 'o:Statoil'],
  }),
  article('d', { date: '2020-03-01', entities: ['p:Per Hansen', 'l:Bergen'] }),
  article('e', { entities: ['p:Kari Nordmann'] }),
];
const events: EventRecord[] = [
  {
    id: 'ev',
    date: '2019-12-01',
    precision: 'month',
    label: 'Ann Lee elected',
    articles: [{ id: 'a', text: 'Ann Lee was elected in December.' }],
  },
];

const entityPages = (archive: Archive) => {
  const model = buildSiteModel(archive, '/', 'T', { events: archive.events });
  const items = new Map<string, unknown[]>();
  for (const item of pageLists(model).entity) items.set(item.entity.id, [...(items.get(item.entity.id) ?? []), item]);
  return { model, items };
};

const changes: [string, Archive][] = [
  [
    'an article retitled',
    withEntities(
      base.map((a) => (a.id === 'd' ? { ...a, title: 'New title' } : a)),
      events,
    ),
  ],
  ['an article added', withEntities([...base, article('f', { date: '2020-03-02', entities: ['l:Bergen'] })], events)],
  [
    'an article deleted',
    withEntities(
      base.filter((a) => a.id !== 'b'),
      events,
    ),
  ],
  [
    'an article redated',
    withEntities(
      base.map((a) =>
        a.id === 'c'
          ? {
              ...a,
              published: {
                date: '2020-04-01',
                precision: 'day' as const,
                estimated: false,
              },
            }
          : a,
      ),
      events,
    ),
  ],
  [
    'a source changed',
    withEntities(
      base.map((a) => (a.id === 'c' ? { ...a, source: { name: 'Other', slug: 'other' } } : a)),
      events,
    ),
  ],
  ['an entity renamed', withEntities(base, events, { statoil: 'Equinor' })],
  [
    'an event citation changed',
    withEntities(base, [
      {
        ...events[0]!,
        articles: [{ id: 'a', text: 'Ann Lee won in December.' }],
      },
    ]),
  ],
  [
    'an article published a year later (the sparkline range)',
    withEntities(
      base.map((a) =>
        a.id === 'd'
          ? {
              ...a,
              published: {
                date: '2021-03-01',
                precision: 'day' as const,
                estimated: false,
              },
            }
          : a,
      ),
      events,
    ),
  ],
];

describe('entity digests', () => {
  const before = entityPages(withEntities(base, events));
  it.each(changes)('%s: an entity with the same digest has the same pages, and some digest changes', (_what, changed) => {
    const after = entityPages(changed);
    let same = 0;
    let differ = 0;
    for (const [id, inputs] of after.model.entityInputs) {
      const old = before.model.entityInputs.get(id);
      if (old?.digest === inputs.digest) {
        same++;
        expect(after.items.get(id)).toEqual(before.items.get(id));
      } else differ++;
    }
    expect(differ).toBeGreaterThan(0);
    expect(same + differ).toBe(after.model.entityInputs.size);
  });

  it('leaves out the views and pages of unchanged entities, and keeps their paths', () => {
    const archive = withEntities(base, events);
    const model = buildSiteModel(archive, '/', 'T', {
      events,
      unchanged: (id) => id !== 'oslo',
    });
    expect(model.entities.map((e) => e.id)).toEqual(['oslo']);
    expect(pageLists(model).entity.map((p) => p.path)).toEqual(['places/oslo/index.html']);
    expect(model.entityInputs.get('ann-lee')).toMatchObject({
      unchanged: true,
      paths: ['people/ann-lee/'],
    });
    // The index pages still list every entity.
    expect(
      model.entityIndexPages
        .find((p) => p.type === 'person')!
        .entities.map((e) => e.id)
        .sort(),
    ).toEqual(['ann-lee', 'kari-nordmann', 'per-hansen']);
  });
});
