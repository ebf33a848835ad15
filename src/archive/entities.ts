/**
 * Archive-wide entity resolution: one canonical entity per real-world entity across articles.
 * Each article's raw entities are units; curated names (the authority file) pin units to an
 * entry first, then the rules of `cluster.ts` group the rest from the text alone. The canonical
 * name is the curated one, else the fullest frequent form.
 */
import limits from '../heuristics/entity-resolution.json' with { type: 'json' };
import type { EntityRecord, EntityType, RawEntity } from '../types.ts';
import { type AuthorityEntry, authorityIndex } from './authority.ts';
import { type Unit, canonicalName, clusterUnits } from './cluster.ts';
import { type KnownScan, findKnownNames } from './known-names.ts';
import { nameKey } from './names.ts';
import { uniqueSlugs } from './slug.ts';
import { topK } from './top-k.ts';

export interface ResolvedEntities {
  entities: EntityRecord[];
  /** Per article id: its entities with mention counts, most mentioned first. */
  byArticle: Map<string, { id: string; name: string; type: EntityType; mentions: number }[]>;
  /** The scan of the texts for known names, for the next build (see ResolveOptions.knownNames). */
  knownNames?: KnownScan;
}

export interface ResolveOptions {
  /** Curated entities (from `data/entities.yml`): merge, split, rename, hide. */
  authority?: readonly AuthorityEntry[];
  /**
   * The last build's scan for known names (ResolvedEntities.knownNames): a text with the same
   * `key` is scanned again only where the names the archive knows changed. Same result, less work.
   */
  knownNames?: KnownScan;
}

interface ArticleUnit extends Unit {
  article: string;
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place'];
/** A collator is many times faster than `localeCompare` over hundreds of thousands of names. */
const byName = new Intl.Collator('en').compare;

/**
 * Resolves the raw entities of every article into archive-wide entities. With an article's
 * `text`, names the archive knows are also counted where its recogniser missed them.
 */
export function resolveEntities(
  articles: readonly { id: string; rawEntities: readonly RawEntity[]; text?: string; key?: string }[],
  options: ResolveOptions = {},
): ResolvedEntities {
  const entries = options.authority ?? [];
  const index = authorityIndex(entries);
  const units = articles.flatMap((a) => a.rawEntities.flatMap((e) => pinned(a.id, e, index)));
  const groups = clusterUnits(units);
  const withText = articles.filter((a) => a.text);
  const keys = new Map(withText.flatMap((a) => (a.key !== undefined ? [[a.id, a.key] as const] : [])));
  const knownNames = addKnownNames(groups, new Map(withText.map((a) => [a.id, a.text!] as const)), options.knownNames, keys);
  const list = groups.flatMap((group) => {
    const pin = group.find((u) => u.pin !== undefined)?.pin;
    const entry = pin === undefined ? undefined : entries[pin];
    if (entry?.hide) return [];
    const forms = new Map<string, number>();
    const perArticle = new Map<string, number>();
    const types = new Map<EntityType, number>();
    for (const u of group) {
      for (const [f, n] of u.forms) forms.set(f, (forms.get(f) ?? 0) + n);
      perArticle.set(u.article, (perArticle.get(u.article) ?? 0) + u.mentions);
      types.set(u.type, (types.get(u.type) ?? 0) + u.mentions);
    }
    const type = entry?.type ?? [...types.entries()].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0]![0];
    return [{ name: entry?.name ?? canonicalName(forms), type, forms, perArticle, entry }];
  });
  list.sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || byName(a.name, b.name));
  // Slugs must not depend on what else is in the archive, or adding one article would move the
  // pages of unrelated entities: a colliding slug's suffix hashes the entity's type and name (not
  // its position), and the plain slug goes to the entity in most articles.
  const claim = list.map((c, i) => ({ c, i })).sort((x, y) => y.c.perArticle.size - x.c.perArticle.size || x.i - y.i);
  const { slugs } = uniqueSlugs(claim.map(({ c, i }) => ({ key: String(i), wanted: c.name, hash: `${c.type}\u0000${c.name}` })));
  const entities: EntityRecord[] = [];
  const byArticle: ResolvedEntities['byArticle'] = new Map();
  list.forEach((c, i) => {
    const id = slugs.get(String(i))!;
    const record: EntityRecord = {
      id,
      name: c.name,
      type: c.type,
      aliases: [...c.forms.keys()].filter((f) => f !== c.name).sort(),
      articles: [...c.perArticle.keys()].sort(),
      mentions: [...c.perArticle.values()].reduce((s, n) => s + n, 0),
    };
    if (c.entry?.wikidata) record.wikidata = c.entry.wikidata;
    if (c.entry?.description) record.description = c.entry.description;
    entities.push(record);
    for (const [articleId, n] of c.perArticle) {
      const refs = byArticle.get(articleId) ?? [];
      refs.push({ id, name: c.name, type: c.type, mentions: n });
      byArticle.set(articleId, refs);
    }
  });
  for (const refs of byArticle.values()) refs.sort((a, b) => b.mentions - a.mentions || byName(a.name, b.name));
  addRelated(entities, byArticle);
  return { entities, byArticle, ...(knownNames ? { knownNames } : {}) };
}

/** Adds, as units, the known names found in articles whose recogniser missed them; returns the scan for the next build. */
function addKnownNames(groups: ArticleUnit[][], texts: ReadonlyMap<string, string>, previous: KnownScan | undefined, keys: ReadonlyMap<string, string>): KnownScan | undefined {
  if (texts.size === 0) return undefined;
  const known = groups.map((g) => ({
    type: g[0]!.type,
    forms: new Set(g.flatMap((u) => [...u.forms.keys()])),
    articles: new Set(g.map((u) => u.article)),
  }));
  const counts = new Map<string, { group: number; article: string; form: string; n: number }>();
  const hits = findKnownNames(known, texts, previous, keys);
  for (const hit of hits) {
    const key = `${hit.group}\u0000${hit.article}\u0000${hit.form}`;
    const c = counts.get(key) ?? { ...hit, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  for (const { group, article, form, n } of counts.values()) {
    const g = groups[group]!;
    g.push({ article, type: g[0]!.type, name: form, forms: new Map([[form, n]]), mentions: n, pin: g.find((u) => u.pin !== undefined)?.pin });
  }
  return keys.size > 0 ? hits.scan : undefined;
}

/**
 * A raw entity as units pinned to authority entries. Its spellings normally stay together; when
 * curated names put them under different entries (a split), each entry gets its own unit and
 * uncurated spellings follow the entity's main name.
 */
function pinned(article: string, e: RawEntity, index: ReadonlyMap<string, number>): ArticleUnit[] {
  if (index.size === 0) return [{ article, type: e.type, name: e.name, forms: new Map(Object.entries(e.forms)), mentions: e.mentions }];
  const cls = e.type === 'person' ? 'p' : 't';
  const pinOf = (name: string) => index.get(`${cls}:${nameKey(name)}`);
  const main = pinOf(e.name);
  const parts = new Map<number | undefined, Map<string, number>>();
  for (const [form, n] of Object.entries(e.forms)) {
    const pin = pinOf(form) ?? main;
    const forms = parts.get(pin) ?? new Map<string, number>();
    forms.set(form, n);
    parts.set(pin, forms);
  }
  return [...parts].map(([pin, forms]) => {
    const mentions = [...forms.values()].reduce((s, n) => s + n, 0);
    return { article, type: e.type, name: pin === main ? e.name : canonicalName(forms), forms, mentions, pin };
  });
}

/**
 * Entities that appear in the same articles, most shared articles first (ties: name order).
 * Counted one entity at a time over its own articles, so memory stays small on big archives.
 */
function addRelated(entities: EntityRecord[], byArticle: ResolvedEntities['byArticle']): void {
  const indexOf = new Map(entities.map((e, i) => [e.id, i]));
  const inArticle = new Map<string, number[]>();
  for (const [article, refs] of byArticle) inArticle.set(article, refs.map((r) => indexOf.get(r.id)!));
  // One counter array reused for every entity; only the touched slots are read and reset.
  const counts = new Int32Array(entities.length);
  entities.forEach((e, i) => {
    const touched: number[] = [];
    for (const article of e.articles) {
      for (const j of inArticle.get(article) ?? []) {
        if (j === i) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j]!++;
      }
    }
    // Entities are sorted by type and name, so a lower index is the alphabetical tie-break.
    const top = topK(touched, limits.relatedMax.value, (a, b) => counts[b]! - counts[a]! || a - b);
    e.related = top.map((j) => ({ id: entities[j]!.id, count: counts[j]! }));
    for (const j of touched) counts[j] = 0;
  });
}
