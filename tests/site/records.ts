/** Hand-made records for the site tests (not keyed to any sample file). */
import type { ArticleRecord, EntityMention, EntityType, Published } from '../../src/types.ts';

/** An entity mention: 'p:Name' person, 'o:Name' organization, 'l:Name' place. */
export function mention(spec: string, mentions = 1): EntityMention {
  const [kind, name = ''] = spec.split(':') as [string, string];
  const type: EntityType = kind === 'p' ? 'person' : kind === 'o' ? 'organization' : 'place';
  return { id: name.toLowerCase().replace(/\W+/g, '-'), name, type, mentions };
}

/** A minimal article record. */
export function article(id: string, o: { entities?: string[]; date?: string | Partial<Published> | null; source?: string | null; body?: string[]; title?: string } = {}): ArticleRecord {
  const published: Published | null =
    o.date === undefined || o.date === null
      ? null
      : typeof o.date === 'string'
        ? { date: o.date, precision: o.date.length === 10 ? 'day' : o.date.length === 7 ? 'month' : 'year', estimated: false }
        : ({ precision: 'day', estimated: false, date: '2020-01-01', ...o.date } as Published);
  return {
    id,
    url: `/articles/${id}/`,
    file: `${id}.txt`,
    title: o.title ?? `Title of ${id}`,
    source: o.source ? { name: o.source, slug: o.source.toLowerCase().replace(/\W+/g, '-') } : null,
    author: null,
    published,
    language: 'en',
    body: o.body ?? [`Body of ${id}.`],
    entities: (o.entities ?? []).map((e) => mention(e)),
    provenance: published ? { published: { rule: 'test-rule', evidence: '', confidence: 0.5 } } : {},
    messages: [],
  };
}
