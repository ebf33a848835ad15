/**
 * The publication date from the page's own date lines. Every short line holding an explicit date
 * is a candidate; candidates are scored by how the line reads (a bare date line, a "Published:"
 * cue, a byline with a date), where it stands (near the headline wins) and how crowded it is (a
 * run of dated teasers is a list of other articles). A date inside a sentence never counts; a
 * published date beats the updated one shown with it; an unresolvable 03/04/2019 is left out; and
 * when two days score alike, the page is left undated rather than dated wrong.
 */
import weights from '../heuristics/date-scores.json' with { type: 'json' };
import words_ from '../heuristics/date-words.json' with { type: 'json' };
import { message } from '../messages.ts';
import type { Published, Step } from '../types.ts';
import { type DateLineReading, readDates } from './date-line.ts';
import { type Line, words } from './lines.ts';

export interface PickOptions {
  /** Lines already claimed by another rule (boilerplate, title); they are skipped. */
  isTaken?: (index: number) => boolean;
  /**
   * ISO 639-1 language of the page, to read 03/04/2019 as day/month where that is the custom; a
   * function is called only when the page has such a date and nothing else settles it.
   */
  language?: string | (() => string);
  /** The article's file, named in messages. */
  file?: string;
}

/** The pick, with the line it came from so the caller can mark it as a date line. */
export interface PublishedPick extends Step<Published | null> {
  line?: number;
}

interface Candidate {
  line: number;
  reading: DateLineReading;
  kind: 'date-line' | 'cue' | 'byline' | 'meta' | 'dateline' | 'posted';
  published: Published;
  score: number;
}

const BYLINE_LEAD = new RegExp(`^(?:${words_.bylineLeads.join('|')})\\b`, 'i');
const DMY_LANGUAGES = new Set(words_.dmyLanguages);
/** A pattern matching any of a list of words or phrases as whole words (at the start only, if asked). */
const anyOf = (list: string[], atStart = false) =>
  new RegExp(`${atStart ? '^' : '(?<!\\p{L})'}(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\p{L})`, 'iu');
const NOT_PUBLICATION = anyOf(words_.notPublication);
const COMMENT_MARKER = anyOf(words_.commentMarkers);
const NAVIGATION = anyOf(words_.navigation, true);
/** "seit dem 1. Oktober 2022", "bis 31.12.2020", "depuis le 5 déc. 2019": the bound of a range. */
const RANGE_BOUND = new RegExp(`${anyOf(words_.rangeLeads).source}\\s+(?:(?:${words_.rangeArticles.join('|')})\\s+)?$`, 'iu');
const POSTED_LEAD = new RegExp(`${anyOf(words_.postedLeads).source}(?:\\s+[\\p{L},.]+){0,2}\\s*$`, 'iu');
const POSTED_TAIL = anyOf(words_.postedTails);
/**
 * The sentence a blog template prints about the post itself: "Dieser Beitrag wurde am 04/02/2020
 * von kj in News veröffentlicht", "This entry was posted on May 19, 2010 and is filed under ...".
 */
function isPosted(text: string, r: DateLineReading): boolean {
  return POSTED_LEAD.test(text.slice(0, r.match.index)) && POSTED_TAIL.test(text.slice(r.match.index + r.match.matched.length));
}

const FIELD_SEPARATOR = /\s+[|•·]\s+/u;
const EMBEDDED_POST = /\(@\w+\)|^[—–-]\s.*@\w+/u;

/** "(Stand: 28. November 2018)" after a source line cites a document's date, not the page's. */
function inParentheses(text: string, r: DateLineReading): boolean {
  const before = text.slice(0, r.match.index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

function kindOf(text: string, r: DateLineReading): Candidate['kind'] | undefined {
  const n = r.rest.length;
  if (n <= weights.dateLineMaxRest) return 'date-line';
  if (r.cue !== 'plain' && n <= weights.cueMaxRest) return 'cue';
  // A byline with a date: "By Jane Doe Feb 8, 2020", "Frank Hahn am 18. September 2019".
  const capitalised = r.rest.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (n <= weights.bylineMaxRest && (BYLINE_LEAD.test(text) || capitalised >= n - 1)) return 'byline';
  // A meta line led by its date: "21/06/2014 Tony Carter All, Books, Kit Reviews, News".
  if (n <= weights.metaMaxRest && r.match.index === 0 && !/[.!?]$/.test(text) && capitalised >= n / 2) return 'meta';
  return undefined;
}

/**
 * A press-release dateline leading the story's paragraph: "29.11.2022 – Mehrfach hatte ...",
 * "Wien, 14. Dezember 2021 – Aufgrund ...": the date first (after a place name at most), then a dash.
 */
function isDateline(text: string, r: DateLineReading): boolean {
  const before = text.slice(0, r.match.index);
  if (before !== '' && !/^\p{Lu}[\p{L}.' -]{1,30},\s*$/u.test(before)) return false;
  return /^\s*[–—-]\s+\p{L}/u.test(text.slice(r.match.index + r.match.matched.length)) && words(text).length >= weights.longLine;
}

/** Which way the page writes numeric dates, learnt from its unambiguous ones (31/01 or 01/31). */
function pageOrder(lines: readonly Line[], language: PickOptions['language']): 'dmy' | 'mdy' | undefined {
  let dmy = 0;
  let mdy = 0;
  for (const line of lines) {
    for (const m of line.text.matchAll(/(?<![\d/])(\d{1,2})[/-](\d{1,2})[/-]\d{4}(?!\d)/g)) {
      if (Number(m[1]) > 12) dmy++;
      else if (Number(m[2]) > 12) mdy++;
    }
  }
  if (dmy > 0 && mdy === 0) return 'dmy';
  if (mdy > 0 && dmy === 0) return 'mdy';
  const lang = typeof language === 'function' ? language() : language;
  return lang && DMY_LANGUAGES.has(lang) ? 'dmy' : undefined;
}

/** The page's main run of long lines (the story): first and last line index, or undefined. */
export function mainBlock(lines: readonly Line[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number; words: number } | undefined;
  let cur: { start: number; end: number; words: number } | undefined;
  for (const line of lines) {
    const n = words(line.text).length;
    if (n < weights.longLine) continue;
    if (cur && line.index - cur.end <= weights.blockGap) {
      cur.end = line.index;
      cur.words += n;
    } else cur = { start: line.index, end: line.index, words: n };
    if (!best || cur.words > best.words) best = { ...cur };
  }
  return best && { start: best.start, end: best.end };
}

/** Picks the publication date among the page's date lines; null when there is none or it is unsure. */
export function pickPublished(lines: readonly Line[], titleLine: number, options: PickOptions = {}): PublishedPick {
  let order: 'dmy' | 'mdy' | undefined | null = null;
  const block = mainBlock(lines);
  const commentsStart = block && lines.slice(block.end + 1).find((l) => l.text.length <= 60 && COMMENT_MARKER.test(l.text))?.index;
  const candidates: Candidate[] = [];
  for (const line of lines) {
    if (options.isTaken?.(line.index)) continue;
    const long = line.text.length > weights.maxLineLength;
    // An embedded social post ("— Name (@handle) May 2, 2020") dates the post, an event line
    // ("Termin: 28.02.2020") the event: not the page.
    // A line ending in a colon introduces a quotation or list: its date belongs to that.
    // A link to the previous or next post ("« Older post 14.12.2019") dates that post.
    if (EMBEDDED_POST.test(line.text) || NOT_PUBLICATION.test(line.text) || NAVIGATION.test(line.text) || line.text.endsWith(':')) continue;
    // A long line is a sentence: only a dateline at its start can date the page.
    const posted = line.text.length <= weights.postedMaxLength && POSTED_LEAD.test(line.text.replace(/\d.*$/su, ''));
    const readings = (long && !posted ? readDates(line.text.slice(0, weights.datelineLead)).slice(0, 1) : readDates(line.text)).map((reading) => ({ reading, text: line.text, whole: !long }));
    // A meta line of fields ("Veröffentlicht: 05.01.2020 | Autor: X | Tags: ..."): each field
    // is read as a line of its own.
    if (line.text.length <= weights.fieldsMaxLength && FIELD_SEPARATOR.test(line.text)) {
      for (const text of line.text.split(FIELD_SEPARATOR)) if (text.length <= weights.maxLineLength) readings.push(...readDates(text).map((reading) => ({ reading, text, whole: true })));
    }
    const seen = new Set<string>();
    for (const { reading, text, whole } of readings) {
      const kind = (whole ? kindOf(text, reading) : undefined) ?? (isDateline(text, reading) ? 'dateline' : isPosted(text, reading) ? 'posted' : undefined);
      if (!kind || reading.match.weekdayMismatch || inParentheses(text, reading) || RANGE_BOUND.test(text.slice(0, reading.match.index))) continue;
      // The same date read on the whole line and in its field counts once.
      if (seen.has(reading.match.published.date)) continue;
      seen.add(reading.match.published.date);
      let published = reading.match.published;
      if (reading.match.ambiguous) {
        if (order === null) order = pageOrder(lines, options.language);
        if (!order) continue;
        if (order === 'mdy' && reading.match.alternative) published = reading.match.alternative;
      }
      candidates.push({ line: line.index, reading, kind, published, score: 0 });
    }
  }
  if (candidates.length === 0) return { value: null, messages: [] };

  for (const c of candidates) {
    // Below a comments heading, a date more likely stamps a comment than the story: it loses
    // points, and the story's foot (where bylines sit) ends at the heading.
    const afterComments = commentsStart !== undefined && c.line > commentsStart;
    c.score = score(c, candidates, titleLine, block, afterComments);
    if (afterComments) c.score -= weights.afterComments;
  }
  // Where the page shows a published and an updated date together, the published one wins,
  // whatever their scores; an updated date alone is a candidate like any other (scored lower).
  const pool = candidates.filter((c) => c.reading.cue !== 'updated' || !candidates.some((o) => o.reading.cue !== 'updated' && Math.abs(o.line - c.line) <= weights.pairWindow));
  const best = pool.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score < weights.minScore) return { value: null, messages: [] };
  // A page that shows its own published and updated days side by side leaves open which one it
  // means as its date (annotators and archives differ): unless told otherwise, it stays undated.
  const updated = weights.abstainOnUpdate > 0 ? candidates.find((c) => c.reading.cue === 'updated' && c.published.date !== best.published.date && Math.abs(c.line - best.line) <= weights.pairWindow) : undefined;
  if (updated) {
    const days = [best, updated].map((c) => `${c.published.date} on line ${c.line + 1}`).join(' or updated ');
    return { value: null, messages: [message('date-unsure', days, options.file)] };
  }
  // A close runner-up with another day: the page does not say clearly which is its own date.
  const rival = pool.filter((c) => c.published.date !== best.published.date).reduce<Candidate | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  const margin = rival ? best.score - rival.score : Number.POSITIVE_INFINITY;
  if (margin < weights.rivalMargin) {
    const days = [best, rival!].map((c) => `${c.published.date} on line ${c.line + 1}`).join(' or ');
    return { value: null, messages: [message('date-unsure', days, options.file)] };
  }
  const confidence = Math.min(0.95, Math.round((0.4 + best.score / 4 + Math.min(margin, 1) / 10) * 100) / 100);
  return {
    value: best.published,
    line: best.line,
    provenance: { rule: `date-${best.kind}${best.reading.cue === 'plain' ? '' : `-${best.reading.cue}`}`, evidence: lines[best.line]!.text.slice(0, 200), confidence },
    messages: [],
  };
}

function score(c: Candidate, all: readonly Candidate[], titleLine: number, block: { start: number; end: number } | undefined, afterComments: boolean): number {
  let s = weights.kind[c.kind];
  if (c.reading.cue === 'published') s += weights.publishedCue;
  if (c.reading.cue === 'updated') s += weights.updatedCue;
  if (c.reading.match.ambiguous) s += weights.ambiguous;
  if (c.reading.match.shortYear) s += weights.shortYear;
  if (c.published.time) s += weights.withTime;
  // Near the headline (just above it or in the lines after it: byline, dateline), or at the head
  // or foot of the story's main run of long lines, where pages put the byline and "Erstellt am".
  const d = titleLine < 0 ? c.line : c.line - titleLine;
  const nearTitle = d >= -weights.nearAbove && d <= weights.nearBelow;
  const nearHead = block !== undefined && c.line >= block.start - weights.headAbove && c.line <= block.start + weights.headBelow;
  const nearFoot = block !== undefined && !afterComments && c.line >= block.end - 1 && c.line <= block.end + weights.footBelow;
  if (nearTitle || nearHead) s += weights.nearTitle;
  else if (nearFoot) s += weights.nearFoot;
  // The first lines of a page, far above the story, often show the day the page was fetched.
  if (c.line < weights.pageTopLines && block && block.start - c.line > weights.pageTopGap) s -= weights.pageTop;
  const gap = Math.min(Math.abs(d), block ? Math.abs(c.line - block.start) : Number.POSITIVE_INFINITY, block ? Math.abs(c.line - block.end) : Number.POSITIVE_INFINITY);
  s -= weights.farPerLine * Math.min(gap, weights.farCap);
  // A run of lines with other dates around it is a list of teasers, comments or an archive.
  const others = new Set(all.filter((o) => Math.abs(o.line - c.line) <= weights.crowdWindow && o.published.date !== c.published.date).map((o) => o.published.date));
  s -= weights.crowdPerDate * Math.min(others.size, 4);
  const sameNear = new Set(all.filter((o) => o.line !== c.line && Math.abs(o.line - c.line) <= weights.crowdWindow && o.published.date === c.published.date).map((o) => o.line));
  s -= weights.crowdSame * Math.min(sameNear.size, 4);
  // Above the headline, several date lines are a list of teasers (a sidebar, "latest news"), not
  // the story's own dateline.
  if (d < 0 && titleLine >= 0) {
    const above = new Set(all.filter((o) => o.line < titleLine && titleLine - o.line <= weights.listAboveSpan).map((o) => o.line));
    if (above.size >= weights.listAboveMin) s -= weights.crowdAboveTitle;
  }
  // The same date repeated on the page (header and footer, meta line) is more likely its own.
  const same = new Set(all.filter((o) => o.published.date === c.published.date).map((o) => o.line)).size;
  if (same > 1) s += weights.repeated;
  return s;
}
