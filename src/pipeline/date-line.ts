/**
 * Reads explicit dates ("23 Feb, 2020 05:06", "November 19, 2019", "19.11.2019",
 * "2019-11-19T08:00:00+01:00", "19 de noviembre de 2019", "Tue 19 Nov 2019 10.32 GMT") and tells
 * whether a line is a date line. Relative dates ("vor 2 Stunden", "2 hours ago") have no calendar
 * day and are never read. A date only mentioned inside a sentence is not a date line.
 */
import words_ from '../heuristics/date-words.json' with { type: 'json' };
import months from '../heuristics/months.json' with { type: 'json' };
import type { Published } from '../types.ts';
import { isRealDate } from './iso-date.ts';
import { words } from './lines.ts';

const monthByName = new Map<string, number>();
for (const [num, names] of Object.entries(months)) {
  if (num.startsWith('_')) continue;
  for (const name of names as string[]) monthByName.set(name, Number(num));
}
const weekdayByName = new Map<string, number>();
for (const [num, names] of Object.entries(words_.weekdays)) for (const name of names) weekdayByName.set(name, Number(num));

const alternation = (names: Iterable<string>) => [...names].sort((a, b) => b.length - a.length).join('|');
const MONTH = `(${alternation(monthByName.keys())})\\.?(?!\\p{L})`;
const WEEKDAY = `(?:(${alternation([...weekdayByName.keys()].filter((w) => w.length > 2))})\\.?,?\\s+)?`;
const TZ = String.raw`utc(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|gmt(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|z|[ecmp][sd]?t|cet|cest|bst|msk|ist|aest|aedt|[+-]\d{2}:?\d{2}`;
/** An optional clock after the date: ", 05:06", " at 5:30 pm ET", " um 15:59 Uhr", " 20H06", ", 07h36". */
const TIME = String.raw`(?:\s*[,|·•–-]?\s*(?:at\s+|um\s+|à\s+|a\s+las\s+|às\s+|o\s+(?:godz\.?\s*)?|godz\.?\s*|-\s*)?(\d{1,2})[:.hH](\d{2})(?::\d{2})?(?!\d)\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*uhr|\s*h(?!\p{L}))?(?:\s*\(?(${TZ})\)?(?!\p{L}))?)?`;

/** After a year: no digit, unless the page ran the next time or date into it ("20195:45 AM", "202219. Dezember"). */
const YEAR_END = String.raw`(?:(?!\d)|(?=\d{1,2}[:hH]\d{2}(?!\d))|(?=\d{1,2}\.\s*\p{L}))`;

type Order = 'ymd' | 'dmy' | 'mdy' | 'numeric' | 'short';
const PATTERNS: { re: RegExp; order: Order }[] = [
  // 2019-11-19, 2019-11-19T08:00:00+01:00, 2019/11/19
  {
    re: /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?()\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d/])/giu,
    order: 'ymd',
  },
  // 19 Nov 2019, 19. November 2019, 19 de noviembre de 2019, 1er février 2020, 23 Feb, 2020 05:06
  { re: new RegExp(String.raw`(?<!\d)${WEEKDAY}(\d{1,2})(?:\.|er|st|nd|rd|th)?\s*(?:de\s+)?${MONTH},?\s+(?:de\s+|del\s+)?(\d{4})${YEAR_END}${TIME}`, 'giu'), order: 'dmy' },
  // November 19, 2019; Nov. 19th 2019; Tuesday, November 19, 2019
  { re: new RegExp(String.raw`(?<!\p{L})${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${YEAR_END}${TIME}`, 'giu'), order: 'mdy' },
  // 19.11.2019, 19/11/2019, 11/19/2019, 19-11-2019
  { re: new RegExp(String.raw`(?<![\d./-])${WEEKDAY}(\d{1,2})(\.\s?|[/-])(\d{1,2})\3(\d{4})(?:(?![\d/])|(?=\d{1,2}[./]\d{1,2}[./]\d{4})|(?=\d{1,2}[:hH]\d{2}(?!\d)))${TIME}`, 'giu'), order: 'numeric' },
  // 11/13/19 AT 4:00 PM: a two-digit year, read only with its day and month in an order that is certain
  { re: new RegExp(String.raw`(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./])${TIME}`, 'giu'), order: 'short' },
];

/** One explicit calendar date found in a text. */
export interface DateMatch {
  published: Published;
  /** The text that was read. */
  matched: string;
  /** Offset of the match in the text. */
  index: number;
  /** Day and month are both 12 or less and written with "/" or "-": the order (d/m or m/d) is a guess. */
  ambiguous: boolean;
  /** The other reading of an ambiguous numeric date (month/day swapped). */
  alternative?: Published;
  /** The year was written with two digits (11/13/19). */
  shortYear: boolean;
  /** A weekday name was written and does not fit the date. */
  weekdayMismatch: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function build(year: number, month: number, day: number): Published | undefined {
  if (!isRealDate(year, month, day) || year < 1900 || year > 2100) return undefined;
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', estimated: false };
}

function withTime(p: Published, hh?: string, mm?: string, ampm?: string, tz?: string): Published {
  if (hh === undefined || mm === undefined) return p;
  let hour = Number(hh);
  if (ampm && /^p/i.test(ampm) && hour < 12) hour += 12;
  if (ampm && /^a/i.test(ampm) && hour === 12) hour = 0;
  if (hour > 23 || Number(mm) > 59) return p;
  const out: Published = { ...p, time: `${pad(hour)}:${mm}` };
  if (tz) {
    const t = tz.replace(/\s+/g, '').toUpperCase();
    out.timezone = t === 'Z' ? 'UTC' : /^[+-]\d{4}$/.test(t) ? `${t.slice(0, 3)}:${t.slice(3)}` : t;
  }
  return out;
}

function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** Finds every explicit day-precision date in a text, left to right. */
export function findDates(text: string): DateMatch[] {
  // Every date has a year in digits: most lines are passed over without running the patterns.
  if (!/\d\d/.test(text)) return [];
  const found: DateMatch[] = [];
  const taken: [number, number][] = [];
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      let p: Published | undefined;
      let alternative: Published | undefined;
      let ambiguous = false;
      let shortYear = false;
      let weekday: string | undefined;
      let time: (string | undefined)[] = [];
      if (order === 'ymd') {
        p = build(Number(m[1]), Number(m[3]), Number(m[4]));
        time = [m[5], m[6], m[7], m[8]];
      } else if (order === 'dmy') {
        weekday = m[1];
        p = build(Number(m[4]), monthByName.get(m[3]!.toLowerCase()) ?? 0, Number(m[2]));
        time = [m[5], m[6], m[7], m[8]];
      } else if (order === 'mdy') {
        weekday = m[1];
        p = build(Number(m[4]), monthByName.get(m[2]!.toLowerCase()) ?? 0, Number(m[3]));
        time = [m[5], m[6], m[7], m[8]];
      } else if (order === 'short') {
        const [a, b, yy] = [Number(m[1]), Number(m[3]), Number(m[4])];
        const y = yy < 70 ? 2000 + yy : 1900 + yy;
        // Only when one of day and month is over 12, so the order cannot be wrong.
        p = a > 12 ? build(y, b, a) : b > 12 ? build(y, a, b) : undefined;
        time = [m[5], m[6], m[7], m[8]];
        shortYear = true;
      } else {
        weekday = m[1];
        const [a, sep, b, y] = [Number(m[2]), m[3], Number(m[4]), Number(m[5])];
        time = [m[6], m[7], m[8], m[9]];
        // A dot is day.month.year almost everywhere (11.14.2019 can only be month first);
        // "/" and "-" are d/m in most places, m/d in the US.
        const dmy = build(y, b, a);
        const mdy = sep!.startsWith('.') && dmy ? undefined : build(y, a, b);
        p = dmy ?? mdy;
        if (dmy && mdy && a !== b) {
          ambiguous = true;
          alternative = mdy;
        }
      }
      if (!p) continue;
      p = withTime(p, ...time);
      if (alternative) alternative = withTime(alternative, ...time);
      const wd = weekday ? weekdayByName.get(weekday.toLowerCase()) : undefined;
      const match: DateMatch = { published: p, matched: m[0].trim(), index: start, ambiguous, shortYear, weekdayMismatch: wd !== undefined && !ambiguous && wd !== weekdayOf(p.date) };
      if (alternative) match.alternative = alternative;
      found.push(match);
      taken.push([start, end]);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Parses the first date expression in a text; undefined when it holds none. */
export function parseDateText(text: string): { published: Published; matched: string } | undefined {
  const first = findDates(text)[0];
  return first ? { published: first.published, matched: first.matched } : undefined;
}

const phrase = (list: string[]) => new RegExp(`(?<!\\p{L})(?:${alternation(list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))})(?!\\p{L})`, 'iu');
const PUBLISHED_CUE = phrase(words_.published);
const UPDATED_CUE = phrase(words_.updated);
const FILLER = new Set([...words_.filler, ...words_.published.flatMap((w) => w.split(' ')), ...words_.updated.flatMap((w) => w.split(' '))]);

/** What a line with a date says about it. */
export interface DateLineReading {
  match: DateMatch;
  /** 'published' / 'updated' when a cue word stands before the date on the line, else 'plain'. */
  cue: 'published' | 'updated' | 'plain';
  /** Words on the line that are neither the date nor date-line words (a byline's name, a headline). */
  rest: string[];
}

/** Reads every date on a line with the cue word before it and the words left over. */
export function readDates(line: string): DateLineReading[] {
  const matches = findDates(line);
  if (matches.length === 0) return [];
  let stripped = line;
  for (const m of matches) stripped = stripped.replace(m.matched, ' ');
  const rest = words(stripped).filter((w) => {
    const lw = w.toLowerCase().replace(/[.:]+$/, '');
    return !FILLER.has(lw) && !weekdayByName.has(lw) && !/^[\d./-]+$/.test(lw);
  });
  return matches.map((match, i) => {
    // The cue that counts is the nearest one between the previous date and this one.
    const before = line.slice(i > 0 ? matches[i - 1]!.index + matches[i - 1]!.matched.length : 0, match.index);
    const u = lastIndex(before, UPDATED_CUE);
    const p = lastIndex(before, PUBLISHED_CUE);
    const cue = u > p ? 'updated' : p >= 0 ? 'published' : 'plain';
    return { match, cue, rest };
  });
}

function lastIndex(text: string, re: RegExp): number {
  const g = new RegExp(re.source, 'giu');
  let last = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) last = m.index;
  return last;
}

/** A line that is a date line: a date and at most a few date-line words around it. */
export function readDateLine(line: string): Published | undefined {
  if (line.length > 100) return undefined;
  const first = readDates(line)[0];
  if (!first || first.rest.length > 2 || first.match.weekdayMismatch) return undefined;
  return first.match.published;
}
