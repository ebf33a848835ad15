/**
 * Reads the articles folder: regular files only (links and special files are reported, never
 * followed or opened), bounded size, a fixed order so builds are deterministic.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { message } from '../messages.ts';
import type { ArticleInput, Message } from '../types.ts';

export interface ReadOptions {
  /** Largest file read, in bytes. */
  maxFileSize: number;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);

/** Lists and reads every article file below `dir`. */
export async function readArticles(dir: string, options: ReadOptions): Promise<{ inputs: ArticleInput[]; messages: Message[] }> {
  const messages: Message[] = [];
  const inputs: ArticleInput[] = [];
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) throw new Error('not a folder');
  } catch {
    return { inputs, messages: [message('articles-missing', dir)] };
  }
  const files = await listFiles(dir, '', messages);
  files.sort();
  for (const file of files) {
    const full = path.join(dir, file);
    try {
      const stat = await fs.lstat(full);
      if (!stat.isFile()) {
        messages.push(message('not-regular-file', stat.isSymbolicLink() ? 'a symbolic link' : 'a special file', file));
        continue;
      }
      if (stat.size > options.maxFileSize) {
        messages.push(message('file-too-large', `${stat.size} bytes, limit ${options.maxFileSize}`, file));
        continue;
      }
      // O_NOFOLLOW and O_NONBLOCK: a link swapped in after lstat, or a FIFO, cannot hang or escape.
      const handle = await fs.open(full, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
      try {
        const again = await handle.stat();
        if (!again.isFile()) {
          messages.push(message('not-regular-file', 'a special file', file));
          continue;
        }
        inputs.push({ file, bytes: await handle.readFile() });
      } finally {
        await handle.close();
      }
    } catch (error) {
      messages.push(message('read-failed', (error as NodeJS.ErrnoException).code ?? String(error), file));
    }
  }
  if (inputs.length === 0 && messages.length === 0) messages.push(message('no-articles', dir));
  return { inputs, messages };
}

async function listFiles(root: string, rel: string, messages: Message[]): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const file = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, file, messages)));
    else if (entry.isSymbolicLink()) messages.push(message('not-regular-file', 'a symbolic link', file));
    else if (ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      if (entry.isFile()) out.push(file);
      else messages.push(message('not-regular-file', 'a special file', file));
    }
  }
  return out;
}
