/**
 * What a single line is, for the headline search: headline-shaped, a meta line (byline, date,
 * counter), a photo credit, or none of them. Split from title.ts, which scores the candidates.
 */
import titleRules from '../heuristics/title.json' with { type: 'json' };
import { parseDateText, readDateLine } from './date-line.ts';
import { readByline } from './author.ts';
import { words } from './lines.ts';

/** True when a line can be a headline: a handful of words, no sentence-final full stop. */
export function looksLikeHeadline(text: string): boolean {
  const n = words(text).length;
  if (n < 2 || n > 30 || text.length > 250) return false;
  if (/[:;,]$/.test(text) || (/[^.]\.$/.test(text) && n > titleRules.sentenceMaxWords)) return false;
  // Bylines, share counters and credits are not headlines; "Von der Leyen will ..." is.
  if ((BYLINE_START.test(text) && !headlineOpeningLikeByline(text)) || /^(?:[-–|•©]|\*\s)/.test(text)) return false;
  // A table row ("Palm Bay 18 22 13 17 — 70") is mostly figures; a footnote opens with an asterisk.
  const tokens = words(text);
  if (tokens.filter((w) => /^\d/.test(w)).length * 2 > tokens.length) return false;
  return /\p{L}{2}/u.test(text);
}

/** A line closed by a quote, a bracket or an exclamation mark right after a word: a headline's end, not a sentence's. */
export const HEADLINE_CLOSE = /(?:[\p{L}\p{N}]["”»’)]|[\p{L}\p{N}]!)$/u;

/** A line closed by a full stop (not an ellipsis): a sentence. */
export const FULL_STOP = /[^.]\.["”»’)]?$/;

/** A byline marker opening a line, in the languages covered. */
export const BYLINE_START = /^(?:by|von|por|par|de|przez|autor|written by)\s/i;

/** A longer line opening with a byline marker that names nobody: "Von der Leyen will ...", "Von Sprachregeln und ...". */
export function headlineOpeningLikeByline(text: string): boolean {
  return BYLINE_START.test(text) && words(text).length > titleRules.bylineMaxWords && readByline(text) === undefined;
}

/** A meta line under a headline: a byline, a date, a time, a comment count, "Posted in ...". */
export function isMetaLine(text: string): boolean {
  const n = words(text).length;
  if (META_START.test(text) && !headlineOpeningLikeByline(text)) return true;
  if (isDateMeta(text)) return true;
  // Times, counters and "3 Comments" style lines: short and carrying digits.
  return (n <= 3 && /^\W*\d/.test(text)) || (n <= 5 && /\b\d{1,2}:\d{2}\b/.test(text));
}

/** A date with little else around it; "Report of 22.04.2020: what is politics waiting for?" is a headline. */
export function isDateMeta(text: string): boolean {
  const date = words(text).length <= 20 ? parseDateText(text) : undefined;
  return date !== undefined && (text.startsWith(date.matched) || words(text.replace(date.matched, ' ')).length <= titleRules.metaDateMaxWords);
}

/** Photo credits and captions ("Photo: AP", "Foto: dpa", "© Getty Images"). */
export const CREDIT = new RegExp(`(?:${titleRules.credits.join('|')})`, 'iu');

/** A credit label alone on its line ("Credit...", "Foto:"): the credit follows on the next line. */
export const CREDIT_LABEL = /^(?:credit|photo|foto|bild|image)\W*$/i;

/** An article opening a line: no name opens with one ('Der Holländerholzhandel'). */
export const ARTICLE_START = new RegExp(`^(?:${titleRules.articles.join('|')})\\s`, 'iu');

/** The opening of a byline, date or meta line under a headline (title.json metaStarts). */
export const META_START = new RegExp(`^(?:${titleRules.metaStarts.join('|')})(?:\\s|:|$)`, 'iu');

/** A meta line that is a page widget (title.json widgetMetaStarts): share buttons, a comment count, tags. */
export const WIDGET_META = new RegExp(`^(?:${titleRules.widgetMetaStarts.join('|')})(?:\\s|:|$)`, 'iu');

/** A line of one word that may be a headline (not a date, not set in capitals): 'Ischgl', 'Nebelsuppe.'. */
export function oneWord(line: string): boolean {
  const text = line.replace(/[.!?…]+$/, '');
  const [word, more] = words(text);
  return word !== undefined && !more && word.length >= titleRules.oneWordMinLetters && /\p{Ll}/u.test(word) && !readDateLine(text) && !CREDIT_LABEL.test(line);
}

/** A short line opening with a number that is no date or time: a counter, a price, a rating. */
export function isBareCounter(text: string): boolean {
  return /^\W*\d/.test(text) && !META_START.test(text) && parseDateText(text) === undefined && !/\b\d{1,2}:\d{2}\b/.test(text);
}

/** Why a line cannot be a headline (undefined when it can): for the rules and for debugging. */
export function notHeadlineBecause(text: string): string | undefined {
  if (readDateLine(text)) return 'date';
  if (!looksLikeHeadline(text)) return 'shape';
  if (isMetaLine(text)) return 'meta';
  if (CREDIT.test(text) || CREDIT_LABEL.test(text)) return 'credit';
  if (/^[←→<>]|[←→>]$/.test(text) || (/^[«»]|»$/.test(text) && !isQuoted(text))) return 'arrow';
  return undefined;
}

/** A line set in guillemets (»Quote« or « quote »): a quoted headline, not a link arrow. */
function isQuoted(text: string): boolean {
  return /^»[^«]+«/.test(text) || /^«[^»]+»/.test(text) || /«[^»]+»$/.test(text);
}
