/**
 * Step 5: the headline. The first line near the top that reads like a headline wins:
 * not furniture, not a date line, a handful of words, no sentence-final full stop.
 */
import type { Provenance, Step } from '../types.ts';
import { readDateLine } from './date-line.ts';
import { type Line, words } from './lines.ts';

export interface TitlePick {
  title: string | undefined;
  /** Indexes of the lines that hold the title (a headline repeated twice is one title). */
  lines: number[];
}

/** How far down the page a headline may stand: menus and taglines come first on many sites. */
const HEADLINE_WINDOW = 15;

/** Picks the headline among lines not already labelled as furniture. */
export function pickTitle(lines: readonly Line[], isFurniture: (i: number) => boolean): Step<TitlePick> {
  for (const line of lines.slice(0, HEADLINE_WINDOW)) {
    if (isFurniture(line.index) || readDateLine(line.text)) continue;
    const n = words(line.text).length;
    // A headline has at least three words and at most thirty, and no full stop at its end.
    if (n < 3 || n > 30 || /[.:;,]$/.test(line.text)) continue;
    const picked = [line.index];
    const next = lines[line.index + 1];
    if (next && next.text === line.text) picked.push(next.index);
    const provenance: Provenance = {
      rule: picked.length > 1 ? 'repeated-headline-line' : 'first-headline-line',
      evidence: line.text.slice(0, 200),
      confidence: line.index === 0 || picked.length > 1 ? 0.9 : 0.7,
    };
    return { value: { title: line.text, lines: picked }, provenance, messages: [] };
  }
  return { value: { title: undefined, lines: [] }, messages: [] };
}

/** Removes a trailing publisher tag from a headline ("... (Al Jazeera)", "... - Reuters"). */
export function stripSourceFromTitle(title: string, sourceName: string | undefined): string {
  if (!sourceName) return title;
  const escaped = sourceName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // No leading \s*: tried at every space of a long blank run it made the match quadratic.
  const stripped = title.replace(new RegExp(`(?:\\(${escaped}\\)|[-–|:]\\s*${escaped})\\s*$`, 'i'), '').trim();
  return stripped.length >= 8 ? stripped : title;
}
