/**
 * The site as lists of pages, one list per template. Each item carries its output path and
 * exactly the data its page shows, so a fingerprint of the item tells whether the page must be
 * rendered again (see incremental.ts). Nothing here depends on the number of articles unless
 * the page shows it, so adding an article leaves unrelated pages untouched. Pure.
 */
import type { TimelineYear } from './timeline.ts';
import type { ArticleLink, ArticleView, EntityIndexPage, EntityPage, EntitySummary, EntityView, SiteModel } from './view-model.ts';
import { renderBody } from './render-body.ts';
import { mergedFolders } from './search-shards.ts';

/** What the page's <head> says about it (base.njk). */
export interface PageHead {
  title: string;
  description?: string;
  /** Language of the page (BCP 47); 'en' when unknown. */
  lang?: string;
  ogType?: string;
  /** No canonical URL (the 404 page, served at any address). */
  noCanonical?: boolean;
}

/** One page: its output file relative to the output folder ('articles/x/index.html') and head. */
export interface PageItem {
  path: string;
  head: PageHead;
}

export interface NamedCount {
  name: string;
  url: string;
  count: number;
  typeLabel?: string;
}

/**
 * An article page's data: what the page shows. Its raw entity references, provenance and
 * messages are in the data downloads, not on the page (entityGroups lists the entities), so they
 * stay out of the item and its fingerprint.
 */
export type ArticleItem = PageItem & Omit<ArticleView, 'entities' | 'provenance' | 'messages'>;
export type RenderedArticle = ArticleItem & { bodyHtml: string };

/** What an entity's first page shows of it besides the article list; later pages show only the list. */
type EntityOverview = 'aliases' | 'sparkline' | 'events' | 'coOccurring' | 'sources';

/**
 * An entity page with what it shows of the entity: its own slice of the article list and the
 * article count, not the whole list (every page of an entity in thousands of articles would
 * carry it, and its fingerprint would cost as much as the list). The overview (spellings,
 * coverage, events, co-occurring entities, sources) is on the first page only: repeated on each
 * of an entity's pages it made up most of the site model's bytes, and a page's fingerprint and
 * rendering cost grow with what it carries.
 */
export type EntityItem = PageItem &
  Omit<EntityPage, 'entity'> & {
    entity: Omit<EntityView, 'articleLinks' | 'articles' | 'related' | 'mentions' | EntityOverview> & Partial<Pick<EntityView, EntityOverview | 'mentions'>> & { articleCount?: number };
  };

export interface PageLists {
  article: ArticleItem[];
  entity: EntityItem[];
  entityIndex: (PageItem & Pick<EntityIndexPage, 'label' | 'sort' | 'otherUrl' | 'total' | 'initials' | 'initial'> & { entities: NamedCount[] })[];
  source: (PageItem & { name: string; url: string; count?: number; page: number; pages?: number; prevUrl?: string; nextUrl?: string; articleLinks: SiteModel['sources'][number]['articleLinks'] })[];
  timelineYear: (PageItem & TimelineYear<ArticleLink> & { url: string })[];
  home: (PageItem & { home: SiteModel['home']; total: number; histogram: string; topEntities: NamedCount[] })[];
  timeline: (PageItem & { timeline: TimelineOverview })[];
  undated: (PageItem & SiteModel['undatedPages'][number] & { initials: SiteModel['timeline']['undatedInitials'] })[];
  events: (PageItem & { years: SiteModel['eventIndex'] })[];
  eventPage: (PageItem & SiteModel['eventPages'][number] & { index: SiteModel['eventIndex'][number] })[];
  sources: (PageItem & { sources: NamedCount[] })[];
  about: PageItem[];
  search: (PageItem & { merge: string[] })[];
  notFound: PageItem[];
}

/** What the timeline page shows: per month a count (the year pages list the articles), the undated by initial. */
export interface TimelineOverview {
  histogram: string;
  years: { year: string; id: string; url: string; count: number; months: { label: string; id: string; count: number }[] }[];
  undated: number;
  undatedInitials: SiteModel['timeline']['undatedInitials'];
}

/** The head of each page the site has one of. */
const HEADS = {
  home: { title: 'Home', description: 'A browsable archive of news articles with timelines, people, organizations, places and sources.' },
  timeline: { title: 'Timeline', description: 'Articles by publication date, with a monthly coverage histogram.' },
  events: { title: 'Events', description: 'Dated events that the articles mention, each citing the articles that mention it.' },
  sources: { title: 'Sources' },
  about: { title: 'About this archive and its data', description: 'How each field of the archive was inferred, and the data downloads.' },
  search: { title: 'Search', description: 'Full-text search of the articles, with filters for source, year, entity type and entity.' },
  notFound: { title: 'Not found', noCanonical: true },
} satisfies Record<string, PageHead>;

const named = (e: EntitySummary): NamedCount => ({ name: e.name, url: e.url, count: e.count, typeLabel: e.typeLabel });

/** Output file of an article's page. */
export function articlePath(id: string): string {
  return `articles/${id}/index.html`;
}

/** Every page of the site, by template. */
export function pageLists(model: SiteModel): PageLists {
  return {
    article: model.articles.map(({ entities: _entities, provenance: _provenance, messages: _messages, ...a }) => ({
      ...a,
      path: articlePath(a.id),
      head: { title: a.title, description: a.description, lang: a.language !== 'und' ? a.language : 'en', ogType: 'article' },
    })),
    entity: model.entityPages.map(({ entity, ...page }) => {
      const { articleLinks: _links, articles, related: _related, aliases, sparkline, events, coOccurring, sources, ...rest } = entity;
      const path = `${page.path}index.html`;
      if (page.page > 1) {
        // A later page shows its own articles only, none of the entity's counts: it stays the
        // same when articles are added to or removed from the entity's other pages.
        const { mentions: _mentions, ...named } = rest;
        const head = { title: `${entity.name} (page ${page.page})`, description: `Articles that mention ${entity.name}, page ${page.page}.` };
        return { ...page, path, head, entity: named };
      }
      const head = { title: entity.name, description: `${entity.typeLabel} mentioned in ${articles.length} articles of the archive.` };
      return { ...page, path, head, entity: { ...rest, aliases, sparkline, events, coOccurring, sources, articleCount: articles.length } };
    }),
    entityIndex: model.entityIndexPages.map((g) => ({
      path: `${g.path}index.html`,
      head: { title: `${g.label}${g.sort === 'name' ? ` by name${g.initial ? `: ${g.initial}` : ''}` : ''}` },
      label: g.label,
      sort: g.sort,
      otherUrl: g.otherUrl,
      total: g.total,
      initials: g.initials,
      ...(g.initial ? { initial: g.initial } : {}),
      entities: g.entities.map(({ name, url, count }) => ({ name, url, count })),
    })),
    source: model.sourcePages.map(({ source, articles, ...page }) => ({
      ...page,
      path: `${page.path}index.html`,
      head: { title: `${source.name}${page.page > 1 ? ` (page ${page.page})` : ''}` },
      name: source.name,
      url: source.url,
      // The count on the first page only (see ListPage).
      ...(page.page === 1 ? { count: source.count } : {}),
      articleLinks: articles,
    })),
    timelineYear: (model.timeline.years as (TimelineYear<ArticleLink> & { url: string; path: string })[]).map((y) => ({ ...y, path: `${y.path}index.html`, head: { title: y.year } })),
    home: [{ path: 'index.html', head: HEADS.home, home: model.home, total: model.total, histogram: model.timeline.histogram, topEntities: model.topEntities.map(named) }],
    timeline: [{ path: 'timeline/index.html', head: HEADS.timeline, timeline: timelineOverview(model.timeline) }],
    undated: model.undatedPages.map((p) => ({ ...p, path: `${p.path}index.html`, head: { title: `Undated articles: ${p.initial}` }, initials: model.timeline.undatedInitials })),
    events: [{ path: 'events/index.html', head: HEADS.events, years: model.eventIndex }],
    eventPage: model.eventPages.map((p) => ({ ...p, path: `${p.path}index.html`, head: { title: `Events: ${p.label}` }, index: model.eventIndex.find((y) => y.year === p.year)! })),
    sources: [{ path: 'sources/index.html', head: HEADS.sources, sources: model.sources.map((s) => ({ name: s.name, url: s.url, count: s.articles.length })) }],
    about: [{ path: 'about/index.html', head: HEADS.about }],
    search: [{ path: 'search/index.html', head: HEADS.search, merge: mergedFolders(model.total) }],
    notFound: [{ path: '404.html', head: HEADS.notFound }],
  };
}

function timelineOverview(t: SiteModel['timeline']): TimelineOverview {
  return {
    histogram: t.histogram,
    years: (t.years as (TimelineYear<ArticleLink> & { url: string })[]).map((y) => ({ year: y.year, id: y.id, url: y.url, count: y.count, months: y.months.map((m) => ({ label: m.label, id: m.id, count: m.articles.length })) })),
    undated: t.undated.length,
    undatedInitials: t.undatedInitials,
  };
}

/** The lists to render, with article bodies turned into HTML (only for the pages rendered). */
export function withBodies(lists: PageLists): Omit<PageLists, 'article'> & { article: RenderedArticle[] } {
  return { ...lists, article: lists.article.map((a) => ({ ...a, bodyHtml: renderBody(a.body) })) };
}

/**
 * Page paths ('articles/x/', 'about/') of every page but the 404 page, sorted: for the sitemap.
 * `files`: the output files of every page (those rendered and those kept as they were).
 */
export function sitemapPaths(files: readonly string[]): string[] {
  return files
    .filter((p) => p !== '404.html')
    .map((p) => (p.endsWith('index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/**
 * Splits the pages into batches of at most `size` pages (in list order), each with every
 * template's key: build() renders one batch per Eleventy run, so memory is bounded by the batch.
 * Always at least one batch (possibly empty).
 */
export function batches<T extends { [K in keyof T]: PageItem[] }>(lists: T, size: number): T[] {
  const out: T[] = [];
  const empty = () => Object.fromEntries(Object.keys(lists).map((k) => [k, []])) as unknown as T;
  let current = empty();
  let count = 0;
  for (const [name, items] of Object.entries(lists) as [keyof T & string, PageItem[]][]) {
    for (const item of items) {
      if (count === size) {
        out.push(current);
        current = empty();
        count = 0;
      }
      (current[name] as PageItem[]).push(item);
      count++;
    }
  }
  out.push(current);
  return out;
}
