/**
 * Archive-wide events: the same event mentioned by several articles becomes one entry citing each
 * of them. Two mentions are the same event when they have the same date at the same precision and
 * share key words (names, nouns) that are not common across the archive's mentions. Mentions are
 * indexed by date and, within a date, by key word, so only mentions that could match are ever
 * compared, never all pairs.
 */
import ev from '../heuristics/events.json' with { type: 'json' };
import months from '../heuristics/months.json' with { type: 'json' };
import { stems } from '../pipeline/date-estimate.ts';
import { findEvents } from '../pipeline/events.ts';
import type { EventMention, EventRecord, Published } from '../types.ts';
import { slugify } from './slug.ts';
import { collate } from '../collate.ts';

/** Month names are the date itself, not what happened: they never count as key words. */
const DATE_STEMS = new Set<string>();
for (const [num, names] of Object.entries(months)) if (!num.startsWith('_')) for (const n of names as string[]) DATE_STEMS.add(n.slice(0, 5));

interface Entry {
  date: string;
  precision: EventRecord['precision'];
  /** The key words of the entry's first mention: later mentions do not widen it (no chaining). */
  keys: Set<string>;
  articles: { id: string; text: string }[];
}

interface Bucket {
  entries: Entry[];
  byKey: Map<string, Entry[]>;
}

/** Stems of the names in a text: capitalised words that do not start a sentence. */
function nameKeys(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[^.!?]\s)(\p{Lu}[\p{L}'’-]*)/gu)) for (const s of stems(m[1]!)) out.add(s);
  return out;
}

/** Merges every article's event mentions into archive events, sorted by date then label. */
export function mergeEvents(perArticle: readonly { id: string; events: readonly EventMention[] }[]): EventRecord[] {
  const mentions = perArticle.flatMap(({ id, events }) => events.map((e) => ({ id, e, keys: [...stems(e.text)].filter((s) => !DATE_STEMS.has(s)), names: nameKeys(e.text) })));
  // Key words found in many mentions ("said", "dlrs", the archive's main country) tell no event apart.
  const df = new Map<string, number>();
  for (const m of mentions) for (const k of m.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const common = Math.max(ev.commonKeyFloor, ev.commonKeyShare * mentions.length);

  const byDate = new Map<string, Bucket>();
  for (const { id, e, keys: all, names } of mentions) {
    const keys = new Set(all.filter((k) => (df.get(k) ?? 0) <= common));
    const dateKey = `${e.precision}:${e.date}`;
    let bucket = byDate.get(dateKey);
    if (!bucket) {
      bucket = { entries: [], byKey: new Map() };
      byDate.set(dateKey, bucket);
    }
    // Candidates: entries of the same date sharing a name (a capitalised word) with the mention.
    const shared = new Map<Entry, number>();
    for (const k of names) if (keys.has(k)) for (const entry of bucket.byKey.get(k) ?? []) shared.set(entry, 0);
    for (const k of keys) for (const entry of bucket.byKey.get(k) ?? []) if (shared.has(entry)) shared.set(entry, shared.get(entry)! + 1);
    let same: Entry | undefined;
    let best = 0;
    for (const [entry, n] of shared) {
      const enough = n >= ev.minSharedKeys && n >= ev.minKeyOverlap * Math.min(entry.keys.size, keys.size);
      if (enough && n > best) [same, best] = [entry, n];
    }
    if (same) {
      if (!same.articles.some((a) => a.id === id)) same.articles.push({ id, text: e.text });
      continue;
    }
    const entry: Entry = { date: e.date, precision: e.precision, keys, articles: [{ id, text: e.text }] };
    bucket.entries.push(entry);
    for (const k of keys) {
      const list = bucket.byKey.get(k) ?? [];
      list.push(entry);
      bucket.byKey.set(k, list);
    }
  }

  const label = (e: Entry) => e.articles.map((a) => a.text).reduce((a, b) => (b.length < a.length ? b : a));
  const records = [...byDate.values()].flatMap((b) => b.entries).map((e) => ({ e, label: label(e) }));
  records.sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : collate(a.label, b.label)));
  const used = new Set<string>();
  return records.map(({ e, label: l }) => {
    const base = slugify(`${e.date} ${l.split(/\s+/).slice(0, 6).join(' ')}`);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, date: e.date, precision: e.precision, label: l, articles: e.articles.map((a) => ({ ...a })).sort((a, b) => collate(a.id, b.id)) };
  });
}

/** Finds every article's event mentions and merges them: the one call assembly needs. */
export function buildEvents(articles: readonly { id: string; body: readonly string[]; published: Published | null; language?: string }[]): EventRecord[] {
  return mergeEvents(articles.map((a) => ({ id: a.id, events: findEvents(a.body, a.published, a.language) })));
}
