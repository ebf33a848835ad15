/**
 * Whole-archive assembly: drafts -> public records. Gives ids (unique, stable slugs), builds
 * URLs, resolves entities across articles, and groups sources.
 */
import { message } from '../messages.ts';
import type { ArticleDraft } from '../pipeline/analyse.ts';
import type { ArticleRecord, EntityRecord, EventRecord, Message, SourceRef } from '../types.ts';
import { type ResolveOptions, resolveEntities } from './entities.ts';
import type { KnownScan } from './known-names.ts';
import { mergeEvents } from './events.ts';
import { slugify, uniqueSlugs } from './slug.ts';
import { collate } from '../collate.ts';

export interface SourceRecord extends SourceRef {
  articles: string[];
}

export interface Archive {
  articles: ArticleRecord[];
  entities: EntityRecord[];
  sources: SourceRecord[];
  /** Dated events the articles mention, merged across articles, oldest first. */
  events: EventRecord[];
  messages: Message[];
  /** Each article's text signature, by id (made with its analysis; see pipeline/text-signature.ts). */
  signatures?: ReadonlyMap<string, string>;
  /**
   * Each article's content key, by id (see ArticleDraft.contentKey): what its record holds but its
   * id, URL, source slug, entities and messages. Lets a rebuild tell an unchanged article without
   * reading its text again.
   */
  contentKeys?: ReadonlyMap<string, string>;
  /** The scan for known names, for the next build's resolution (see ResolveOptions.knownNames). */
  knownNames?: KnownScan;
}

/** The sort key of a publication date: day and time, '' when undated or only estimated. */
const publishedKey = (x: ArticleRecord) => (x.published && !x.published.estimated ? `${x.published.date}T${x.published.time ?? ''}` : '');

/**
 * Sorts in place newest first (day, then time); undated and estimated articles after the dated,
 * by title, then file. Each date key is made once.
 */
export function sortByPublished(articles: ArticleRecord[]): void {
  const keys = new Map(articles.map((a) => [a, publishedKey(a)]));
  articles.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    // Estimated dates sort with the undated: they are guesses, not publication dates.
    if (!ka !== !kb) return ka ? -1 : 1;
    if (ka !== kb) return ka < kb ? 1 : -1;
    return collate(a.title, b.title) || collate(a.file, b.file);
  });
}

/** Builds the archive from per-article drafts. `basePath` prefixes every URL ('/' or '/prefix/'). */
export function assemble(drafts: readonly ArticleDraft[], basePath: string, options: ResolveOptions = {}): Archive {
  const messages: Message[] = [];
  // Files in name order claim slugs first, so slugs are stable when unrelated files are added.
  const ordered = [...drafts].sort((a, b) => collate(a.file, b.file));
  const { slugs, collided } = uniqueSlugs(ordered.map((d) => ({ key: d.file, wanted: d.slug ?? d.title })));
  for (const file of collided) messages.push(message('slug-collision', `/articles/${slugs.get(file)}/`, file));

  const withIds = ordered.map((d) => ({ draft: d, id: slugs.get(d.file)! }));
  const resolved = resolveEntities(
    withIds.map(({ id, draft }) => ({ id, rawEntities: draft.rawEntities, text: [draft.title, ...draft.body].join('\n\n'), ...(draft.contentKey ? { key: draft.contentKey } : {}) })),
    options,
  );

  const sourceSlugs = new Map<string, string>();
  const sources = new Map<string, SourceRecord>();
  for (const name of [...new Set(ordered.map((d) => d.source).filter((s): s is string => !!s))].sort()) {
    sourceSlugs.set(name, slugify(name));
  }
  const articles: ArticleRecord[] = withIds.map(({ draft, id }) => {
    const source: SourceRef | null = draft.source ? { name: draft.source, slug: sourceSlugs.get(draft.source)! } : null;
    if (source) {
      const s = sources.get(source.slug) ?? { ...source, articles: [] };
      s.articles.push(id);
      sources.set(source.slug, s);
    }
    const record: ArticleRecord = {
      id,
      url: `${basePath}articles/${id}/`,
      file: draft.file,
      title: draft.title,
      subtitle: draft.subtitle,
      source,
      author: draft.author,
      authorBio: draft.authorBio,
      published: draft.published,
      language: draft.language,
      body: draft.body,
      entities: resolved.byArticle.get(id) ?? [],
      provenance: draft.provenance,
      messages: draft.messages,
    };
    if (draft.originalUrl) record.originalUrl = draft.originalUrl;
    return record;
  });
  sortByPublished(articles);
  // Events were found per article (cached with its analysis); only the merge is archive-wide.
  const events = mergeEvents(withIds.map(({ id, draft }) => ({ id, events: draft.events ?? [] })));
  const signatures = new Map(withIds.flatMap(({ id, draft }) => (draft.signature ? [[id, draft.signature] as const] : [])));
  const contentKeys = new Map(withIds.flatMap(({ id, draft }) => (draft.contentKey ? [[id, draft.contentKey] as const] : [])));
  return { articles, entities: resolved.entities, events, signatures, contentKeys, ...(resolved.knownNames ? { knownNames: resolved.knownNames } : {}), sources: [...sources.values()].sort((a, b) => collate(a.name, b.name)), messages };
}
