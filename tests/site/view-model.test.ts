import { describe, expect, it } from 'vitest';
import settings from '../../src/heuristics/site.json' with { type: 'json' };
import { buildSiteModel } from '../../src/site/view-model.ts';
import type { EntityRecord } from '../../src/types.ts';
import { article } from './records.ts';

// More people than the index by count shows: each in one article, Zed Abel in three.
const n = settings.pages.indexTop + 5;
const articles = Array.from({ length: n }, (_, i) => article(`a${i}`, { entities: [`p:Person ${String(i).padStart(4, '0')}`, ...(i < 3 ? ['p:Zed Abel'] : [])] }));
const entities: EntityRecord[] = articles.flatMap((a) => a.entities.map((m) => ({ id: m.id, name: m.name, type: m.type, aliases: [], articles: [a.id], mentions: 1 })));
const zed = { ...entities.find((e) => e.id === 'zed-abel')!, articles: ['a0', 'a1', 'a2'] };
const model = await buildSiteModel({ articles, entities: [...entities.filter((e) => e.id !== 'zed-abel'), zed], sources: [], events: [], messages: [] }, '/');
const people = model.entityIndexPages.filter((p) => p.type === 'person');

describe('entity type indexes', () => {
  it('lists the entities in most articles first, up to indexTop, and counts them all', () => {
    const byCount = people.find((p) => p.sort === 'count')!;
    expect(byCount.entities).toHaveLength(settings.pages.indexTop);
    expect(byCount.entities[0]!.name).toBe('Zed Abel');
    expect(byCount.total).toBe(n + 1);
  });

  it('lists every entity by name on the page of its initial, and the initials on the by-name page', () => {
    const byName = people.find((p) => p.sort === 'name' && !p.initial)!;
    expect(byName.initials).toEqual([
      { label: 'P', url: '/people/by-name/p/', count: n },
      { label: 'Z', url: '/people/by-name/z/', count: 1 },
    ]);
    expect(people.find((p) => p.initial === 'P')!.entities.map((e) => e.name)).toEqual(articles.map((_, i) => `Person ${String(i).padStart(4, '0')}`));
  });
});
