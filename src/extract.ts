/** The extraction API: an articles folder -> records, entities and messages, without a site. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { type Archive, assemble } from './archive/assemble.ts';
import { AnalysisCache, cacheKey } from './cache/analysis-cache.ts';
import { codeVersion, pipelineVersion } from './cache/pipeline-version.ts';
import { readKnownScan, saveKnownScan } from './cache/known-names-store.ts';
import { type KnownFile, readKnownFiles, saveKnownFiles } from './cache/known-files.ts';
import { analyseMany } from './io/analyse-pool.ts';
import { type ArticleLineKeys, learnFromKeys, learnedLinesIn, lineKeys } from './archive/learned-boilerplate.ts';
import { readArticles } from './io/read-articles.ts';
import type { AnalyseItem } from './io/safe-analyse.ts';
import { readAuthority } from './io/read-authority.ts';
import { message } from './messages.ts';
import type { ArticleDraft } from './pipeline/analyse.ts';
import { decode } from './pipeline/decode.ts';
import { type OnProgress, StageTimer } from './progress.ts';
import type { ArticleInput, Message } from './types.ts';

export interface ExtractOptions {
  /** Folder of article files. Default: `articles`. */
  articles?: string;
  /** URL prefix of the site ('/' or '/prefix/'). Default '/'. */
  basePath?: string;
  /** Largest article file read, in bytes. Default 5 MB. */
  maxFileSize?: number;
  /** Folder of the analysis cache; unset: no cache. */
  cache?: string;
  /** Worker threads for analysis (default: one per core, at most 4; 0: none). */
  workers?: number;
  /** Progress: each stage as it starts, and articles analysed of the total. */
  onProgress?: OnProgress;
  /** Entity authority file (YAML). Default: `data/entities.yml` beside the articles folder, else in the working folder, when it exists. */
  authority?: string;
  /** Detect named entities. Default true; quality runs that only score extraction turn it off. */
  entities?: boolean;
  /** Read every article file, even those unchanged since the last build (see cache/known-files.ts). */
  readAll?: boolean;
}

export interface ExtractResult extends Archive {
  /**
   * Raw text of each article by id, for the "as dropped in" download; a function reads it when
   * called (a file unchanged since the last build is not read unless its download is written).
   */
  raw: Map<string, string | (() => string)>;
  /** Milliseconds per stage, and how many articles were analysed or taken from the cache. */
  stats?: { timings: Record<string, number>; analysed: number; cached: number };
}

/** Normalises a base path to '/' or '/a/b/'. Throws on a value that cannot be a URL path. */
export function normaliseBasePath(value: string | undefined): string {
  if (!value || value === '/') return '/';
  if (!/^[A-Za-z0-9/_.~-]+$/.test(value) || value.split('/').some((p) => p === '..' || p === '.')) {
    throw new Error(`--base-path "${value}" is not a plain URL path; use letters, digits, "-", "_" and "/", e.g. /archive/`);
  }
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/\/{2,}/g, '/');
}

/** The article files of a folder, read but not analysed, and the messages of reading them. */
export interface ReadResult {
  inputs: ArticleInput[];
  messages: Message[];
  /** Milliseconds the reading took. */
  ms: number;
  /** When the reading began (ms since the epoch): files changed since may have changed unseen. */
  scannedAt: number;
}

/**
 * Reads every article file in the folder (the first stage of extract()). With a cache, a file
 * unchanged since the last build (same stat) is not read: what that build learnt of it stands in.
 */
export async function readInputs(options: ExtractOptions = {}): Promise<ReadResult> {
  const started = performance.now();
  const scannedAt = Date.now();
  const dir = path.resolve(options.articles ?? 'articles');
  const known = options.readAll ? undefined : await readKnownFiles(options.cache, await pipelineVersion(), dir);
  const read = await readArticles(dir, { maxFileSize: maxFileSize(options), ...(known ? { known } : {}) });
  return { ...read, ms: performance.now() - started, scannedAt };
}

const maxFileSize = (options: ExtractOptions) => options.maxFileSize ?? 5 * 1024 * 1024;

/**
 * Reads and analyses every article in a folder (`read`: the files, when the caller has read
 * them already). Bad files become messages, never exceptions.
 */
export async function extract(options: ExtractOptions = {}, read?: ReadResult): Promise<ExtractResult> {
  try {
    return await extractOnce(options, read);
  } catch (error) {
    // A file changed under the build after its stat was taken: read every file this time.
    if (!(error instanceof ChangedWhileRead)) throw error;
    return extractOnce(options, await readInputs({ ...options, readAll: true }));
  }
}

async function extractOnce(options: ExtractOptions, read: ReadResult | undefined): Promise<ExtractResult> {
  const dir = path.resolve(options.articles ?? 'articles');
  const basePath = normaliseBasePath(options.basePath);
  const timer = new StageTimer(options.onProgress);
  timer.start('read');
  const { inputs, messages: readMessages, scannedAt } = read ?? (await readInputs(options));
  const messages = [...readMessages];
  const drafts: ArticleDraft[] = [];
  const texts = new Map<string, string | (() => string)>();
  const seen = new Map<string, string>();
  const items: Item[] = [];
  const files = new Map<string, KnownFile>();
  for (const input of inputs) {
    let text: string | undefined;
    let entry = input.known;
    if (!entry) {
      const decoded = decode(input.bytes ?? new Uint8Array(), input.file);
      text = decoded.value.text;
      // One digest of the text keys its cached line keys and analysis. The same article twice
      // (same text after decoding, give or take surrounding blank space) is built once.
      const digest = text === undefined ? null : sha256(text);
      const trimmed = text?.trim();
      entry = { stat: input.stat ?? '', hash: input.hash, digest, same: !trimmed ? null : trimmed === text ? digest : sha256(trimmed), messages: decoded.messages };
    }
    if (input.stat) files.set(input.file, entry);
    messages.push(...entry.messages);
    if (entry.digest === null) continue;
    const first = entry.same ? seen.get(entry.same) : undefined;
    if (first) {
      messages.push(message('duplicate-article', first, input.file));
      continue;
    }
    if (entry.same) seen.set(entry.same, input.file);
    items.push({ file: input.file, text: text ?? '', loaded: text !== undefined, load: input.load, digest: entry.digest, decodeMessages: entry.messages });
  }
  // What this build learnt of each file, for the next one (see cache/known-files.ts).
  await saveKnownFiles(options.cache, await pipelineVersion(), dir, { files, scannedAt });
  // The text of a file known from the last build, read now that it is needed.
  const textOf = (item: Item): string => {
    if (item.loaded) return item.text;
    let read: ReturnType<NonNullable<Item['load']>> | undefined;
    try {
      read = item.load?.();
    } catch {
      // Gone or unreadable since its stat was taken: as changed.
    }
    const decoded = read && 'bytes' in read ? decode(read.bytes, item.file).value.text : undefined;
    if (decoded === undefined || sha256(decoded) !== item.digest) throw new ChangedWhileRead(item.file);
    item.text = decoded;
    item.loaded = true;
    return decoded;
  };
  // Pre-pass: lines that recur across articles are boilerplate in each of them. Each article
  // carries the learned lines it contains: all its analysis depends on from the rest.
  const keys = await cachedLineKeys(items, options.cache, textOf);
  const learned = learnFromKeys(keys);
  items.forEach((item, k) => {
    item.learned = learnedLinesIn(learned, keys[k]!);
    item.entities = options.entities ?? true;
  });
  // Unchanged articles come from the cache; the rest are analysed, in parallel when many.
  timer.start('analyse');
  const version = await pipelineVersion();
  const cache = await AnalysisCache.open(options.cache, version);
  const digests = items.map((i) => cacheKey(i.file, i.digest, JSON.stringify([i.learned, i.entities])));
  const results = items.map((_, k) => cache.get(digests[k]!));
  const missing = results.flatMap((r, k) => (r ? [] : [k]));
  for (const k of missing) textOf(items[k]!);
  const fresh = await analyseMany(
    missing.map((k) => items[k]!),
    {
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.onProgress ? { onProgress: (done: number, total: number) => options.onProgress?.({ stage: 'analyse', done, total }) } : {}),
    },
  );
  missing.forEach((k, n) => {
    results[k] = fresh[n]!;
    cache.set(digests[k]!, fresh[n]!);
  });
  await cache.save();
  items.forEach((item, k) => {
    const { draft, messages: own } = results[k]!;
    messages.push(...own);
    if (!draft) return;
    draft.messages = [...item.decodeMessages, ...own];
    draft.contentKey = createHash('sha1').update(version).update('\0').update(digests[k]!).digest('base64url').slice(0, 20);
    drafts.push(draft);
    texts.set(item.file, item.loaded ? item.text : () => textOf(item));
  });
  timer.start('resolve');
  const authority = await readAuthority(options.authority, dir);
  messages.push(...authority.messages);
  // The last build's scan for known names: unchanged texts are scanned again only where the names changed.
  const code = await codeVersion();
  const knownScan = await readKnownScan(options.cache, code);
  const { knownNames, ...archive } = assemble(drafts, basePath, { authority: authority.value, ...(knownScan ? { knownNames: knownScan } : {}) });
  await saveKnownScan(options.cache, code, knownNames);
  const raw: ExtractResult['raw'] = new Map();
  for (const a of archive.articles) raw.set(a.id, texts.get(a.file) ?? '');
  const byFile = new Map(archive.articles.map((a) => [a.file, a]));
  for (const m of archive.messages) if (m.file) byFile.get(m.file)?.messages.push(m);
  timer.end();
  if (read) timer.timings.read = (timer.timings.read ?? 0) + Math.round(read.ms);
  const stats = { timings: timer.timings, analysed: missing.length, cached: items.length - missing.length };
  return { ...archive, raw, messages: [...messages, ...archive.messages], stats };
}

export type { Message };

/** Each text's line keys (see lineKeys), from the cache when the same text was read before. */
async function cachedLineKeys<T extends { digest: string }>(items: readonly T[], dir: string | undefined, textOf: (item: T) => string): Promise<ArticleLineKeys[]> {
  const cache = await AnalysisCache.open<{ source: string; keys: string[] }>(dir, await pipelineVersion(), 'line-keys.ndjson');
  const keys = items.map((item) => {
    const { digest } = item;
    const known = cache.get(digest);
    if (known) return { source: known.source, keys: new Set(known.keys) };
    const fresh = lineKeys(textOf(item));
    cache.set(digest, { source: fresh.source, keys: [...fresh.keys] });
    return fresh;
  });
  await cache.save();
  return keys;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** An article file known from the last build whose text, read when needed, is not what that build read. */
class ChangedWhileRead extends Error {
  constructor(readonly file: string) {
    super(`${file} changed while the archive was being built; build again`);
  }
}

/** An article on its way to analysis; `text` is read only when needed (`loaded`) for a file known from the last build. */
type Item = AnalyseItem & { decodeMessages: Message[]; digest: string; loaded: boolean; load: ArticleInput['load'] };
