/**
 * Reads the articles folder: regular files only, bounded size, bounded concurrency, a fixed
 * order so builds are deterministic. Special files (FIFOs, sockets, devices) are never opened
 * for reading in a way that can block; symbolic links are followed only to a regular file inside
 * the folder, so a link cannot publish /etc/passwd.
 */
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { message } from '../messages.ts';
import type { ArticleInput, Message } from '../types.ts';
import { mapLimited } from './limit.ts';
import { type KnownFiles, knownFor, statSignature } from '../cache/known-files.ts';
import { createHash } from 'node:crypto';

export interface ReadOptions {
  /** Largest file read, in bytes. */
  maxFileSize: number;
  /** Files read at once. Default 8. */
  concurrency?: number;
  /** The last build's files (see cache/known-files.ts): a file it knew, unchanged, is not read. */
  known?: KnownFiles;
}

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);
/** How deep sub-folders are read: deeper nesting is not an article collection. */
const MAX_DEPTH = 16;

type Outcome = { input: ArticleInput } | { message: Message };

// Paths are handled as byte strings (latin1: one char per byte) and handed to fs as Buffers, so
// a file name that is not valid UTF-8 (old archives, Windows zips) is still found and read.
const bytesOf = (p: string) => Buffer.from(p, 'latin1');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** A byte-string path as people read it: UTF-8, or with non-ASCII bytes as %XX when it is not UTF-8 (distinct names stay distinct). */
function shown(p: string): string {
  try {
    return strictUtf8.decode(bytesOf(p));
  } catch {
    return p.replace(/[\u0080-\u00ff]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
}

/** Lists and reads every article file below `dir`. */
export async function readArticles(dir: string, options: ReadOptions): Promise<{ inputs: ArticleInput[]; messages: Message[] }> {
  const messages: Message[] = [];
  let root: string;
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) throw new Error('not a folder');
    root = (await fs.realpath(dir, { encoding: 'buffer' })).toString('latin1');
  } catch {
    return { inputs: [], messages: [message('articles-missing', dir)] };
  }
  if (!Number.isFinite(options.maxFileSize) || options.maxFileSize <= 0) {
    throw new Error(`the maximum file size must be a positive number of bytes, got ${options.maxFileSize}`);
  }
  const files = await listFiles(root, '', 0, messages);
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const outcomes = await mapLimited(files, options.concurrency ?? 8, (file) => readOne(root, file, options.maxFileSize, options.known));
  const inputs: ArticleInput[] = [];
  for (const o of outcomes) {
    if ('input' in o) inputs.push(o.input);
    else messages.push(o.message);
  }
  if (inputs.length === 0) messages.push(message('no-articles', dir));
  return { inputs, messages };
}

// Each file is read with synchronous calls: nothing else runs meanwhile, and a folder of 20,000
// small files reads several times faster than through the thread pool, one promise per call.
async function readOne(root: string, rel: string, maxFileSize: number, known: KnownFiles | undefined): Promise<Outcome> {
  const file = shown(rel);
  let full = path.join(root, rel);
  try {
    const link = fsSync.lstatSync(bytesOf(full));
    if (link.isSymbolicLink()) {
      // Followed only when it ends at a regular file inside the articles folder.
      const target = (await fs.realpath(bytesOf(full), { encoding: 'buffer' }).catch(() => undefined))?.toString('latin1');
      if (!target) return { message: message('not-regular-file', 'a symbolic link to nothing', file) };
      if (target === root) return { message: message('not-regular-file', 'a symbolic link to the articles folder itself', file) };
      if (!isInside(root, target)) return { message: message('link-outside', 'a symbolic link', file) };
      full = target;
    }
    const stat = link.isSymbolicLink() ? fsSync.lstatSync(bytesOf(full)) : link;
    if (!stat.isFile()) return { message: message('not-regular-file', kindOf(stat), file) };
    if (stat.size > maxFileSize) return { message: message('file-too-large', `${stat.size} bytes, limit ${maxFileSize}`, file) };
    const resolvedPath = full;
    const load = () => readBytes(resolvedPath, maxFileSize);
    const same = knownFor(known, file, stat);
    if (same) return { input: { file, hash: same.hash, stat: same.stat, known: same, load } };
    const bytes = load();
    if ('message' in bytes) return { message: message(bytes.message[0], bytes.message[1], file) };
    return { input: { file, bytes: bytes.bytes, hash: createHash('sha256').update(bytes.bytes).digest('hex'), stat: statSignature(stat), load } };
  } catch (error) {
    return { message: message('read-failed', (error as NodeJS.ErrnoException).code ?? String(error), file) };
  }
}

/**
 * A regular file's bytes, at most `maxFileSize`. O_NOFOLLOW and O_NONBLOCK: a link or FIFO
 * swapped in after lstat cannot escape or hang. Throws when it cannot be read.
 */
function readBytes(full: string, maxFileSize: number): { bytes: Uint8Array } | { message: ['not-regular-file' | 'file-too-large', string] } {
  const fd = fsSync.openSync(bytesOf(full), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  try {
    const again = fsSync.fstatSync(fd);
    if (!again.isFile()) return { message: ['not-regular-file', kindOf(again)] };
    // Read at most one byte past the limit: a file that grew since stat is still bounded.
    const buffer = new Uint8Array(Math.min(again.size, maxFileSize) + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = fsSync.readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxFileSize) return { message: ['file-too-large', `more than ${maxFileSize} bytes`] };
    return { bytes: buffer.subarray(0, length) };
  } finally {
    fsSync.closeSync(fd);
  }
}

async function listFiles(root: string, rel: string, depth: number, messages: Message[]): Promise<string[]> {
  let entries: import('node:fs').Dirent<Buffer>[];
  try {
    entries = await fs.readdir(bytesOf(path.join(root, rel)), { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    messages.push(message('read-failed', (error as NodeJS.ErrnoException).code ?? String(error), shown(rel) || '.'));
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const name = entry.name.toString('latin1');
    if (name.startsWith('.')) continue;
    const rel2 = rel ? `${rel}/${name}` : name;
    const file = shown(rel2);
    if (entry.isDirectory()) {
      if (depth >= MAX_DEPTH) messages.push(message('not-regular-file', `a folder nested deeper than ${MAX_DEPTH} levels`, file));
      else out.push(...(await listFiles(root, rel2, depth + 1, messages)));
    } else if (!ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase())) {
      messages.push(message('not-an-article', shown(path.extname(name)) || 'no extension', file));
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      out.push(rel2);
    } else {
      messages.push(message('not-regular-file', entry.isFIFO() ? 'a FIFO (named pipe)' : entry.isSocket() ? 'a socket' : 'a device', file));
    }
  }
  return out;
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** True when `target` is strictly below `root`. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
