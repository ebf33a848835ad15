/**
 * Events as the site shows them. The events step (src/archive/events.ts, on another branch)
 * produces EventRecord[] (src/archive/events.ts); the site model takes them as `events`.
 */

/** One dated event mentioned by one or more articles (the shape written to data/events.json). */
export type { EventRecord } from '../types.ts';
import type { EventRecord } from '../types.ts';

export interface EventView extends EventRecord {
  dateLabel: string;
  year: string;
  citations: { id: string; text: string; title: string; url: string }[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23 February 2020", "February 2020" or "2020": the precision shown honestly. */
export function eventDateLabel(e: Pick<EventRecord, 'date' | 'precision'>): string {
  const [y, m, d] = e.date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (e.precision === 'day' && d && month) return `${Number(d)} ${month} ${y}`;
  if (e.precision !== 'year' && month) return `${month} ${y}`;
  return y ?? e.date;
}

/** Events oldest first, each citing the articles that mention it (unknown article ids dropped). */
export function eventViews(events: readonly EventRecord[], articles: ReadonlyMap<string, { title: string; url: string }>): EventView[] {
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label))
    .map((e) => ({
      ...e,
      dateLabel: eventDateLabel(e),
      year: e.date.slice(0, 4),
      citations: e.articles.flatMap((c) => {
        const a = articles.get(c.id);
        return a ? [{ ...c, title: a.title, url: a.url }] : [];
      }),
    }));
}

/** Groups events by year for the events timeline. */
export function eventsByYear(events: readonly EventView[]): { year: string; events: EventView[] }[] {
  const years = new Map<string, EventView[]>();
  for (const e of events) {
    const list = years.get(e.year);
    if (list) list.push(e);
    else years.set(e.year, [e]);
  }
  return [...years.entries()].map(([year, list]) => ({ year, events: list }));
}
