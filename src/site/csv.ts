/** articles.csv: RFC 4180 (CRLF, quoted fields), safe to open in a spreadsheet. */
import { charClasses } from '../archive/char-classes.ts';
import type { ArticleRecord } from '../types.ts';

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (starting with = + - @, tab or CR)
 * gets a leading apostrophe; cells with a quote, comma or line break are quoted, quotes doubled.
 */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const SPACE = /\s/;
/** Whether a UTF-16 code unit is white space as `\s` reads it (no surrogate is). */
const isSpace = charClasses((ch) => (SPACE.test(ch) ? 1 : 0));

/** Words in an article's paragraphs (runs of non-space, as /\S+/g finds them), counted character by character: no word is made. */
export function wordCount(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) {
    let inWord = false;
    for (let i = 0; i < p.length; i++) {
      const space = isSpace(p.charCodeAt(i)) === 1;
      if (!space && !inWord) n++;
      inWord = !space;
    }
  }
  return n;
}

/** A CSV document from a header and rows, CRLF line ends. */
export function csvDocument(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const ARTICLE_COLUMNS = ['id', 'title', 'source', 'author', 'date', 'date_precision', 'date_estimated', 'language', 'url', 'file', 'original_url', 'people', 'organizations', 'places', 'words'];

/** One row per article; entity names joined with "; ". */
export function articlesCsv(articles: readonly ArticleRecord[]): string {
  const names = (a: ArticleRecord, type: string) =>
    a.entities
      .filter((e) => e.type === type)
      .map((e) => e.name)
      .join('; ');
  return csvDocument(
    ARTICLE_COLUMNS,
    articles.map((a) => [
      a.id,
      a.title,
      a.source?.name ?? '',
      a.author ?? '',
      a.published?.date ?? '',
      a.published?.precision ?? '',
      a.published ? String(a.published.estimated) : '',
      a.language,
      a.url,
      a.file,
      a.originalUrl ?? '',
      names(a, 'person'),
      names(a, 'organization'),
      names(a, 'place'),
      wordCount(a.body),
    ]),
  );
}
