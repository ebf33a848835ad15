/**
 * The message catalogue: every problem the tool can report, with a permanent id.
 * Ids never change meaning once released; add new ones instead.
 */
import type { Message, Severity } from './types.ts';

interface Entry {
  severity: Severity;
  /** What happened and what was done. */
  text: (detail: string) => string;
  /** What the user can do about it. */
  hint: string;
}

export const catalogue = {
  'read-failed': {
    severity: 'error',
    text: (d) => `could not be read (${d}); the article was skipped`,
    hint: 'Check the file permissions, or remove the file from the articles folder.',
  },
  'not-regular-file': {
    severity: 'warning',
    text: (d) => `is not a regular file (${d}); it was skipped`,
    hint: 'Put a copy of the article text in the articles folder instead of a link or special file.',
  },
  'link-outside': {
    severity: 'warning',
    text: (d) => `is ${d} that points outside the articles folder; it was not followed and was skipped`,
    hint: 'Copy the article into the articles folder instead of linking to it.',
  },
  'not-an-article': {
    severity: 'info',
    text: (d) => `is not an article file (${d}); it was ignored`,
    hint: 'Articles are .txt, .text, .md or .markdown files; rename the file if it is one.',
  },
  'file-too-large': {
    severity: 'warning',
    text: (d) => `is larger than the limit (${d}); it was skipped`,
    hint: 'Split the file, or raise the limit with --max-file-size.',
  },
  'binary-file': {
    severity: 'warning',
    text: (d) => `looks binary (${d}); it was skipped`,
    hint: 'Only plain-text articles are archived; convert the file to UTF-8 text.',
  },
  'decoded-legacy': {
    severity: 'info',
    text: (d) => `is not UTF-8; it was decoded as ${d}`,
    hint: 'Save the file as UTF-8 to be sure every character is read as written.',
  },
  'empty-article': {
    severity: 'warning',
    text: (d) => `has no article text${d ? ` (${d})` : ''}; it was skipped`,
    hint: 'Add the article text, or remove the empty file.',
  },
  'front-matter-invalid': {
    severity: 'warning',
    text: (d) => `has front matter that could not be read (${d}); it was kept as article text`,
    hint: 'Fix the YAML between the --- lines at the top of the file.',
  },
  'front-matter-code': {
    severity: 'warning',
    text: (d) => `has executable front matter (${d}); it was not run and was ignored`,
    hint: 'Front matter is data only: write it as YAML (--- ... ---).',
  },
  'front-matter-field': {
    severity: 'warning',
    text: (d) => `has a front matter field that was ignored: ${d}`,
    hint: 'See the README section "Front matter" for the fields and their types.',
  },
  'front-matter-reserved-key': {
    severity: 'warning',
    text: (d) => `has a front matter key that could change every object (${d}); it was dropped`,
    hint: 'Remove the key from the front matter; __proto__, constructor and prototype are never read.',
  },
  'no-title': {
    severity: 'warning',
    text: () => 'has no line that looks like a headline; the file name is used as its title',
    hint: 'Add `title:` front matter.',
  },
  'undated': {
    severity: 'info',
    text: (d) => `has no publication date${d ? `; ${d}` : ''}`,
    hint: 'Add `date: YYYY-MM-DD` front matter if you know it.',
  },
  'date-unsure': {
    severity: 'info',
    text: (d) => `shows more than one possible publication date (${d}); none was taken`,
    hint: 'Add `date: YYYY-MM-DD` front matter with the right one.',
  },
  'slug-collision': {
    severity: 'info',
    text: (d) => `would have the same URL as another article; it was given ${d}`,
    hint: 'Give one of the articles a distinct `slug:` in front matter for a readable URL.',
  },
  'duplicate-article': {
    severity: 'warning',
    text: (d) => `is a copy of ${d}; it was built once`,
    hint: 'Remove the copy from the articles folder.',
  },
  'analysis-failed': {
    severity: 'error',
    text: (d) => `could not be analysed (internal error: ${d}); the article was skipped`,
    hint: 'This is a bug in news-archive: please report it with the file attached.',
  },
  'articles-missing': {
    severity: 'error',
    text: (d) => `the articles folder does not exist: ${d}`,
    hint: 'Create it and put article text files in it, or pass --articles DIR.',
  },
  'no-articles': {
    severity: 'warning',
    text: (d) => `no article files were found in ${d}`,
    hint: 'Put .txt (or .md) article files in the articles folder.',
  },
  'authority-invalid': {
    severity: 'warning',
    text: (d) => `the entity authority file could not be read (${d}); entities were resolved from the text alone`,
    hint: 'Fix the YAML of the authority file (default data/entities.yml): a list of entries with name:, type:, aliases:.',
  },
  'authority-missing': {
    severity: 'warning',
    text: (d) => `the entity authority file does not exist: ${d}; entities were resolved from the text alone`,
    hint: 'Create the file, or drop the --authority option to use data/entities.yml when it exists.',
  },
  'authority-entry-invalid': {
    severity: 'warning',
    text: (d) => `an entity authority entry has a problem (${d})`,
    hint: 'Each entry needs name: and type: (person, organization or place); aliases: is a list; wikidata: looks like Q12345; hide: is true or false.',
  },
  'authority-alias-conflict': {
    severity: 'warning',
    text: (d) => `an entity authority name is claimed twice (${d}); the first entry keeps it`,
    hint: 'Keep each name or alias under one entry of the authority file; to split two entities give each its own spellings.',
  },
} satisfies Record<string, Entry>;

export type MessageId = keyof typeof catalogue;

/** Builds a message from the catalogue. */
export function message(id: MessageId, detail = '', file?: string): Message {
  const entry: Entry = catalogue[id];
  const m: Message = { id, severity: entry.severity, text: entry.text(detail) };
  if (file !== undefined) m.file = file;
  return m;
}

/** The hint for a message id, for reports. */
export function hintFor(id: string): string | undefined {
  return (catalogue as Record<string, Entry>)[id]?.hint;
}
