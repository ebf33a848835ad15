/**
 * Incremental rendering: decide which pages to render from a fingerprint of the data each page
 * shows. Every page template paginates over a list of page items; an item whose fingerprint
 * (and the templates' version) is unchanged since the last build, and whose file is still on
 * disk, is left out of the list, so Eleventy neither renders nor rewrites it. Pages that no
 * longer exist are removed.
 */
import { createHash } from 'node:crypto';
import type { BuildRecord } from '../cache/up-to-date.ts';
import { type KeyedLines, type WrittenLines, joinLines, linesByKey } from './record-lines.ts';

/** One page to write: its output path (relative to the output folder) and its data. */
export interface PageItem {
  path: string;
}

/** What the last build wrote: template version and a fingerprint per output path. */
export interface RenderManifest {
  version: string;
  /** Pages rendered by Eleventy. */
  pages: Record<string, string>;
  /** Files written directly (data downloads, feeds, raw texts). */
  files?: Record<string, string>;
  /** The lines of the records files made from keyed lines (see FileMaker.lines), by file. */
  lines?: Record<string, WrittenLines>;
  /** Fingerprint of each search index shard's records. */
  search?: string[];
  /** Digest of the inputs of each entity's and article's pages, by 'entity:<id>' and 'article:<id>' (see page-digests.ts). */
  inputs?: Record<string, string>;
  /** The inputs and figures of the build that wrote this manifest (see cache/up-to-date.ts). */
  build?: BuildRecord;
}

export interface RenderPlan<T extends { [K in keyof T]: PageItem[] }> {
  /** The same lists, keeping only the pages to render. */
  lists: T;
  /** Output paths of pages that existed last time and exist no more. */
  remove: string[];
  /** The manifest to save after the build. */
  manifest: RenderManifest;
  rendered: number;
  skipped: number;
}

/** A short hash of a page's data (its JSON), or of a file's text or bytes. */
export function fingerprint(value: unknown): string {
  return createHash('sha1')
    .update(typeof value === 'string' || value instanceof Uint8Array ? value : JSON.stringify(value))
    .digest('base64url')
    .slice(0, 16);
}

/**
 * The fingerprint of a page item: the hash of its JSON, fed in parts. Objects inside the item's
 * top-level arrays (the article links an entity, source or timeline page lists) are serialised
 * once per build through `memo` and shared by every page that lists them: on a large archive the
 * same link appears on dozens of pages, and serialising it again for each made fingerprinting as
 * costly as building the pages' data. Equal items give equal prints, any change a different one.
 */
export function pagePrint(item: object, memo: WeakMap<object, string>): string {
  const hash = createHash('sha1');
  const json = (value: unknown) => {
    if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
    let text = memo.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      memo.set(value, text);
    }
    return text;
  };
  hash.update('{');
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined || typeof value === 'function') continue;
    hash.update(`${JSON.stringify(key)}:`);
    if (Array.isArray(value)) {
      hash.update('[');
      for (const element of value) {
        hash.update(json(element));
        hash.update(',');
      }
      hash.update(']');
    } else hash.update(JSON.stringify(value));
    hash.update(',');
  }
  return hash.update('}').digest('base64url').slice(0, 16);
}

/**
 * Plans a build: `lists` are all pages by template; `previous` the last manifest (if any);
 * `exists` tells whether an output file is on disk; `kept`: pages known to be unchanged without
 * their data (the last build's, same version), kept with their last fingerprints.
 */
export function planRender<T extends { [K in keyof T]: PageItem[] }>(
  lists: T,
  version: string,
  previous: RenderManifest | undefined,
  exists: (path: string) => boolean,
  kept: readonly string[] = [],
): RenderPlan<T> {
  const same = previous?.version === version;
  const pages: Record<string, string> = {};
  let skipped = 0;
  for (const path of kept) {
    const print = same ? previous?.pages[path] : undefined;
    if (print === undefined) throw new Error(`${path} is kept from the last build, which did not write it`);
    pages[path] = print;
    skipped++;
  }
  const out = {} as Record<string, PageItem[]>;
  let rendered = 0;
  const memo = new WeakMap<object, string>();
  for (const [name, items] of Object.entries(lists) as [string, PageItem[]][]) {
    out[name] = items.filter((item) => {
      const print = pagePrint(item, memo);
      if (pages[item.path] !== undefined) throw new Error(`two pages would be written to ${item.path}`);
      pages[item.path] = print;
      const keep = !same || previous?.pages[item.path] !== print || !exists(item.path);
      if (keep) rendered++;
      else skipped++;
      return keep;
    });
  }
  const remove = previous ? Object.keys(previous.pages).filter((p) => pages[p] === undefined).sort() : [];
  return { lists: out as T, remove, manifest: { version, pages }, rendered, skipped };
}

/**
 * Makes a data file's content. `print`, when set, is the file's fingerprint known without making
 * it (from digests made earlier): it must change whenever the content does. `lines`, with a
 * print, makes the file from keyed lines instead (see record-lines.ts): a rebuild then takes the
 * lines of unchanged records from the file the last build wrote.
 */
export type FileMaker = (() => string) & { print?: string; lines?: KeyedLines };

/** Reading and writing a file of the output folder (relative path). */
export interface FileAccess {
  exists: (path: string) => boolean;
  write: (file: string, content: Uint8Array) => Promise<void>;
  /** The file's bytes, undefined when it cannot be read. */
  read: (file: string) => Promise<Uint8Array | undefined>;
}

/**
 * Writes the data files that are new, changed or missing on disk. Each file (output path -> a
 * function making its content) is made, fingerprinted and, when needed, passed to `write` before
 * the next is made: only one file's content is held at once (a large archive's data downloads are
 * 100 MB together). A file with a known fingerprint is made only when it is written. Returns the
 * files written, the last build's files this one no longer has, and every file's fingerprint.
 */
export async function writeChangedFiles(
  files: ReadonlyMap<string, FileMaker>,
  version: string,
  previous: RenderManifest | undefined,
  io: FileAccess,
): Promise<{ write: string[]; remove: string[]; prints: Record<string, string>; lines: Record<string, WrittenLines> }> {
  const prints: Record<string, string> = {};
  const lines: Record<string, WrittenLines> = {};
  const written: string[] = [];
  for (const [file, make] of files) {
    // Encoded once, for the hash and the file alike (the downloads of a large archive are 100 MB).
    const content = make.print === undefined ? Buffer.from(make()) : undefined;
    prints[file] = make.print ?? fingerprint(content!);
    const keyed = make.lines && make.print !== undefined ? make.lines : undefined;
    const before = previous?.lines?.[file];
    if (!mustWrite(file, prints[file], version, previous, io.exists)) {
      if (keyed && before) lines[file] = before;
      continue;
    }
    if (keyed) {
      const bytes = Buffer.from(joinLines(keyed, before && previous?.version === version ? await reusableLines(io, file, before) : undefined));
      lines[file] = { keys: [...keyed.keys], bytes: fingerprint(bytes) };
      await io.write(file, bytes);
    } else await io.write(file, content ?? Buffer.from(make()));
    written.push(file);
  }
  return { write: written, remove: staleFiles(prints, previous), prints, lines };
}

/** The lines of the records file the last build wrote, by key, when it is on disk unchanged. */
async function reusableLines(io: FileAccess, file: string, before: WrittenLines): Promise<Map<string, string> | undefined> {
  const bytes = await io.read(file);
  if (!bytes || fingerprint(bytes) !== before.bytes) return undefined;
  return linesByKey(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), before);
}

function mustWrite(file: string, print: string, version: string, previous: RenderManifest | undefined, exists: (path: string) => boolean): boolean {
  return previous?.version !== version || previous.files?.[file] !== print || !exists(file);
}

/** Files the last build wrote that this one does not (and that are not pages). */
function staleFiles(prints: Record<string, string>, previous: RenderManifest | undefined): string[] {
  const same = previous?.files;
  return same ? Object.keys(same).filter((f) => prints[f] === undefined && previous?.pages[f] === undefined).sort() : [];
}
