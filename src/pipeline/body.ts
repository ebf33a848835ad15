/**
 * Step 8: the clean body. Keeps the lines after the headline that no earlier step labelled,
 * then drops lines whose context marks them as furniture, and splits glued paragraphs.
 */
import { type Line, endsLikeSentence, words } from './lines.ts';

export interface BodyPick {
  paragraphs: string[];
  /** Line index -> rule, for lines dropped here. */
  dropped: Map<number, string>;
}

const SMALL_WORDS = /^(a|an|the|and|or|of|to|in|on|at|for|by|with|from|as|is|vs|via|de|la|le|el|der|die|das|und|w|i|z)$/i;

/** A title-cased line with no sentence punctuation: a link card or related-story headline. */
export function isTitleCaseLine(text: string): boolean {
  const ws = words(text).filter((w) => !SMALL_WORDS.test(w));
  if (ws.length < 4 || endsLikeSentence(text)) return false;
  const capitalised = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / ws.length >= 0.75;
}

/** Splits "…circles.”According to" where a scraper glued two paragraphs together. */
export function splitGlued(text: string): string[] {
  return text
    .split(/(?<=[a-z\p{Ll}][.!?…]["”’]?|[a-z\p{Ll}]["”’])(?=[\p{Lu}“"][\p{Ll}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Builds the body from the lines after the headline that are still unlabelled. */
export function pickBody(lines: readonly Line[], start: number, isTaken: (i: number) => boolean): BodyPick {
  const dropped = new Map<number, string>();
  const kept = lines.filter((l) => l.index >= start && !isTaken(l.index));
  // Trailing short lines without sentence punctuation are comment and share widgets.
  let end = kept.length;
  while (end > 0) {
    const text = kept[end - 1]!.text;
    if (words(text).length >= 8 || (endsLikeSentence(text) && words(text).length >= 4)) break;
    dropped.set(kept[end - 1]!.index, 'trailing-short-line');
    end--;
  }
  const paragraphs: string[] = [];
  for (const line of kept.slice(0, end)) {
    if (isTitleCaseLine(line.text) && words(line.text).length >= 5) {
      dropped.set(line.index, 'title-case-link');
      continue;
    }
    paragraphs.push(...splitGlued(line.text));
  }
  return { paragraphs, dropped };
}
