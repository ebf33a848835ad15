/**
 * Archive-wide events: the same event mentioned by several articles becomes one entry citing each
 * of them. Two mentions are the same event when they have the same date at the same precision and
 * share key words (names, nouns). Mentions are indexed by date, so only mentions of the same day,
 * month or year are ever compared, never all pairs.
 */
import ev from '../heuristics/events.json' with { type: 'json' };
import months from '../heuristics/months.json' with { type: 'json' };
import { stems } from '../pipeline/date-estimate.ts';
import { findEvents } from '../pipeline/events.ts';
import type { EventMention, EventRecord, Published } from '../types.ts';
import { slugify } from './slug.ts';

/** Month names are the date itself, not what happened: they never count as shared key words. */
const DATE_STEMS = new Set<string>();
for (const [num, names] of Object.entries(months)) if (!num.startsWith('_')) for (const n of names as string[]) DATE_STEMS.add(n.slice(0, 5));

interface Entry {
  date: string;
  precision: EventRecord['precision'];
  keys: Set<string>;
  articles: { id: string; text: string }[];
}

function keysOf(text: string): Set<string> {
  return new Set([...stems(text)].filter((s) => !DATE_STEMS.has(s)));
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

/** Merges every article's event mentions into archive events, sorted by date then label. */
export function mergeEvents(perArticle: readonly { id: string; events: readonly EventMention[] }[]): EventRecord[] {
  const byDate = new Map<string, Entry[]>();
  for (const { id, events } of perArticle) {
    for (const e of events) {
      const key = `${e.precision}:${e.date}`;
      const keys = keysOf(e.text);
      const bucket = byDate.get(key) ?? [];
      byDate.set(key, bucket);
      let same: Entry | undefined;
      let best = ev.minSharedKeys - 1;
      for (const entry of bucket) {
        const n = shared(entry.keys, keys);
        if (n > best) [same, best] = [entry, n];
      }
      if (!same) {
        bucket.push({ date: e.date, precision: e.precision, keys, articles: [{ id, text: e.text }] });
        continue;
      }
      for (const k of keys) same.keys.add(k);
      if (!same.articles.some((a) => a.id === id)) same.articles.push({ id, text: e.text });
    }
  }
  const entries = [...byDate.values()].flat();
  const label = (e: Entry) => e.articles.map((a) => a.text).reduce((a, b) => (b.length < a.length ? b : a));
  const records = entries.map((e) => ({ e, label: label(e) }));
  records.sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.label.localeCompare(b.label)));
  const used = new Set<string>();
  return records.map(({ e, label: l }) => {
    const base = slugify(`${e.date} ${l.split(/\s+/).slice(0, 6).join(' ')}`);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, date: e.date, precision: e.precision, label: l, articles: e.articles.map((a) => ({ ...a })).sort((a, b) => a.id.localeCompare(b.id)) };
  });
}

/** Finds every article's event mentions and merges them: the one call assembly needs. */
export function buildEvents(articles: readonly { id: string; body: readonly string[]; published: Published | null }[]): EventRecord[] {
  return mergeEvents(articles.map((a) => ({ id: a.id, events: findEvents(a.body, a.published) })));
}
