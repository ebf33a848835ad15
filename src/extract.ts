/** The extraction API: an articles folder -> records, entities and messages, without a site. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { type Archive, assemble } from './archive/assemble.ts';
import { learnBoilerplate } from './archive/learned-boilerplate.ts';
import { readArticles } from './io/read-articles.ts';
import { message } from './messages.ts';
import { type ArticleDraft, analyseText } from './pipeline/analyse.ts';
import { decode } from './pipeline/decode.ts';
import type { Message } from './types.ts';

export interface ExtractOptions {
  /** Folder of article files. Default: `articles`. */
  articles?: string;
  /** URL prefix of the site ('/' or '/prefix/'). Default '/'. */
  basePath?: string;
  /** Largest article file read, in bytes. Default 5 MB. */
  maxFileSize?: number;
  /** Detect named entities. Default true; quality runs that only score extraction turn it off. */
  entities?: boolean;
}

export interface ExtractResult extends Archive {
  /** Raw text of each article by id, for the "as dropped in" download. */
  raw: Map<string, string>;
}

/** Normalises a base path to '/' or '/a/b/'. Throws on a value that cannot be a URL path. */
export function normaliseBasePath(value: string | undefined): string {
  if (!value || value === '/') return '/';
  if (!/^[A-Za-z0-9/_.~-]+$/.test(value) || value.split('/').some((p) => p === '..' || p === '.')) {
    throw new Error(`--base-path "${value}" is not a plain URL path; use letters, digits, "-", "_" and "/", e.g. /archive/`);
  }
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/\/{2,}/g, '/');
}

/** Reads and analyses every article in a folder. Bad files become messages, never exceptions. */
export async function extract(options: ExtractOptions = {}): Promise<ExtractResult> {
  const dir = path.resolve(options.articles ?? 'articles');
  const basePath = normaliseBasePath(options.basePath);
  const { inputs, messages } = await readArticles(dir, { maxFileSize: options.maxFileSize ?? 5 * 1024 * 1024 });
  const drafts: ArticleDraft[] = [];
  const texts = new Map<string, string>();
  const seen = new Map<string, string>();
  const unique: { file: string; text: string; decoded: Message[] }[] = [];
  for (const input of inputs) {
    const decoded = decode(input.bytes, input.file);
    messages.push(...decoded.messages);
    const text = decoded.value.text;
    if (text === undefined) continue;
    // The same article twice (same text after decoding) is built once.
    const digest = createHash('sha256').update(text.trim()).digest('hex');
    const first = seen.get(digest);
    if (first) {
      messages.push(message('duplicate-article', first, input.file));
      continue;
    }
    seen.set(digest, input.file);
    unique.push({ file: input.file, text, decoded: decoded.messages });
  }
  // Pre-pass: lines that recur across articles are boilerplate in each of them.
  const learned = learnBoilerplate(unique.map((u) => u.text));
  for (const { file, text, decoded } of unique) {
    const { draft, messages: own } = analyseText(text, file, { learned, entities: options.entities ?? true });
    if (!draft) {
      messages.push(...own);
      continue;
    }
    draft.messages = [...decoded, ...own];
    messages.push(...own);
    drafts.push(draft);
    texts.set(file, text);
  }
  const archive = assemble(drafts, basePath);
  const raw = new Map<string, string>();
  for (const a of archive.articles) raw.set(a.id, texts.get(a.file) ?? '');
  for (const m of archive.messages) {
    const a = archive.articles.find((x) => x.file === m.file);
    a?.messages.push(m);
  }
  return { ...archive, raw, messages: [...messages, ...archive.messages] };
}

export type { Message };
