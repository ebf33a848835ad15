/**
 * Cleaning a picked headline: the last part of a breadcrumb, the crumbs after "You are here:",
 * a trailing publisher tag. Split from title.ts, which picks the line.
 */
import titleRules from '../heuristics/title.json' with { type: 'json' };
import { type Line, fold, words } from './lines.ts';

/** Soft hyphens and zero-width marks: they break words for the page's layout, not for the reader. */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

const YOU_ARE_HERE = new RegExp(`^(?:${titleRules.youAreHere.join('|')})\\s*:?\\s+`, 'iu');

/**
 * A breadcrumb line led by "You are here:" ends in the headline: its last part when the
 * separators survived the dump, else what remains after the leading crumbs that the page also
 * prints as menu lines of their own ("Sie sind hier: Aktuelles Presseinformationen Land zahlte ...").
 */
export function stripPageLabels(title: string, lines: readonly Line[]): string {
  if (!YOU_ARE_HERE.test(title)) return title;
  let text = breadcrumbTail(title.replace(YOU_ARE_HERE, ''), 1);
  const labels = new Set(lines.filter((l) => words(l.text).length <= titleRules.labelMaxWords).map((l) => fold(l.text)));
  for (let cut = true; cut; ) {
    cut = false;
    const tokens = text.split(/\s+/);
    for (let n = Math.min(titleRules.labelMaxWords, tokens.length - titleRules.labelRestMinWords); n >= 1 && !cut; n--) {
      if (!labels.has(fold(tokens.slice(0, n).join(' ')))) continue;
      text = tokens.slice(n).join(' ');
      cut = true;
    }
  }
  return text;
}

/** "Home / Essays / 2017 / Headline": a breadcrumb ending in the headline gives its last part. */
export function breadcrumbTail(text: string, minWords = 2): string {
  const parts = text.split(/\s+[/>»›]\s+/);
  const tail = parts.at(-1)!;
  return parts.length >= 3 && words(tail).length >= minWords ? tail : text;
}

/** Removes a trailing publisher tag from a headline ("... (Al Jazeera)", "... - Reuters"). */
export function stripSourceFromTitle(title: string, sourceName: string | undefined): string {
  if (!sourceName) return title;
  const escaped = sourceName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // No leading \s*: tried at every space of a long blank run it made the match quadratic.
  const stripped = title.replace(new RegExp(`(?:\\(${escaped}\\)|[-–|:]\\s*${escaped})\\s*$`, 'i'), '').trim();
  return stripped.length >= 8 ? stripped : title;
}
