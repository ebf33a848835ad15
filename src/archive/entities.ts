/**
 * Archive-wide entity resolution: one canonical entity per real-world entity across articles.
 * A short form ("Haftar") joins the one longer name it ends ("Khalifa Haftar") when that name is
 * unambiguous in the archive; the canonical name is the fullest frequent form.
 */
import type { EntityRecord, EntityType, RawEntity } from '../types.ts';
import { isShortFormOf } from '../pipeline/entities.ts';
import { uniqueSlugs } from './slug.ts';

export interface ResolvedEntities {
  entities: EntityRecord[];
  /** Per article id: its entities with mention counts, most mentioned first. */
  byArticle: Map<string, { id: string; name: string; type: EntityType; mentions: number }[]>;
}

interface Cluster {
  type: EntityType;
  forms: Map<string, number>;
  articles: Map<string, number>;
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place'];

/** Resolves the raw entities of every article into archive-wide entities. */
export function resolveEntities(articles: readonly { id: string; rawEntities: readonly RawEntity[] }[]): ResolvedEntities {
  const clusters = new Map<string, Cluster>();
  const keyOf = (type: EntityType, name: string) => `${type}\u0000${name.toLowerCase()}`;
  for (const a of articles) {
    for (const e of a.rawEntities) {
      const key = keyOf(e.type, e.name);
      const c = clusters.get(key) ?? { type: e.type, forms: new Map(), articles: new Map() };
      for (const [form, n] of Object.entries(e.forms)) c.forms.set(form, (c.forms.get(form) ?? 0) + n);
      c.articles.set(a.id, (c.articles.get(a.id) ?? 0) + e.mentions);
      clusters.set(key, c);
    }
  }
  // Short person names join the single longer name they end, if there is exactly one.
  const names = [...clusters.entries()];
  for (const [key, c] of names) {
    if (c.type !== 'person') continue;
    const name = key.split('\u0000')[1]!;
    const hosts = names.filter(([k, h]) => h !== c && h.type === 'person' && clusters.has(k) && isShortFormOf(name, k.split('\u0000')[1]!));
    if (hosts.length !== 1) continue;
    const host = hosts[0]![1];
    for (const [f, n] of c.forms) host.forms.set(f, (host.forms.get(f) ?? 0) + n);
    for (const [a, n] of c.articles) host.articles.set(a, (host.articles.get(a) ?? 0) + n);
    clusters.delete(key);
  }
  const list = [...clusters.values()].map((c) => ({ ...c, name: canonicalName(c.forms) }));
  list.sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.name.localeCompare(b.name));
  const { slugs } = uniqueSlugs(list.map((c) => ({ key: `${c.type}:${c.name}`, wanted: c.name })));
  const entities: EntityRecord[] = [];
  const byArticle: ResolvedEntities['byArticle'] = new Map();
  for (const c of list) {
    const id = slugs.get(`${c.type}:${c.name}`)!;
    const articleIds = [...c.articles.keys()].sort();
    const mentions = [...c.articles.values()].reduce((s, n) => s + n, 0);
    entities.push({ id, name: c.name, type: c.type, aliases: [...c.forms.keys()].filter((f) => f !== c.name).sort(), articles: articleIds, mentions });
    for (const [articleId, n] of c.articles) {
      const refs = byArticle.get(articleId) ?? [];
      refs.push({ id, name: c.name, type: c.type, mentions: n });
      byArticle.set(articleId, refs);
    }
  }
  for (const refs of byArticle.values()) refs.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { entities, byArticle };
}

/** The fullest form among the frequent ones: most words, then most mentions, then alphabetical. */
function canonicalName(forms: Map<string, number>): string {
  return [...forms.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
