/**
 * Reads an explicit publication-date line ("23 Feb, 2020 05:06", "November 19, 2019",
 * "19.11.2019", "2019-11-19T08:00Z"). A date only mentioned inside a sentence is not one.
 */
import months from '../heuristics/months.json' with { type: 'json' };
import type { Published } from '../types.ts';
import { isRealDate } from './iso-date.ts';
import { words } from './lines.ts';

const monthByName = new Map<string, number>();
for (const [num, names] of Object.entries(months)) {
  if (num.startsWith('_')) continue;
  for (const name of names as string[]) monthByName.set(name, Number(num));
}
const MONTH = `(${[...monthByName.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const TIME = String.raw`(?:[,\s]+(?:at\s+|um\s+|à\s+|a las\s+|o\s+)?(\d{1,2})[:.h](\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(utc|gmt|[ecmp][sd]t|cet|cest|bst|msk|z|[+-]\d{2}:?\d{2}))?)?`;

interface Pattern {
  re: RegExp;
  order: 'dmy' | 'mdy' | 'ymd';
}
const PATTERNS: Pattern[] = [
  { re: new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?()\s*(z|[+-]\d{2}:?\d{2})?)?`, 'iu'), order: 'ymd' },
  { re: new RegExp(String.raw`\b(\d{1,2})\.?\s+${MONTH},?\s+(\d{4})${TIME}`, 'iu'), order: 'dmy' },
  { re: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`, 'iu'), order: 'mdy' },
  { re: new RegExp(String.raw`\b(\d{1,2})[./](\d{1,2})[./](\d{4})${TIME}`, 'iu'), order: 'dmy' },
];

/** Words that may stand beside a date on a date line ("Published", "Updated on", "|"). */
const DATE_LINE_WORDS = /^(published|posted|updated|last|modified|on|at|date|dated|veröffentlicht|aktualisiert|am|um|publicado|actualizado|el|publié|mis|à|jour|le|opublikowano|aktualizacja|utc|gmt|et|pt|edt|est|cet|am|pm|i|o|de|du)$/i;

/** Parses a date expression at the start of the match; returns undefined if not a real date. */
export function parseDateText(text: string): { published: Published; matched: string } | undefined {
  for (const { re, order } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    let year: number;
    let month: number;
    let day: number;
    if (order === 'ymd') [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if (order === 'mdy') [month, day, year] = [monthByName.get(m[1]!.toLowerCase()) ?? Number.NaN, Number(m[2]), Number(m[3])];
    else {
      day = Number(m[1]);
      month = /^\d+$/.test(m[2]!) ? Number(m[2]) : (monthByName.get(m[2]!.toLowerCase()) ?? Number.NaN);
      year = Number(m[3]);
    }
    if (!isRealDate(year, month, day) || year < 1900 || year > 2100) continue;
    const published: Published = {
      date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      precision: 'day',
      estimated: false,
    };
    const [hh, mm, ampm, tz] = [m[4], m[5], m[6], m[7]];
    if (hh !== undefined && mm !== undefined) {
      let hour = Number(hh);
      if (ampm && /^p/i.test(ampm) && hour < 12) hour += 12;
      if (ampm && /^a/i.test(ampm) && hour === 12) hour = 0;
      if (hour <= 23 && Number(mm) <= 59) published.time = `${String(hour).padStart(2, '0')}:${mm}`;
      if (tz) published.timezone = /^z$/i.test(tz) ? 'UTC' : tz.toUpperCase();
    }
    return { published, matched: m[0] };
  }
  return undefined;
}

/** A line that is a date line: a date and at most a few date-line words around it. */
export function readDateLine(line: string): Published | undefined {
  if (line.length > 80) return undefined;
  const found = parseDateText(line);
  if (!found) return undefined;
  const rest = words(line.replace(found.matched, ' ')).filter((w) => !DATE_LINE_WORDS.test(w));
  return rest.length <= 2 ? found.published : undefined;
}
