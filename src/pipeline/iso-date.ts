/** Parses ISO-style dates as written (no time-zone shift), rejecting impossible calendar dates. */
import type { Published } from '../types.ts';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year-month-day names a real calendar day. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' and 'YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]' -> Published, else undefined. */
export function parseIsoDate(text: string): Published | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, hh, mm, tz] = m;
  const year = Number(y);
  if (year < 1000) return undefined;
  if (mo === undefined) return { date: y!, precision: 'year', estimated: false };
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { date: `${y}-${mo}`, precision: 'month', estimated: false };
  if (!isRealDate(year, month, Number(d))) return undefined;
  const published: Published = { date: `${y}-${mo}-${d}`, precision: 'day', estimated: false };
  if (hh !== undefined && mm !== undefined) {
    if (Number(hh) > 23 || Number(mm) > 59) return undefined;
    published.time = `${hh}:${mm}`;
    if (tz) published.timezone = tz === 'Z' ? 'UTC' : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz;
  }
  return published;
}
