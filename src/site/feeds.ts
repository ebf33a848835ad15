/**
 * Atom and JSON Feed of the newest dated articles. With a site URL every link is absolute;
 * without one, links are paths from the host (both formats allow relative references) and
 * Atom ids are urn:uuid values derived from the article id, so they stay stable and absolute.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../types.ts';
import { stripInvalidXml, xmlEscape } from './xml.ts';

export interface FeedOptions {
  title: string;
  basePath: string;
  /** Absolute site URL ending in '/', e.g. https://example.org/archive/. */
  siteUrl?: string;
  /** Newest articles kept. */
  size: number;
}

/** A site path (with base path) as an absolute URL when a site URL is set, else unchanged. */
export function absolute(pathWithBase: string, basePath: string, siteUrl?: string): string {
  if (!siteUrl) return pathWithBase;
  return siteUrl + (pathWithBase.startsWith(basePath) ? pathWithBase.slice(basePath.length) : pathWithBase.replace(/^\/+/, ''));
}

/** A stable name-based UUID (version 5 layout over SHA-1) for an article id. */
export function articleUrn(id: string): string {
  const h = createHash('sha1').update(`news-archive:article:${id}`).digest('hex');
  const variant = ((Number.parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

/** RFC 3339 timestamp of a published date (midnight UTC unless a time is known). */
export function rfc3339(p: NonNullable<ArticleRecord['published']>): string {
  const date = p.precision === 'day' ? p.date : p.precision === 'month' ? `${p.date}-01` : `${p.date}-01-01`;
  const time = p.time && /^\d\d:\d\d$/.test(p.time) ? p.time : '00:00';
  const zone = p.timezone && /^[+-]\d\d:\d\d$/.test(p.timezone) ? p.timezone : 'Z';
  return `${date}T${time}:00${zone}`;
}

/** The newest dated articles, newest first. */
export function feedArticles(articles: readonly ArticleRecord[], size: number): ArticleRecord[] {
  return articles
    .filter((a) => a.published)
    .sort((a, b) => rfc3339(b.published!).localeCompare(rfc3339(a.published!)) || a.id.localeCompare(b.id))
    .slice(0, size);
}

const summary = (a: ArticleRecord) => {
  const first = a.subtitle || a.body[0] || '';
  return first.length > 300 ? `${first.slice(0, 297)}...` : first;
};

/** The Atom 1.0 document. */
export function atomFeed(articles: readonly ArticleRecord[], o: FeedOptions): string {
  const items = feedArticles(articles, o.size);
  const updated = items[0]?.published ? rfc3339(items[0].published) : '1970-01-01T00:00:00Z';
  const home = absolute(o.basePath, o.basePath, o.siteUrl);
  const self = absolute(`${o.basePath}feed.xml`, o.basePath, o.siteUrl);
  const entries = items.map((a) => {
    const url = absolute(a.url, o.basePath, o.siteUrl);
    return [
      '  <entry>',
      `    <id>${xmlEscape(o.siteUrl ? url : articleUrn(a.id))}</id>`,
      `    <title>${xmlEscape(a.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `    <updated>${rfc3339(a.published!)}</updated>`,
      a.published && !a.published.estimated ? `    <published>${rfc3339(a.published)}</published>` : '',
      a.author ? `    <author><name>${xmlEscape(a.author)}</name></author>` : '',
      a.source ? `    <source><title>${xmlEscape(a.source.name)}</title></source>` : '',
      `    <summary>${xmlEscape(summary(a))}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(o.siteUrl ? home : `urn:uuid:${articleUrn(`feed:${o.title}`).slice(9)}`)}</id>`,
    `  <title>${xmlEscape(o.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlEscape(o.title)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(home)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The JSON Feed 1.1 document. */
export function jsonFeed(articles: readonly ArticleRecord[], o: FeedOptions): string {
  const clean = (s: string) => stripInvalidXml(s);
  const feed: Record<string, unknown> = { version: 'https://jsonfeed.org/version/1.1', title: clean(o.title) };
  if (o.siteUrl) {
    feed.home_page_url = absolute(o.basePath, o.basePath, o.siteUrl);
    feed.feed_url = absolute(`${o.basePath}feed.json`, o.basePath, o.siteUrl);
  }
  feed.items = feedArticles(articles, o.size).map((a) => {
    const item: Record<string, unknown> = { id: o.siteUrl ? absolute(a.url, o.basePath, o.siteUrl) : articleUrn(a.id), url: absolute(a.url, o.basePath, o.siteUrl), title: clean(a.title), content_text: clean(a.body.join('\n\n')) };
    if (a.subtitle) item.summary = clean(a.subtitle);
    if (a.published && !a.published.estimated) item.date_published = rfc3339(a.published);
    if (a.author) item.authors = [{ name: clean(a.author) }];
    if (a.language && a.language !== 'und') item.language = a.language;
    if (a.entities.length) item.tags = a.entities.map((e) => clean(e.name));
    return item;
  });
  return `${JSON.stringify(feed, null, 2)}\n`;
}
