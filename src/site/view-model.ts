/**
 * The data the templates see: the archive's records arranged into pages (articles, entities by
 * type, sources, timeline). Pure: no file system, no clock.
 */
import type { Archive, SourceRecord } from '../archive/assemble.ts';
import type { ArticleRecord, EntityRecord, EntityType } from '../types.ts';
import { renderBody } from './render-body.ts';

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

export interface EntityView extends EntityRecord {
  url: string;
  folder: string;
  typeLabel: string;
  articleLinks: ArticleLink[];
}

export interface ArticleView extends ArticleRecord {
  bodyHtml: string;
  dateLabel: string;
  rawUrl: string;
  entityGroups: { label: string; entities: { name: string; url: string; mentions: number }[] }[];
}

export interface SiteModel {
  basePath: string;
  title: string;
  articles: ArticleView[];
  entities: EntityView[];
  entityTypes: { type: EntityType; folder: string; label: string; url: string; entities: EntityView[] }[];
  topEntities: EntityView[];
  sources: (SourceRecord & { url: string; articleLinks: ArticleLink[] })[];
  timeline: { years: { year: string; id: string; count: number; months: { label: string; id: string; articles: ArticleLink[] }[] }[]; undated: ArticleLink[] };
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

/** Arranges the archive into the pages of the site. */
export function buildSiteModel(archive: Archive, basePath: string, title = 'News Archive'): SiteModel {
  const link = (a: ArticleRecord): ArticleLink => ({ id: a.id, title: a.title, url: a.url, dateLabel: dateLabel(a), source: a.source?.name ?? null });
  const byId = new Map(archive.articles.map((a) => [a.id, a]));
  const order = new Map(archive.articles.map((a, i) => [a.id, i]));
  const entities: EntityView[] = archive.entities.map((e) => {
    const t = TYPE_FOLDERS[e.type];
    const ids = [...e.articles].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
    return { ...e, url: `${basePath}${t.folder}/${e.id}/`, folder: t.folder, typeLabel: t.singular, articleLinks: ids.map((id) => link(byId.get(id)!)) };
  });
  const entityUrl = new Map(entities.map((e) => [e.id, e.url]));
  const articles: ArticleView[] = archive.articles.map((a) => ({
    ...a,
    bodyHtml: renderBody(a.body),
    dateLabel: dateLabel(a),
    rawUrl: `${basePath}raw/${a.id}.txt`,
    entityGroups: (Object.keys(TYPE_FOLDERS) as EntityType[])
      .map((type) => ({
        label: TYPE_FOLDERS[type].label,
        entities: a.entities.filter((e) => e.type === type).map((e) => ({ name: e.name, url: entityUrl.get(e.id)!, mentions: e.mentions })),
      }))
      .filter((g) => g.entities.length > 0),
  }));
  const byCount = (x: EntityView, y: EntityView) => y.articles.length - x.articles.length || y.mentions - x.mentions || x.name.localeCompare(y.name);
  const entityTypes = (Object.keys(TYPE_FOLDERS) as EntityType[]).map((type) => ({
    type,
    folder: TYPE_FOLDERS[type].folder,
    label: TYPE_FOLDERS[type].label,
    url: `${basePath}${TYPE_FOLDERS[type].folder}/`,
    entities: entities.filter((e) => e.type === type).sort(byCount),
  }));
  const sources = archive.sources.map((s) => ({ ...s, url: `${basePath}sources/${s.slug}/`, articleLinks: s.articles.map((id) => link(byId.get(id)!)) }));
  return { basePath, title, articles, entities, entityTypes, topEntities: [...entities].sort(byCount).slice(0, 20), sources, timeline: timeline(archive.articles, link) };
}

function timeline(articles: readonly ArticleRecord[], link: (a: ArticleRecord) => ArticleLink): SiteModel['timeline'] {
  const years = new Map<string, Map<string, ArticleLink[]>>();
  const undated: ArticleLink[] = [];
  for (const a of articles) {
    if (!a.published || a.published.estimated) {
      undated.push(link(a));
      continue;
    }
    const [y, m] = a.published.date.split('-');
    const months = years.get(y!) ?? new Map<string, ArticleLink[]>();
    const key = m ?? '00';
    months.set(key, [...(months.get(key) ?? []), link(a)]);
    years.set(y!, months);
  }
  return {
    years: [...years.entries()]
      .sort((a, b) => b[0].localeCompare(a[0]))
      .map(([year, months]) => ({
        year,
        id: `y${year}`,
        count: [...months.values()].reduce((s, l) => s + l.length, 0),
        months: [...months.entries()]
          .sort((a, b) => b[0].localeCompare(a[0]))
          .map(([m, list]) => ({ label: m === '00' ? `${year} (month unknown)` : `${MONTHS[Number(m) - 1]} ${year}`, id: `m${year}-${m}`, articles: list })),
      })),
    undated,
  };
}
