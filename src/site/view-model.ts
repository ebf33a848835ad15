/**
 * The data the templates see: the archive's records arranged into pages (articles, entities by
 * type, sources, timelines, events). Pure: no file system, no clock.
 */
import type { Archive, SourceRecord } from '../archive/assemble.ts';
import settings from '../heuristics/site.json' with { type: 'json' };
import type { ArticleRecord, EntityRecord, EntityType } from '../types.ts';
import { articleDigests, entityDigests } from './page-digests.ts';
import { byInitial, coOccurrence, sourcesOf, stableChunks } from './entity-views.ts';
import { type EventRecord, type EventView, eventViews, eventsByYear } from './events.ts';
import { absolute } from './feeds.ts';
import { newsArticle, scriptSafeJson } from './json-ld.ts';
import { type ArticleLinks, articleLinks } from './article-links.ts';
import { histogramSvg, monthName, sparklineSvg } from './svg.ts';
import { type Timeline, type UndatedEntry, buildTimeline, monthOf, seriesOver } from './timeline.ts';
import { collate } from '../collate.ts';

export const TYPE_FOLDERS: Record<EntityType, { folder: string; label: string; singular: string }> = {
  person: { folder: 'people', label: 'People', singular: 'Person' },
  organization: { folder: 'organizations', label: 'Organizations', singular: 'Organization' },
  place: { folder: 'places', label: 'Places', singular: 'Place' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface ArticleLink {
  id: string;
  title: string;
  url: string;
  dateLabel: string;
  source: string | null;
}

export interface NamedLink {
  name: string;
  url: string;
  count: number;
}

export interface EntityView extends EntityRecord {
  url: string;
  folder: string;
  typeLabel: string;
  articleLinks: ArticleLink[];
  coOccurring: NamedLink[];
  sources: NamedLink[];
  sparkline: string;
  events: EventView[];
}

/**
 * One page of an article list split into pages (page 1 is the list's own URL). Pages end where
 * their articles say (see stableChunks), and only the first page tells how many there are: a
 * later page stays the same when an article is added to or removed from another page.
 */
export interface ListPage {
  /** Output folder without the base path, e.g. 'people/x/' or 'people/x/page/2/'. */
  path: string;
  page: number;
  /** Pages in the list: on the first page only. */
  pages?: number;
  articles: ArticleLink[];
  prevUrl?: string;
  nextUrl?: string;
}

/** One page of an entity's article list. */
export interface EntityPage extends ListPage {
  entity: EntityView;
}

/** One page of a source's article list ('sources/x/', then 'sources/x/page/2/'). */
export interface SourcePage extends ListPage {
  source: { name: string; slug: string; url: string; count: number };
}

/** The folder of page `i` (from 0) of a paged list at `base`: 'people/x/', then 'people/x/page/2/'. */
function pageFolder(base: string, i: number): string {
  return i === 0 ? base : `${base}page/${i + 1}/`;
}

/** An article list cut into pages (see cutList), the page at folder `pathOf(i)` linking to its neighbours. */
function listPages(chunks: readonly ArticleLink[][], pathOf: (i: number) => string, basePath: string): ListPage[] {
  return chunks.map((articles, i) => ({
    path: pathOf(i),
    page: i + 1,
    ...(i === 0 ? { pages: chunks.length } : {}),
    articles,
    ...(i > 0 ? { prevUrl: basePath + pathOf(i - 1) } : {}),
    ...(i < chunks.length - 1 ? { nextUrl: basePath + pathOf(i + 1) } : {}),
  }));
}

/** A list of article ids cut into pages of about `size` where the ids say (see stableChunks). */
function cutList(ids: readonly string[], size: number): string[][] {
  return stableChunks(ids, size, (id) => id);
}

/** What lists and links show of any entity (index pages, the home page). */
export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  url: string;
  typeLabel: string;
  /** Articles that mention it. */
  count: number;
  mentions: number;
}

/**
 * A page of an entity type's index: its entities in most articles ('count'), the list of
 * initials ('name', no `initial`), or every entity under one initial, by name.
 */
export interface EntityIndexPage {
  type: EntityType;
  label: string;
  path: string;
  sort: 'count' | 'name';
  otherUrl: string;
  entities: EntitySummary[];
  /** Entities of the type in the archive. */
  total: number;
  /** The initials with their pages and entity counts. */
  initials: { label: string; url: string; count: number }[];
  /** The initial of a page by initial. */
  initial?: string;
}

/** An article page's data; its body HTML is made only for the pages rendered (page-lists.ts). */
export interface ArticleView extends ArticleRecord {
  dateLabel: string;
  rawUrl: string;
  year: string | null;
  description: string;
  canonical?: string;
  jsonLd: string;
  /** `filter`: the entity is offered as a search filter value (see heuristics/site.json). */
  entityGroups: { label: string; entities: { name: string; url: string; mentions: number; filter: boolean }[] }[];
  related: (ArticleLink & { shared: string[] })[];
  sameStory: (ArticleLink & { why: string })[];
  older?: ArticleLink;
  newer?: ArticleLink;
}

export interface SiteOptions {
  /** Absolute URL the site is published at, ending in '/'. */
  siteUrl?: string;
  /** Dated events mentioned by the articles (from the events step). */
  events?: readonly EventRecord[];
  /**
   * True for an entity or article ('entity:<id>', 'article:<id>') whose pages the last build wrote
   * from inputs with this digest (and the same site version), still on disk: its view and pages
   * are not made again (see page-digests.ts).
   */
  unchanged?: (key: string, digest: string, paths: readonly string[]) => boolean;
  /**
   * The articles' related and same-story links, when worked out elsewhere (a worker thread, see
   * article-links.ts) while this models the entities' pages; else they are worked out here.
   */
  links?: Promise<ArticleLinks>;
}

export interface SiteModel {
  basePath: string;
  title: string;
  siteUrl?: string;
  articles: ArticleView[];
  home: ArticleLink[];
  /** Articles in the archive. */
  total: number;
  /** The entities whose pages this build makes: all of them, but those `unchanged` (SiteOptions). */
  entities: EntityView[];
  entityPages: EntityPage[];
  /**
   * By 'entity:<id>' and 'article:<id>': the digest of its pages' inputs, their paths ('people/x/',
   * 'people/x/page/2/'), and whether they are left as the last build wrote them (no view or page made).
   */
  pageInputs: Map<string, PageInputs>;
  entityIndexPages: EntityIndexPage[];
  entityTypes: { type: EntityType; folder: string; label: string; url: string; byNameUrl: string; entities: EntitySummary[] }[];
  topEntities: EntitySummary[];
  sources: (SourceRecord & { url: string; articleLinks: ArticleLink[] })[];
  /** Each source's articles, newest first, on pages of `pages.sourcePageSize` ('sources/x/', 'sources/x/page/2/'). */
  sourcePages: SourcePage[];
  timeline: Timeline<ArticleLink> & {
    histogram: string;
    years: (Timeline<ArticleLink>['years'][number] & { url: string; path: string })[];
    /** The initials of the undated articles' titles, each with its page and article count. */
    undatedInitials: { label: string; url: string; count: number }[];
  };
  /** The undated articles on a page per initial of their titles ('timeline/undated/a/'). */
  undatedPages: { path: string; initial: string; entries: UndatedEntry<ArticleLink>[] }[];
  events: EventView[];
  /** The events index: per year its page, its months with events and their pages, and counts. */
  eventIndex: EventIndexYear[];
  /** A page per year (the events known only to the year) and per month ('events/2020/', 'events/2020/02/'). */
  eventPages: { path: string; label: string; year: string; events: EventView[] }[];
}

export interface EventIndexYear {
  year: string;
  url: string;
  count: number;
  /** Events known only to the year (listed on the year's page). */
  yearOnly: number;
  months: { label: string; url: string; count: number }[];
}

/** What an entity's or article's pages are made from (see page-digests.ts). */
export interface PageInputs {
  digest: string;
  paths: string[];
  unchanged: boolean;
}

/** Human date: "23 February 2020, 05:06", "February 2020", "2020", or "Undated". */
export function dateLabel(a: ArticleRecord): string {
  const p = a.published;
  if (!p) return 'Undated';
  const [y, m, d] = p.date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  let label = p.precision === 'day' ? `${Number(d)} ${month} ${y}` : p.precision === 'month' ? `${month} ${y}` : y!;
  if (p.time) label += `, ${p.time}${p.timezone ? ` ${p.timezone}` : ''}`;
  return p.estimated ? `${label} (estimated)` : label;
}

/** The year of a known (not estimated) publication date, for the search filter. */
export function yearOf(a: ArticleRecord): string | null {
  return a.published && !a.published.estimated ? a.published.date.slice(0, 4) : null;
}

/**
 * An article's entities by type (in the site's type order), each with its URL and whether the
 * search page offers it as a filter (it is in enough articles).
 */
export function entityGroupsOf(a: ArticleRecord, url: (id: string) => string, entityArticles: ReadonlyMap<string, number>): ArticleView['entityGroups'] {
  return (Object.keys(TYPE_FOLDERS) as EntityType[])
    .map((type) => ({
      label: TYPE_FOLDERS[type].label,
      entities: a.entities
        .filter((e) => e.type === type)
        .map((e) => ({ name: e.name, url: url(e.id), mentions: e.mentions, filter: (entityArticles.get(e.id) ?? 0) >= settings.search.minEntityFilterArticles })),
    }))
    .filter((g) => g.entities.length > 0);
}

/** Newest first by known date (and time); estimated and undated articles last, by title. */
export function newestFirst(a: ArticleRecord, b: ArticleRecord): number {
  const key = (x: ArticleRecord) => (x.published && !x.published.estimated ? `${x.published.date}T${x.published.time ?? ''}` : '');
  const [ka, kb] = [key(a), key(b)];
  if (ka !== kb) return ka < kb ? 1 : -1;
  return collate(a.title, b.title) || collate(a.id, b.id);
}

const SAME_STORY_WHY = { 'near-duplicate': 'near-identical text', 'same-entities': 'same people and places, published days apart' } as const;

/** Arranges the archive into the pages of the site. */
export async function buildSiteModel(archive: Archive, basePath: string, title = 'News Archive', options: SiteOptions = {}): Promise<SiteModel> {
  const P = settings.pages;
  const link = (a: ArticleRecord): ArticleLink => ({ id: a.id, title: a.title, url: a.url, dateLabel: dateLabel(a), source: a.source?.name ?? null });
  const byId = new Map(archive.articles.map((a) => [a.id, a]));
  const links = new Map(archive.articles.map((a) => [a.id, link(a)]));
  // Newest first, undated (and estimated) last, whatever order the archive arrives in.
  const chronological = [...archive.articles].sort(newestFirst);
  const order = new Map(chronological.map((a, i) => [a.id, i]));
  const timeline = buildTimeline(chronological, link);
  const range = timeline.series.map((s) => s.month);
  const events = eventViews(options.events ?? [], links);

  const entityUrl = new Map(archive.entities.map((e) => [e.id, `${basePath}${TYPE_FOLDERS[e.type].folder}/${e.id}/`]));
  const entityName = new Map(archive.entities.map((e) => [e.id, e.name]));
  const entityArticles = new Map(archive.entities.map((e) => [e.id, e.articles.length]));
  // An event's label and citations, lower-cased once (entities test their names against it).
  const eventTexts = new Map<EventView, string>();
  const eventText = (ev: EventView) => {
    let text = eventTexts.get(ev);
    if (text === undefined) {
      text = [ev.label, ...ev.articles.map((c) => c.text)].join('\n').toLowerCase();
      eventTexts.set(ev, text);
    }
    return text;
  };
  // Events by citing article, so each entity looks only at the events of its own articles.
  const eventsByArticle = new Map<string, EventView[]>();
  for (const ev of events) {
    for (const c of ev.articles) {
      const list = eventsByArticle.get(c.id);
      if (list) list.push(ev);
      else eventsByArticle.set(c.id, [ev]);
    }
  }
  const digests = entityDigests({ articles: archive.articles, entities: archive.entities, links, eventsByArticle, shared: [basePath, range] });
  // Each entity's articles, newest first, cut into its pages once: the cut gives the page paths
  // (whether its pages are on disk) and, for a changed entity, the pages' article lists.
  const sortedIds = (e: EntityRecord) => [...e.articles].filter((id) => byId.has(id)).sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  const cutsOf = new Map(archive.entities.map((e) => [e.id, cutList(sortedIds(e), P.entityPageSize)]));
  const pathsOf = (e: EntityRecord) => {
    const base = entityUrl.get(e.id)!.slice(basePath.length);
    return cutsOf.get(e.id)!.map((_, i) => pageFolder(base, i));
  };
  const pageInputs = new Map<string, PageInputs>();
  const inputsOf = (key: string, digest: string, paths: string[]) => {
    const inputs = { digest, paths, unchanged: options.unchanged?.(key, digest, paths) ?? false };
    pageInputs.set(key, inputs);
    return inputs;
  };
  const changed = archive.entities.filter((e) => !inputsOf(`entity:${e.id}`, digests.get(e.id)!, pathsOf(e)).unchanged);
  const co = coOccurrence(archive.articles, P.topRelated, new Set(changed.map((e) => e.id)));
  const entities: EntityView[] = changed.map((e) => {
    const t = TYPE_FOLDERS[e.type];
    const ids = cutsOf.get(e.id)!.flat();
    const counts = new Map<string, number>();
    for (const id of ids) {
      const m = monthOf(byId.get(id)!);
      if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    const dated = [...counts.values()].reduce((s, n) => s + n, 0);
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    const candidates = [...new Set(ids.flatMap((id) => eventsByArticle.get(id) ?? []))].sort((x, y) => x.date.localeCompare(y.date) || x.label.localeCompare(y.label));
    return {
      ...e,
      url: entityUrl.get(e.id)!,
      folder: t.folder,
      typeLabel: t.singular,
      articleLinks: ids.map((id) => links.get(id)!),
      coOccurring: (co.get(e.id) ?? []).slice(0, P.topRelated).map((c) => ({ name: entityName.get(c.id) ?? c.id, url: entityUrl.get(c.id) ?? basePath, count: c.count })),
      sources: sourcesOf({ articles: ids }, byId).map((s) => ({ name: s.name, url: `${basePath}sources/${s.slug}/`, count: s.count })),
      sparkline:
        dated && range.length
          ? sparklineSvg(seriesOver(range, counts), `${e.name}: ${dated} dated article${dated === 1 ? '' : 's'} per month, ${monthName(range[0]!)} to ${monthName(range[range.length - 1]!)}`)
          : '',
      // An event of one of its articles that names the entity (any spelling) in its label or citations.
      events: candidates.filter((ev) => {
        const hay = eventText(ev);
        return names.some((n) => hay.includes(n));
      }),
    };
  });

  const entityPages: EntityPage[] = entities.flatMap((entity) => {
    const paths = pageInputs.get(`entity:${entity.id}`)!.paths;
    const chunks = cutsOf.get(entity.id)!.map((ids) => ids.map((id) => links.get(id)!));
    return listPages(chunks, (i) => paths[i]!, basePath).map((page) => ({ entity, ...page }));
  });

  const summaries: EntitySummary[] = archive.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    url: entityUrl.get(e.id)!,
    typeLabel: TYPE_FOLDERS[e.type].singular,
    count: e.articles.length,
    mentions: e.mentions,
  }));
  const byCount = (x: EntitySummary, y: EntitySummary) => y.count - x.count || y.mentions - x.mentions || collate(x.name, y.name);
  const byName = (x: EntitySummary, y: EntitySummary) => collate(x.name, y.name) || collate(x.id, y.id);
  const entityTypes = (Object.keys(TYPE_FOLDERS) as EntityType[]).map((type) => ({
    type,
    folder: TYPE_FOLDERS[type].folder,
    label: TYPE_FOLDERS[type].label,
    url: `${basePath}${TYPE_FOLDERS[type].folder}/`,
    byNameUrl: `${basePath}${TYPE_FOLDERS[type].folder}/by-name/`,
    entities: summaries.filter((e) => e.type === type).sort(byCount),
  }));
  const entityIndexPages: EntityIndexPage[] = entityTypes.flatMap((t) => {
    const groups = byInitial([...t.entities].sort(byName), (e) => e.name);
    const initials = groups.map((g) => ({ label: g.label, url: `${t.byNameUrl}${g.slug}/`, count: g.items.length }));
    const page = { type: t.type, label: t.label, total: t.entities.length, initials };
    return [
      { ...page, path: `${t.folder}/`, sort: 'count' as const, otherUrl: t.byNameUrl, entities: t.entities.slice(0, P.indexTop) },
      { ...page, path: `${t.folder}/by-name/`, sort: 'name' as const, otherUrl: t.url, entities: [] },
      ...groups.map((g) => ({ ...page, path: `${t.folder}/by-name/${g.slug}/`, sort: 'name' as const, otherUrl: t.url, entities: g.items, initial: g.label })),
    ];
  });

  const { related, same } = options.links ? await options.links : articleLinks(archive.articles, archive.signatures);
  const dated = chronological.filter((a) => a.published && !a.published.estimated);
  const datedIndex = new Map(dated.map((a, i) => [a.id, i]));
  const neighbours = (id: string) => {
    const i = datedIndex.get(id);
    return { older: i === undefined ? undefined : dated[i + 1], newer: i === undefined || i === 0 ? undefined : dated[i - 1] };
  };
  const filter = (id: string) => (entityArticles.get(id) ?? 0) >= settings.search.minEntityFilterArticles;
  const articleInputs = articleDigests({
    articles: archive.articles,
    links,
    // What the page shows of each (not the scores: a new article moves every idf a little).
    linked: (id) => {
      const { older, newer } = neighbours(id);
      return [
        (related.get(id) ?? []).map((r) => ({ id: r.id, shared: r.shared.slice(0, 4) })),
        (same.get(id) ?? []).map((r) => ({ id: r.id, rule: r.rule })),
        [older, newer].flatMap((n) => (n ? [{ id: n.id }] : [])),
      ];
    },
    filter,
    shared: [basePath, options.siteUrl ?? null],
    ...(archive.contentKeys ? { contentKeys: archive.contentKeys } : {}),
  });
  const changedArticles = archive.articles.filter((a) => !inputsOf(`article:${a.id}`, articleInputs.get(a.id)!, [`articles/${a.id}/`]).unchanged);
  const articles: ArticleView[] = changedArticles.map((a) => {
    const { older, newer } = neighbours(a.id);
    const canonical = options.siteUrl ? absolute(a.url, basePath, options.siteUrl) : undefined;
    const first = a.subtitle || a.body[0] || '';
    const sameIds = new Set((same.get(a.id) ?? []).map((s) => s.id));
    return {
      ...a,
      dateLabel: dateLabel(a),
      rawUrl: `${basePath}raw/${a.id}.txt`,
      year: yearOf(a),
      description: first.length > 200 ? `${first.slice(0, 197)}...` : first,
      ...(canonical ? { canonical } : {}),
      jsonLd: scriptSafeJson(
        newsArticle(a, {
          ...(canonical ? { url: canonical } : {}),
          entityUrl: (id) => (options.siteUrl && entityUrl.has(id) ? absolute(entityUrl.get(id)!, basePath, options.siteUrl) : undefined),
        }),
      ),
      entityGroups: entityGroupsOf(a, (id) => entityUrl.get(id) ?? basePath, entityArticles),
      related: (related.get(a.id) ?? []).filter((r) => !sameIds.has(r.id)).map((r) => ({ ...links.get(r.id)!, shared: r.shared.slice(0, 4) })),
      sameStory: (same.get(a.id) ?? []).map((s) => ({ ...links.get(s.id)!, why: SAME_STORY_WHY[s.rule] })),
      ...(older ? { older: links.get(older.id)! } : {}),
      ...(newer ? { newer: links.get(newer.id)! } : {}),
    };
  });

  const sources = archive.sources.map((s) => ({
    ...s,
    url: `${basePath}sources/${s.slug}/`,
    articleLinks: s.articles
      .filter((id) => byId.has(id))
      .sort((x, y) => order.get(x)! - order.get(y)!)
      .map((id) => links.get(id)!),
  }));
  // A single-publisher archive has one source with every article: its list is paged like an entity's.
  const sourcePages: SourcePage[] = sources.flatMap((s) => {
    const source = { name: s.name, slug: s.slug, url: s.url, count: s.articleLinks.length };
    const chunks = cutList(s.articleLinks.map((l) => l.id), P.sourcePageSize).map((ids) => ids.map((id) => links.get(id)!));
    return listPages(chunks, (i) => pageFolder(`sources/${s.slug}/`, i), basePath).map((page) => ({ source, ...page }));
  });
  const totalDated = timeline.series.reduce((s, m) => s + m.count, 0);
  // Undated articles on a page per initial of the title: an archive of scraped pages can have
  // thousands, and one page of them all was rendered again whenever one was added or removed.
  const undated = byInitial(timeline.undated, (u) => u.link.title);
  return {
    basePath,
    title,
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    articles,
    total: archive.articles.length,
    home: chronological.slice(0, P.homeSize).map((a) => links.get(a.id)!),
    entities,
    entityPages,
    pageInputs,
    entityIndexPages,
    entityTypes,
    topEntities: [...summaries].sort(byCount).slice(0, 20),
    sources,
    sourcePages,
    undatedPages: undated.map((g) => ({ path: `timeline/undated/${g.slug}/`, initial: g.label, entries: g.items })),
    timeline: {
      ...timeline,
      undatedInitials: undated.map((g) => ({ label: g.label, url: `${basePath}timeline/undated/${g.slug}/`, count: g.items.length })),
      years: timeline.years.map((y) => ({ ...y, path: `timeline/${y.year}/`, url: `${basePath}timeline/${y.year}/` })),
      histogram: range.length
        ? histogramSvg(timeline.series, `Articles per month: ${totalDated} dated articles from ${monthName(range[0]!)} to ${monthName(range[range.length - 1]!)}`)
        : '',
    },
    events,
    ...eventPagesOf(events, basePath),
  };
}

/**
 * Events on a page per month, and per year for those known only to the year: one page of every
 * event was 5 MB at 19,043 articles, rendered again whenever one article's events changed.
 */
function eventPagesOf(events: readonly EventView[], basePath: string): Pick<SiteModel, 'eventIndex' | 'eventPages'> {
  const eventIndex: EventIndexYear[] = [];
  const eventPages: SiteModel['eventPages'] = [];
  for (const { year, events: list } of eventsByYear(events)) {
    const yearOnly = list.filter((e) => e.precision === 'year');
    const months = new Map<string, EventView[]>();
    for (const e of list) {
      if (e.precision === 'year') continue;
      const month = e.date.slice(5, 7);
      const same = months.get(month);
      if (same) same.push(e);
      else months.set(month, [e]);
    }
    const monthList = [...months.entries()].sort((a, b) => a[0].localeCompare(b[0]));
    eventIndex.push({
      year,
      url: `${basePath}events/${year}/`,
      count: list.length,
      yearOnly: yearOnly.length,
      months: monthList.map(([m, l]) => ({ label: `${MONTHS[Number(m) - 1]} ${year}`, url: `${basePath}events/${year}/${m}/`, count: l.length })),
    });
    eventPages.push({ path: `events/${year}/`, label: year, year, events: yearOnly });
    for (const [m, l] of monthList) eventPages.push({ path: `events/${year}/${m}/`, label: `${MONTHS[Number(m) - 1]} ${year}`, year, events: l });
  }
  return { eventIndex, eventPages };
}
