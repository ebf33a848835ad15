/**
 * Step 5: the headline. On a dumped web page the headline stands just above the article text,
 * below menus, breadcrumbs and section labels, often followed by a byline, a date or a caption.
 * So the search walks up from the first body line; the first line that reads like a headline
 * wins. A headline repeated (h1 + breadcrumb, or h1 twice) is one title and counts as evidence.
 */
import type { Provenance, Step } from '../types.ts';
import titleRules from '../heuristics/title.json' with { type: 'json' };
import { parseDateText, readDateLine } from './date-line.ts';
import { isNameLine } from './author.ts';
import { type Line, fold, words } from './lines.ts';

export interface TitlePick {
  title: string | undefined;
  /** Indexes of the lines that hold the title (a headline repeated twice is one title). */
  lines: number[];
}

/** How far above the first body line a headline may stand (bylines, dates, captions between). */
const WINDOW_ABOVE = 12;
/** How far below the first body line: a site tagline may read like prose above the headline. */
const WINDOW_BELOW = 3;
/** Fallback when no body line was found: the top of the page. */
const HEADLINE_WINDOW = 15;

/** True when a line can be a headline: a handful of words, no sentence-final full stop. */
export function looksLikeHeadline(text: string): boolean {
  const n = words(text).length;
  if (n < 2 || n > 30 || text.length > 250) return false;
  if (/[.:;,]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  // Bylines, share counters and credits are not headlines.
  if (/^(by|von|por|par|de|autor|written by)\s/i.test(text) || /^[-–|•©]/.test(text)) return false;
  return /\p{L}{2}/u.test(text);
}

/** A meta line under a headline: a byline, a date, a time, a comment count, "Posted in ...". */
export function isMetaLine(text: string): boolean {
  const n = words(text).length;
  if (META_START.test(text)) return true;
  if (n <= 20 && parseDateText(text)) return true;
  // Times, counters and "3 Comments" style lines: short and carrying digits.
  return (n <= 3 && /^\W*\d/.test(text)) || (n <= 5 && /\b\d{1,2}:\d{2}\b/.test(text));
}

/** Photo credits and captions ("Photo: AP", "Foto: dpa", "© Getty Images"). */
const CREDIT = new RegExp(`(?:${titleRules.credits.join('|')})`, 'iu');

const META_START = new RegExp(`^(?:${titleRules.metaStarts.join('|')})(?:\\s|:|$)`, 'iu');

interface Candidate {
  line: Line;
  score: number;
  rule: string;
}

/** Picks the headline among lines not already labelled as furniture, above the first body line. */
export function pickTitle(lines: readonly Line[], isFurniture: (i: number) => boolean, firstBody = -1): Step<TitlePick> {
  const folded = lines.map((l) => fold(l.text));
  const counts = new Map<string, number>();
  for (const f of folded) counts.set(f, (counts.get(f) ?? 0) + 1);
  const candidate = (line: Line) =>
    !isFurniture(line.index) &&
    !readDateLine(line.text) &&
    looksLikeHeadline(line.text) &&
    !isMetaLine(line.text) &&
    !CREDIT.test(line.text) &&
    !isNameLine(line.text) &&
    !/^[←→«»<>]|[←→»>]$/.test(line.text);
  const scored: Candidate[] = [];
  // A headline's words come back in the lead paragraphs: the article's opening text, to compare.
  const leadAfter = (i: number) =>
    new Set(
      lines
        .slice(Math.max(firstBody, i + 1), Math.max(firstBody, i + 1) + 8)
        .flatMap((l) => words(l.text.toLowerCase()))
        .filter((w) => w.length >= 4),
    );
  if (firstBody >= 0) {
    for (const line of lines.slice(Math.max(0, firstBody - WINDOW_ABOVE), firstBody + 1 + WINDOW_BELOW)) {
      if (!candidate(line)) continue;
      const key = folded[line.index]!;
      const n = words(line.text).length;
      let score = -titleRules.distancePenalty * (firstBody - line.index);
      let rule = 'line-above-body';
      // A byline or date line right below is the strongest sign of a headline.
      const below = lines.slice(line.index + 1, line.index + 4).filter((l) => fold(l.text) !== key);
      if (below.slice(0, 2).some((l) => isMetaLine(l.text))) {
        score += titleRules.metaBelowBonus;
        rule = 'headline-above-byline';
      }
      // Repeated on the page (h1 + breadcrumb, "1 Comment on <headline>", a doubled headline).
      const repeats = key.length >= 8 ? folded.filter((f, i) => i !== line.index && f.includes(key)).length : 0;
      if ((counts.get(key) ?? 0) > 1 || repeats > 0) {
        score += titleRules.repeatedBonus;
        if (rule === 'line-above-body') rule = 'repeated-headline-line';
      }
      const content = words(line.text.toLowerCase()).filter((w) => w.length >= 4);
      if (content.length > 0) {
        const lead = leadAfter(line.index);
        score += titleRules.leadOverlapBonus * (content.filter((w) => lead.has(w)).length / content.length);
      }
      if (n < 3) score -= titleRules.shortPenalty;
      // Long lines are standfirsts or teasers more often than headlines.
      if (n > titleRules.longWords) score -= titleRules.shortPenalty / 2;
      // Buttons and section labels are set in capitals; headlines rarely are.
      if (n <= 4 && !/\p{Ll}/u.test(line.text)) score -= titleRules.shortPenalty;
      // Below the first body line only a headline with its byline counts (a tagline came first).
      if (line.index > firstBody && rule !== 'headline-above-byline') continue;
      scored.push({ line, score, rule });
    }
  }
  let best = scored.reduce<Candidate | undefined>((a, c) => (!a || c.score > a.score ? c : a), undefined);
  if (!best) {
    const top = lines.slice(0, HEADLINE_WINDOW).find((l) => candidate(l) && words(l.text).length >= 3);
    if (top) best = { line: top, score: -1, rule: 'first-headline-line' };
  }
  if (!best) return { value: { title: undefined, lines: [] }, messages: [] };
  const found = best.line;
  const key = fold(found.text);
  const picked = lines.filter((l) => Math.abs(l.index - found.index) <= 2 && fold(l.text) === key).map((l) => l.index);
  const confidence = best.rule === 'first-headline-line' ? 0.3 : Math.max(0.35, Math.min(0.9, 0.6 + best.score / 5));
  const provenance: Provenance = { rule: best.rule, evidence: found.text.slice(0, 200), confidence: Math.round(confidence * 100) / 100 };
  return { value: { title: breadcrumbTail(found.text), lines: picked }, provenance, messages: [] };
}

/** "Home / Essays / 2017 / Headline": a breadcrumb ending in the headline gives its last part. */
export function breadcrumbTail(text: string): string {
  const parts = text.split(/\s+[/>»›]\s+/);
  const tail = parts.at(-1)!;
  return parts.length >= 3 && words(tail).length >= 2 ? tail : text;
}

/** Removes a trailing publisher tag from a headline ("... (Al Jazeera)", "... - Reuters"). */
export function stripSourceFromTitle(title: string, sourceName: string | undefined): string {
  if (!sourceName) return title;
  const escaped = sourceName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // No leading \s*: tried at every space of a long blank run it made the match quadratic.
  const stripped = title.replace(new RegExp(`(?:\\(${escaped}\\)|[-–|:]\\s*${escaped})\\s*$`, 'i'), '').trim();
  return stripped.length >= 8 ? stripped : title;
}

/**
 * The standfirst: a sentence or two right under the headline, set apart from the article by a
 * byline, a date or page furniture below it ("headline / standfirst / By Jane Doe / text").
 * A first paragraph that runs straight into the next one is body text, not a standfirst.
 */
export function pickSubtitle(lines: readonly Line[], titleLines: readonly number[], isFurniture: (i: number) => boolean): Step<string | undefined> {
  const last = titleLines.at(-1);
  const none: Step<string | undefined> = { value: undefined, messages: [] };
  if (last === undefined) return none;
  const line = lines[last + 1];
  const after = lines[last + 2];
  if (!line || !after || isFurniture(line.index) || isMetaLine(line.text)) return none;
  const n = words(line.text).length;
  if (n < titleRules.standfirstWords[0]! || n > titleRules.standfirstWords[1]! || CREDIT.test(line.text)) return none;
  if (!(isMetaLine(after.text) || readDateLine(after.text))) return none;
  return { value: line.text, provenance: { rule: 'standfirst-above-byline', evidence: line.text.slice(0, 200), confidence: 0.6 }, messages: [] };
}
