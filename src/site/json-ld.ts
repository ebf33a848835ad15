/** schema.org NewsArticle JSON-LD for an article page, safe to put inside a <script> element. */
import type { ArticleRecord, EntityType } from '../types.ts';

const SCHEMA_TYPE: Record<EntityType, string> = { person: 'Person', organization: 'Organization', place: 'Place' };

/**
 * JSON for a script element: `<`, `>`, `&`, U+2028 and U+2029 become \u escapes, so no text of
 * an article can close the element or start a comment, and the JSON stays valid JavaScript.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface JsonLdOptions {
  /** Absolute URL of the article page, when a site URL is configured. */
  url?: string;
  /** Absolute URL of an entity page by entity id, when a site URL is configured. */
  entityUrl?: (id: string) => string | undefined;
  /** How many of the most mentioned entities the article is "about" (the rest are "mentions"). */
  about?: number;
}

/** The NewsArticle object: datePublished only when the date is known and not estimated. */
export function newsArticle(a: ArticleRecord, options: JsonLdOptions = {}): Record<string, unknown> {
  const thing = (e: ArticleRecord['entities'][number]) => {
    const url = options.entityUrl?.(e.id);
    return { '@type': SCHEMA_TYPE[e.type], name: e.name, ...(url ? { url } : {}) };
  };
  const ranked = [...a.entities].sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
  const aboutCount = options.about ?? 3;
  const out: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title };
  if (options.url) out.url = options.url;
  if (a.published && !a.published.estimated) out.datePublished = a.published.date;
  if (a.language && a.language !== 'und') out.inLanguage = a.language;
  if (a.author) out.author = { '@type': 'Person', name: a.author };
  if (a.source) out.publisher = { '@type': 'Organization', name: a.source.name };
  if (a.originalUrl) out.isBasedOn = a.originalUrl;
  if (ranked.length) out.about = ranked.slice(0, aboutCount).map(thing);
  if (ranked.length > aboutCount) out.mentions = ranked.slice(aboutCount).map(thing);
  return out;
}
