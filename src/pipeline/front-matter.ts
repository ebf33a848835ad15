/**
 * Step 2: split optional YAML front matter from the article text.
 * Front matter is data, never code. The block is found and checked here first (language, closing
 * line, size, nesting): gray-matter on its own runs `---js` through `eval` whatever options are
 * given, and swallows an article whose opening --- is never closed. Only a plain `---`, `---yaml`
 * or `---yml` block then reaches gray-matter, with an options object (no shared cache), every
 * code engine overridden to throw, and the `yaml` package's core schema as its YAML engine (no
 * timestamps: dates stay as written; aliases bounded). Prototype keys are dropped, and each field
 * has a size limit.
 */
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { message } from '../messages.ts';
import type { Message, Published, Step } from '../types.ts';
import { parseIsoDate } from './iso-date.ts';

/** Front matter fields the archive understands; each overrides inference. */
export interface FrontMatter {
  title?: string;
  subtitle?: string;
  source?: string;
  author?: string;
  published?: Published;
  language?: string;
  slug?: string;
  url?: string;
}

export interface SplitArticle {
  data: FrontMatter;
  content: string;
}

/**
 * Largest front matter block read, in characters: real front matter is a few hundred, and the
 * yaml package needs ~0.5 s for 16 KB of the worst shapes (many keys, many anchors).
 */
export const MAX_FRONT_MATTER = 16 * 1024;
/** Longest text field kept, in characters. */
export const MAX_FIELD = 1000;
/** Aliases allowed in one block: enough for any honest use, far too few for a "billion laughs". */
const MAX_ALIASES = 50;
/** Keys that would reach `Object.prototype` in a later merge (Eleventy's data cascade). */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Languages that name code (gray-matter would run them); matched on the opening line. */
const CODE_LANGUAGE = /^(?:js|javascript|jsx|mjs|cjs|coffee|coffeescript|cson|ts|typescript|node|eval|function)\b/;

const OPENING = /^---([^\n]*)\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t\r]*$/;

/** Reads front matter (if any) and validates its fields. Never throws, never runs code. */
export function splitFrontMatter(text: string, file?: string): Step<SplitArticle> {
  const open = OPENING.exec(text);
  if (!open) return { value: { data: {}, content: text }, messages: [] };
  const language = (open[1] ?? '').trim().toLowerCase();
  const block = findBlock(text, open[0].length);
  const keep = (id: 'front-matter-invalid' | 'front-matter-code', detail: string): Step<SplitArticle> => ({
    value: { data: {}, content: text },
    messages: [message(id, detail, file)],
  });
  if (CODE_LANGUAGE.test(language.replace(/^[^a-z]+/, ''))) {
    const detail = `language "${language.slice(0, 20)}"`;
    // Code is not article text: drop a closed block; an unclosed one keeps the whole text.
    if (!block) return keep('front-matter-code', `${detail}, the opening --- is never closed, so the text was kept`);
    return { value: { data: {}, content: block.rest }, messages: [message('front-matter-code', detail, file)] };
  }
  if (language !== '' && language !== 'yaml' && language !== 'yml') return keep('front-matter-invalid', `unknown language "${language.slice(0, 20)}"`);
  // An unclosed block would make a front matter reader swallow the whole article: keep the text.
  if (!block) return keep('front-matter-invalid', 'the opening --- is never closed');
  if (block.yaml.length > MAX_FRONT_MATTER) return keep('front-matter-invalid', `it is larger than ${MAX_FRONT_MATTER / 1024} KB`);
  const shape = tooDeep(block.yaml);
  if (shape) return keep('front-matter-invalid', shape);
  let raw: unknown;
  try {
    raw = readWithGrayMatter(block.yaml);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return keep('front-matter-invalid', reason.slice(0, 160));
  }
  if (raw === null || raw === undefined) return { value: { data: {}, content: block.rest }, messages: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return keep('front-matter-invalid', 'it is not a list of "field: value" lines');
  const { data, messages } = validate(raw as Record<string, unknown>, file);
  return { value: { data, content: block.rest }, messages };
}

const refuseCode = (): never => {
  throw new Error('executable front matter is never run');
};

/** Parses a checked YAML block through gray-matter with its code engines disabled. */
function readWithGrayMatter(yaml: string): unknown {
  let parsed: unknown = null;
  const options = {
    language: 'yaml',
    engines: {
      yaml: (s: string) => {
        parsed = parseYaml(s, { schema: 'core', maxAliasCount: MAX_ALIASES, uniqueKeys: false, logLevel: 'error', prettyErrors: false });
        // gray-matter expects an object back; the real value (possibly not one) is kept above.
        return parsed !== null && typeof parsed === 'object' ? parsed : {};
      },
      js: refuseCode,
      javascript: refuseCode,
    },
  };
  matter(`---\n${yaml}${yaml.endsWith('\n') || yaml === '' ? '' : '\n'}---\n`, options as unknown as Parameters<typeof matter>[1]);
  return parsed;
}

/** The YAML between the opening line and the first closing line, and the text after it. */
function findBlock(text: string, start: number): { yaml: string; rest: string } | undefined {
  let at = start;
  // A line-by-line scan: no regex over the whole (possibly huge) text.
  while (at <= text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end);
    if (CLOSING.test(line)) return { yaml: text.slice(start, at), rest: end === -1 ? '' : text.slice(end + 1) };
    if (end === -1) return undefined;
    at = end + 1;
  }
  return undefined;
}

/** Deepest nesting read: real front matter nests two or three levels. */
const MAX_NESTING = 32;

/**
 * Refuses deeply nested YAML before parsing: the yaml package needs time and memory growing
 * faster than the input for it (64 KB of "- - - ..." exhausts V8's regex memory and kills the
 * process). Counts block indentation and indicators at the start of each line and flow brackets.
 */
function tooDeep(yaml: string): string | undefined {
  let depth = 0;
  for (const line of yaml.split('\n')) {
    if (line.trim() === '') continue;
    const prefix = /^[ \t?:-]*/.exec(line)?.[0] ?? '';
    if (prefix.length > MAX_NESTING * 4) return 'it is nested too deeply';
    for (const c of line) {
      if (c === '[' || c === '{') depth++;
      else if ((c === ']' || c === '}') && depth > 0) depth--;
      if (depth > MAX_NESTING) return 'it is nested too deeply';
    }
  }
  return undefined;
}

const STRING_FIELDS = ['title', 'subtitle', 'source', 'author', 'language', 'slug', 'url'] as const;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
/** Control characters (other than tab and newline) and bidi overrides never belong in a field. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function validate(record: Record<string, unknown>, file?: string): { data: FrontMatter; messages: Message[] } {
  const data: FrontMatter = {};
  const messages: Message[] = [];
  const ignore = (detail: string) => messages.push(message('front-matter-field', detail, file));
  for (const key of Object.keys(record)) {
    if (PROTOTYPE_KEYS.has(key)) messages.push(message('front-matter-reserved-key', key, file));
  }
  for (const key of STRING_FIELDS) {
    if (!Object.hasOwn(record, key)) continue;
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value).replace(CONTROL, '').replace(/\s+/g, ' ').trim();
      if (text && text.length <= MAX_FIELD) data[key] = text;
      else ignore(`${key} (empty or longer than ${MAX_FIELD} characters)`);
    } else if (value !== null) {
      ignore(`${key} (expected text)`);
    }
  }
  if (data.url !== undefined && !isWebAddress(data.url)) {
    ignore('url (only http and https addresses are kept)');
    delete data.url;
  }
  if (data.slug !== undefined && !/[a-z0-9]/i.test(data.slug)) {
    ignore(`slug "${data.slug.slice(0, 20)}" (it has no letters or digits; the title is used)`);
    delete data.slug;
  }
  if (data.language === undefined && typeof record.lang === 'string') data.language = record.lang.trim();
  if (data.language !== undefined && !LANGUAGE_TAG.test(data.language)) {
    ignore(`language "${data.language.slice(0, 20)}" (use a language tag such as en or pt-BR)`);
    delete data.language;
  }
  const dateValue = Object.hasOwn(record, 'date') ? record.date : Object.hasOwn(record, 'published') ? record.published : undefined;
  if (dateValue !== undefined && dateValue !== null) {
    const published = typeof dateValue === 'string' || typeof dateValue === 'number' ? parseIsoDate(String(dateValue)) : undefined;
    if (published) data.published = published;
    else ignore(`date "${String(typeof dateValue === 'object' ? 'a list or object' : dateValue).slice(0, 40)}" (use YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)`);
  }
  return { data, messages };
}

/** True for an absolute http(s) address with a host and no white space. */
export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\/[^\s/?#]+/i.test(text) || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
