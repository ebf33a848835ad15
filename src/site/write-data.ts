/**
 * Writes the data downloads (JSON, CSV), feeds, sitemap, robots.txt and the raw article texts
 * into the output folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExtractResult } from '../extract.ts';
import settings from '../heuristics/site.json' with { type: 'json' };
import { articlesCsv } from './csv.ts';
import type { EventRecord } from './events.ts';
import { atomFeed, jsonFeed } from './feeds.ts';
import { type FileMaker, fingerprint } from './incremental.ts';
import type { KeyedLines } from './record-lines.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';

/**
 * A JSON array with one record per line: valid JSON for any parser, and a record per line for
 * grep, diff and line-based tools. A third of the size of an indented array (a 19,000-article
 * archive's entities.json was 37 MB indented), and made in half the time.
 */
export function jsonRecords(records: readonly unknown[]): string {
  if (records.length === 0) return '[]\n';
  let out = '[\n';
  records.forEach((r, i) => {
    out += `${JSON.stringify(r)}${i < records.length - 1 ? ',' : ''}\n`;
  });
  return `${out}]\n`;
}

/** The public records as written to data/articles.json (ordered newest first). */
export function articlesJson(archive: ExtractResult): string {
  return jsonRecords(archive.articles);
}

/**
 * data/articles.json: from keyed lines when the code version and every article's content key are
 * known. A record's key covers what its line holds: its content key stands for what the article's
 * analysis gave (title, body, dates, provenance ...), and the rest (id, URL, source, resolved
 * entities, messages) is hashed with the code version, which covers how a record is put together.
 */
function articlesJsonMaker(archive: ExtractResult, code: string | undefined): FileMaker {
  const make = () => articlesJson(archive);
  const keys = archive.contentKeys;
  if (code === undefined || !keys || !archive.articles.every((a) => keys.has(a.id))) return make;
  const records = archive.articles;
  const lines: KeyedLines = {
    keys: records.map((a) => fingerprint(JSON.stringify([code, keys.get(a.id), a.id, a.url, a.source, a.entities, a.messages]))),
    line: (i) => JSON.stringify(records[i]),
  };
  return Object.assign(make, { print: `l${fingerprint(lines.keys.join('\n'))}`, lines });
}

/** True when `target` is strictly inside `root` (both absolute). */
export function isWithin(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * Writes `content` to `rel` under `out`, refusing any path that leaves `out`: by its name
 * ("../x", an absolute path) or through a symbolic link already in the output folder.
 */
export async function writeInside(out: string, rel: string, content: string | Uint8Array): Promise<void> {
  const root = path.resolve(out);
  const target = path.resolve(root, rel);
  if (!isWithin(root, target)) throw new Error(`refusing to write outside the output folder: ${rel}`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const [realRoot, realDir] = await Promise.all([fs.realpath(root), fs.realpath(path.dirname(target))]);
  if (realDir !== realRoot && !isWithin(realRoot, realDir)) throw new Error(`refusing to write through a link out of the output folder: ${rel}`);
  const existing = await fs.lstat(target).catch(() => undefined);
  if (existing?.isSymbolicLink()) await fs.unlink(target);
  await fs.writeFile(target, content);
}

/** The bytes of `rel` under `out`: undefined when it is missing, a link, or names a path outside `out`. */
export async function readInside(out: string, rel: string): Promise<Uint8Array | undefined> {
  const root = path.resolve(out);
  const target = path.resolve(root, rel);
  if (!isWithin(root, target)) return undefined;
  const stat = await fs.lstat(target).catch(() => undefined);
  return stat?.isFile() ? fs.readFile(target).catch(() => undefined) : undefined;
}

export interface WriteOptions {
  title: string;
  basePath: string;
  siteUrl?: string;
  events: readonly EventRecord[];
  /** Page paths relative to the site root ('articles/x/'), for the sitemap. */
  pages: readonly string[];
  /**
   * The version of the tool's code (see codeVersion): with it, and every article's content key,
   * articles.json is made from keyed lines (a rebuild serialises only the records that changed).
   */
  code?: string;
}

/** Every data file of the site: output path (relative to `out`) -> content. Pure. */
export function dataFiles(archive: ExtractResult, o: WriteOptions = { title: 'News Archive', basePath: '/', events: [], pages: [] }): Map<string, string> {
  return new Map([...dataFileMakers(archive, o)].map(([file, make]) => [file, make()]));
}

/**
 * dataFiles with each content made only when asked for (a large archive's downloads are 100 MB
 * together). A raw text's fingerprint is its article's content key, which covers the text. Pure.
 */
export function dataFileMakers(archive: ExtractResult, o: WriteOptions): Map<string, FileMaker> {
  const files = new Map<string, FileMaker>();
  const feed = { title: o.title, basePath: o.basePath, size: settings.pages.feedSize, ...(o.siteUrl ? { siteUrl: o.siteUrl } : {}) };
  files.set('data/articles.json', articlesJsonMaker(archive, o.code));
  files.set('data/articles.csv', () => articlesCsv(archive.articles));
  files.set('data/entities.json', () => jsonRecords(archive.entities));
  files.set('data/sources.json', () => jsonRecords(archive.sources));
  files.set('data/events.json', () => jsonRecords(o.events));
  files.set('feed.xml', () => atomFeed(archive.articles, feed));
  files.set('feed.json', () => jsonFeed(archive.articles, feed));
  files.set('robots.txt', () => robotsTxt(o.siteUrl));
  if (o.siteUrl) {
    const { siteUrl } = o;
    files.set('sitemap.xml', () => sitemapXml(o.pages, siteUrl));
  }
  for (const [id, text] of archive.raw) {
    const key = archive.contentKeys?.get(id);
    files.set(`raw/${id}.txt`, Object.assign(() => (typeof text === 'string' ? text : text()), key === undefined ? {} : { print: `k${key}` }));
  }
  return files;
}
