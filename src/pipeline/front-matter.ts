/**
 * Step 2: split optional YAML front matter from the article text.
 * Front matter is data, never code: only plain `---` YAML blocks are read, with the YAML core
 * schema (no timestamps: dates stay as written), an alias limit and prototype keys dropped.
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

const refuseCode = (): never => {
  throw new Error('executable front matter is not allowed');
};
const MAX_FRONT_MATTER = 64 * 1024;
const OPENING = /^---([^\n]*)\n/;

/** Reads front matter (if any) and validates its fields. */
export function splitFrontMatter(text: string, file?: string): Step<SplitArticle> {
  const open = OPENING.exec(text);
  if (!open) return { value: { data: {}, content: text }, messages: [] };
  const language = (open[1] ?? '').trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    const id = /^(js|javascript|coffee|cson|ts|typescript)/.test(language) ? 'front-matter-code' : 'front-matter-invalid';
    return { value: { data: {}, content: stripBlock(text) }, messages: [message(id, `language "${language.slice(0, 20)}"`, file)] };
  }
  const close = /\n---[ \t]*(\n|$)/.exec(text.slice(open[0].length - 1));
  if (!close) {
    // An unclosed block would make gray-matter swallow the whole article: keep the text.
    return { value: { data: {}, content: text }, messages: [message('front-matter-invalid', 'the opening --- is never closed', file)] };
  }
  if (close.index > MAX_FRONT_MATTER) {
    return { value: { data: {}, content: stripBlock(text) }, messages: [message('front-matter-invalid', 'it is larger than 64 KB', file)] };
  }
  let raw: unknown;
  let content: string;
  try {
    // An options object disables gray-matter's shared cache; every code engine throws.
    const parsed = matter(text, {
      engines: {
        yaml: (s: string) => parseYaml(s, { schema: 'core', maxAliasCount: 50, uniqueKeys: false }) ?? {},
        js: refuseCode,
        javascript: refuseCode,
      },
    } as unknown as Parameters<typeof matter>[1]);
    raw = parsed.data;
    content = parsed.content;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { value: { data: {}, content: stripBlock(text) }, messages: [message('front-matter-invalid', reason.slice(0, 160), file)] };
  }
  const { data, messages } = validate(raw, file);
  return { value: { data, content }, messages };
}

function stripBlock(text: string): string {
  const m = /^---[^\n]*\n[\s\S]*?\n---[ \t]*(\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

const STRING_FIELDS = ['title', 'subtitle', 'source', 'author', 'language', 'slug', 'url'] as const;

function validate(raw: unknown, file?: string): { data: FrontMatter; messages: Message[] } {
  const data: FrontMatter = {};
  const messages: Message[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== null && raw !== undefined && raw !== '') messages.push(message('front-matter-invalid', 'it is not a list of fields', file));
    return { data, messages };
  }
  const record = raw as Record<string, unknown>;
  for (const key of STRING_FIELDS) {
    if (!Object.hasOwn(record, key)) continue;
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value).trim();
      if (text && text.length <= 1000) data[key] = text;
      else messages.push(message('front-matter-field', `${key} (empty or longer than 1000 characters)`, file));
    } else if (value !== null) {
      messages.push(message('front-matter-field', `${key} (expected text)`, file));
    }
  }
  if (data.url !== undefined && !/^https?:\/\//i.test(data.url)) {
    messages.push(message('front-matter-field', 'url (only http and https addresses are kept)', file));
    delete data.url;
  }
  const dateValue = record.date ?? record.published;
  if (dateValue !== undefined && dateValue !== null) {
    const published = parseIsoDate(String(dateValue));
    if (published) data.published = published;
    else messages.push(message('front-matter-field', `date "${String(dateValue).slice(0, 40)}" (use YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)`, file));
  }
  if (data.language === undefined && typeof record.lang === 'string') data.language = record.lang.trim();
  return { data, messages };
}
