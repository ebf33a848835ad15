/**
 * Dated events one article mentions: "In September 2012, the US consulate in Benghazi was
 * attacked" (month), "on September 11, 2012" (day), "in 2014 when it closed its Tripoli-based
 * embassy" (year). Relative dates ("last week", "in April", "on Monday", "earlier this month")
 * are resolved only against a known publication date of day or month precision, never against
 * an estimate; without one they are dropped.
 */
import ev from '../heuristics/events.json' with { type: 'json' };
import words_ from '../heuristics/date-words.json' with { type: 'json' };
import months from '../heuristics/months.json' with { type: 'json' };
import type { DatePrecision, EventMention, Published } from '../types.ts';
import { sentences, yearsIn } from './date-estimate.ts';
import { findDates } from './date-line.ts';
import { daysInMonth } from './iso-date.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (list: Iterable<string>) => [...list].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

// Full month names only (three-letter abbreviations read as words too often in running text).
const monthByName = new Map<string, number>(Object.entries(ev.polishMonthsLocative));
for (const [num, names] of Object.entries(months)) if (!num.startsWith('_')) for (const n of names as string[]) if (n.length >= 4 || n === 'may') monthByName.set(n, Number(num));
const weekdayByName = new Map<string, number>();
for (const [num, names] of Object.entries(words_.weekdays)) for (const n of names) if (n.length >= 5) weekdayByName.set(n, Number(num));

const MONTH = `(${alt(monthByName.keys())})`;
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])${MONTH}\\.?\\s+(?:de\\s+|del\\s+)?((?:1[89]|20)\\d\\d)(?!\\d)`, 'giu');
const LEAD_YEAR = new RegExp(`(?<!\\p{L})(?:${alt(ev.yearLeads)})\\s+(?:the\\s+)?(?:year\\s+|jahr\\s+|año\\s+|l'année\\s+)?((?:1[89]|20)\\d\\d)(?![\\d.,/-]\\d)`, 'giu');
const ATTRIBUTIVE_YEAR = /(?<!\p{L})(?:the|a|an|der|die|das|den|dem)\s+((?:1[89]|20)\d\d)\s+\p{L}/giu;
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH}(?![\\p{L}])(?!,?\\s+(?:de\\s+)?\\d{4})`, 'giu');
const MONTH_DAY = new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?!,?\\s+\\d{4})`, 'giu');
const LEAD_MONTH = new RegExp(`(?<!\\p{L})(?:${alt(ev.monthLeads)})\\s+(?:early\\s+|late\\s+|mid-)?${MONTH}(?![\\p{L}])(?!\\.?\\s+(?:de\\s+)?\\d)`, 'giu');
const WEEKDAY = new RegExp(`(?<!\\p{L})(${alt(weekdayByName.keys())})(?!\\p{L})`, 'giu');
type RelativeRule = { days?: number; months?: number; years?: number; precision?: DatePrecision };
const RELATIVE_BY_LANGUAGE = ev.relative as Record<string, Record<string, RelativeRule>>;
const ALL_RELATIVE: Record<string, RelativeRule> = Object.assign({}, ...Object.values(RELATIVE_BY_LANGUAGE));
/** Words relative in one language and ordinary in another ("hier": yesterday in French, here in German). */
const NEEDS_LANGUAGE = new Set(ev.relativeNeedsLanguage);
const relativeRe = (words: string[]) => new RegExp(`(?<!\\p{L})(${alt(words)})(?!\\p{L})`, 'giu');
const FUTURE = new RegExp(relativeRe(Object.values(ev.futureMarkers).flat()).source, 'iu');
const NOT_EVENT = new RegExp(alt(ev.notEvents), 'iu');

const pad = (n: number) => String(n).padStart(2, '0');

/** The clause around a date: the sentence when short, else the clauses around the date. */
export function clauseAround(sentence: string, index: number): string {
  const text = sentence.trim();
  if (text.length <= ev.maxText) return text;
  const parts = text.split(/(?<=[;:,–—])\s+/);
  let start = 0;
  let i = 0;
  while (i < parts.length - 1 && start + parts[i]!.length < index) start += parts[i++]!.length + 1;
  let out = parts[i]!;
  for (let j = i + 1; out.length < 60 && j < parts.length; j++) out += ` ${parts[j]}`;
  return out.length > ev.maxText ? `${out.slice(0, ev.maxText - 1).trimEnd()}…` : out.trim().replace(/\s*[,;:–—]$/, '');
}

interface Clock {
  year: number;
  month: number;
  day: number | undefined;
}

/** The publication date as a clock for relative dates, or undefined when it cannot be one. */
function clockOf(published: Published | null): Clock | undefined {
  if (!published || published.estimated || published.precision === 'year') return undefined;
  const [y, m, d] = published.date.split('-').map(Number);
  return { year: y!, month: m!, day: published.precision === 'day' ? d : undefined };
}

function dayShift(c: Clock, days: number): string {
  const t = new Date(Date.UTC(c.year, c.month - 1, c.day! + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function monthShift(c: Clock, months: number): string {
  const t = new Date(Date.UTC(c.year, c.month - 1 + months, 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
}

const relativeCache = new Map<string, { table: Record<string, RelativeRule>; re: RegExp }>();
/** The relative words of a language (all languages' unambiguous ones when it is unknown), cached. */
function relativeFor(language: string | undefined): { table: Record<string, RelativeRule>; re: RegExp } {
  const key = language && RELATIVE_BY_LANGUAGE[language] ? language : '';
  let hit = relativeCache.get(key);
  if (!hit) {
    const table = key ? RELATIVE_BY_LANGUAGE[key]! : Object.fromEntries(Object.entries(ALL_RELATIVE).filter(([w]) => !NEEDS_LANGUAGE.has(w)));
    hit = { table, re: relativeRe(Object.keys(table)) };
    relativeCache.set(key, hit);
  }
  return hit;
}

/** Resolves one relative expression; undefined when the clock is too coarse for it. */
function resolveRelative(phrase: string, c: Clock, table: Record<string, RelativeRule>): { date: string; precision: DatePrecision } | undefined {
  const rule = table[phrase.toLowerCase()];
  if (!rule) return undefined;
  if (rule.days !== undefined) {
    if (c.day === undefined) return undefined;
    const date = dayShift(c, rule.days);
    return rule.precision === 'month' ? { date: date.slice(0, 7), precision: 'month' } : { date, precision: 'day' };
  }
  if (rule.months !== undefined) return { date: monthShift(c, rule.months), precision: 'month' };
  return { date: String(c.year + (rule.years ?? 0)), precision: 'year' };
}

/** The latest month/day on or before the clock ("in April" in a June article is this April). */
function latestOnOrBefore(c: Clock, month: number, day?: number): string | undefined {
  const after = month > c.month || (month === c.month && day !== undefined && c.day !== undefined && day > c.day);
  const year = after ? c.year - 1 : c.year;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Finds the dated events an article's paragraphs mention; `language` (ISO 639-1) picks its relative words. */
export function findEvents(paragraphs: readonly string[], published: Published | null, language?: string): EventMention[] {
  const clock = clockOf(published);
  const { table, re: RELATIVE } = relativeFor(language);
  const out: EventMention[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences(paragraphs)) {
    if (NOT_EVENT.test(sentence)) continue;
    const taken: [number, number][] = [];
    const add = (index: number, length: number, date: string, precision: DatePrecision, rule: EventMention['rule']) => {
      if (taken.some(([a, b]) => index < b && index + length > a)) return;
      taken.push([index, index + length]);
      const text = clauseAround(sentence, index);
      const key = `${date}|${text}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ date, precision, text, rule });
    };
    // 1. Dates written in full, then month and year, then a year after a preposition.
    for (const m of findDates(sentence)) if (!m.ambiguous) add(m.index, m.matched.length, m.published.date, 'day', 'absolute');
    for (const m of sentence.matchAll(MONTH_YEAR)) {
      const month = monthByName.get(m[1]!.toLowerCase());
      if (month) add(m.index, m[0].length, `${m[2]}-${pad(month)}`, 'month', 'absolute');
    }
    const pastYears = new Set(yearsIn(sentence).map((y) => y.index));
    for (const re of [LEAD_YEAR, ATTRIBUTIVE_YEAR]) {
      for (const m of sentence.matchAll(re)) {
        const at = m.index + m[0].indexOf(m[1]!);
        if (pastYears.has(at)) add(at, 4, m[1]!, 'year', 'absolute');
      }
    }
    if (!clock) continue;
    // 2. Relative dates, only against a real publication date.
    for (const m of sentence.matchAll(RELATIVE)) {
      const r = resolveRelative(m[1]!, clock, table);
      if (r) add(m.index, m[0].length, r.date, r.precision, 'relative');
    }
    // "on Friday", "in May", "on 14 November" point back only in a sentence that does not look ahead.
    if (FUTURE.test(sentence)) continue;
    if (clock.day !== undefined) {
      for (const m of sentence.matchAll(DAY_MONTH)) {
        const d = latestOnOrBefore(clock, monthByName.get(m[2]!.toLowerCase())!, Number(m[1]));
        if (d) add(m.index, m[0].length, d, 'day', 'relative');
      }
      for (const m of sentence.matchAll(MONTH_DAY)) {
        const d = latestOnOrBefore(clock, monthByName.get(m[1]!.toLowerCase())!, Number(m[2]));
        if (d) add(m.index, m[0].length, d, 'day', 'relative');
      }
      for (const m of sentence.matchAll(WEEKDAY)) {
        // The latest such weekday on or before publication ("on Monday" in a Tuesday article).
        const today = new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay();
        const back = (today - weekdayByName.get(m[1]!.toLowerCase())! + 7) % 7;
        add(m.index, m[0].length, dayShift(clock, -back), 'day', 'relative');
      }
    }
    for (const m of sentence.matchAll(LEAD_MONTH)) {
      const name = m[1]!;
      if (name.toLowerCase() === 'may' && name[0] !== 'M') continue;
      const d = latestOnOrBefore({ ...clock, day: undefined }, monthByName.get(name.toLowerCase())!);
      if (d) add(m.index + m[0].indexOf(name), name.length, d, 'month', 'relative');
    }
  }
  return out;
}
