/**
 * The publication timeline: dated articles grouped year -> month (newest first), a monthly
 * coverage series for the histogram, and the undated articles with their estimates.
 */
import type { ArticleRecord } from '../types.ts';
import { type MonthCount, monthRange } from './svg.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface TimelineMonth<L> {
  /** 'YYYY-MM', or 'YYYY-00' for articles dated to the year only. */
  month: string;
  label: string;
  id: string;
  articles: L[];
}

export interface TimelineYear<L> {
  year: string;
  id: string;
  count: number;
  months: TimelineMonth<L>[];
}

export interface UndatedEntry<L> {
  link: L;
  /** "February 2020" when the date is an estimate; undefined when nothing is known. */
  estimate?: string;
  /** The rule that produced the estimate. */
  rule?: string;
}

export interface Timeline<L> {
  years: TimelineYear<L>[];
  undated: UndatedEntry<L>[];
  /** Articles per month from the first to the last dated month, gaps as 0. */
  series: MonthCount[];
}

/** The month key of a known (not estimated) publication date, or undefined. */
export function monthOf(a: Pick<ArticleRecord, 'published'>): string | undefined {
  const p = a.published;
  if (!p || p.estimated || p.precision === 'year') return undefined;
  return p.date.slice(0, 7);
}

/** Human label of a published date without the "(estimated)" suffix. */
function plainDate(p: NonNullable<ArticleRecord['published']>): string {
  const [y, m, d] = p.date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (p.precision === 'day' && month) return `${Number(d)} ${month} ${y}`;
  if (p.precision === 'month' && month) return `${month} ${y}`;
  return `sometime in ${y}`;
}

/** Fills a monthly series over `range` from a count map. */
export function seriesOver(range: readonly string[], counts: ReadonlyMap<string, number>): MonthCount[] {
  return range.map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

/** Groups articles for the timeline; `link` turns a record into whatever the page lists. */
export function buildTimeline<L>(articles: readonly ArticleRecord[], link: (a: ArticleRecord) => L): Timeline<L> {
  const years = new Map<string, Map<string, L[]>>();
  const undated: UndatedEntry<L>[] = [];
  const counts = new Map<string, number>();
  for (const a of articles) {
    const p = a.published;
    if (!p || p.estimated) {
      undated.push(p ? { link: link(a), estimate: plainDate(p), rule: a.provenance.published?.rule } : { link: link(a) });
      continue;
    }
    const year = p.date.slice(0, 4);
    const month = p.precision === 'year' ? `${year}-00` : p.date.slice(0, 7);
    const months = years.get(year) ?? new Map<string, L[]>();
    const list = months.get(month);
    if (list) list.push(link(a));
    else months.set(month, [link(a)]);
    years.set(year, months);
    if (p.precision !== 'year') counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  const series = keys.length ? seriesOver(monthRange(keys[0]!, keys[keys.length - 1]!), counts) : [];
  return {
    years: [...years.entries()]
      .sort((a, b) => b[0].localeCompare(a[0]))
      .map(([year, months]) => ({
        year,
        id: `y${year}`,
        count: [...months.values()].reduce((s, l) => s + l.length, 0),
        months: [...months.entries()]
          .sort((a, b) => b[0].localeCompare(a[0]))
          .map(([month, list]) => ({
            month,
            label: month.endsWith('-00') ? `${year}, month unknown` : `${MONTHS[Number(month.slice(5)) - 1]} ${year}`,
            id: `m${month}`,
            articles: list,
          })),
      })),
    undated,
    series,
  };
}
