/**
 * What the last build learnt of each article file, by its stat signature (git's index idea): a
 * file with the same size, modification and change times, inode and device is taken to hold the
 * same bytes, so a rebuild neither reads nor decodes nor hashes it unless it needs its text (a
 * changed analysis, a missing raw download). A file modified no earlier than the scan that
 * recorded it could have changed within the same instant after it was read ("racily clean"), so
 * it is read again. Stamped with the analysis version (decoding is part of it). An unreadable
 * store is no store: every file is read.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { KnownFile } from '../types.ts';

export type { KnownFile };
import { writeFileAtomic } from './write-atomic.ts';

const FILE = 'known-files.json';

/** The files of the last build and when its scan started (ms since the epoch). */
export interface KnownFiles {
  files: ReadonlyMap<string, KnownFile>;
  scannedAt: number;
}

/** The signature a file is remembered by. */
export function statSignature(s: { size: number; mtimeMs: number; ctimeMs: number; ino: number; dev: number }): string {
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}`;
}

/** The last build's entry for a file with this stat, when it can stand for the file's bytes. */
export function knownFor(known: KnownFiles | undefined, file: string, s: Parameters<typeof statSignature>[0]): KnownFile | undefined {
  const entry = known?.files.get(file);
  if (!entry || entry.stat !== statSignature(s)) return undefined;
  // Changed no earlier than the scan began: it may have changed again unseen within the same tick.
  return s.mtimeMs < known!.scannedAt && s.ctimeMs < known!.scannedAt ? entry : undefined;
}

/** The store saved in `dir` by the same version, or undefined. */
export async function readKnownFiles(dir: string | undefined, version: string, articles: string): Promise<KnownFiles | undefined> {
  if (!dir) return undefined;
  try {
    const stored = JSON.parse(await fs.readFile(path.join(dir, FILE), 'utf8')) as { version?: string; articles?: string; scannedAt?: number; files?: [string, KnownFile][] };
    if (stored.version !== version || stored.articles !== articles || typeof stored.scannedAt !== 'number' || !Array.isArray(stored.files)) return undefined;
    // A damaged entry would stand for a file it does not describe: then the store is no store.
    if (!stored.files.every(isEntry)) return undefined;
    return { files: new Map(stored.files), scannedAt: stored.scannedAt };
  } catch {
    return undefined;
  }
}

const isEntry = (e: unknown): e is [string, KnownFile] => {
  if (!Array.isArray(e) || typeof e[0] !== 'string') return false;
  const f = e[1] as Partial<KnownFile> | null;
  return (
    !!f &&
    typeof f.stat === 'string' &&
    typeof f.hash === 'string' &&
    (f.digest === null || typeof f.digest === 'string') &&
    (f.same === null || typeof f.same === 'string') &&
    Array.isArray(f.messages)
  );
};

/** Saves this build's files (written whole, then renamed into place). */
export async function saveKnownFiles(dir: string | undefined, version: string, articles: string, known: KnownFiles): Promise<void> {
  if (!dir) return;
  await writeFileAtomic(path.join(dir, FILE), JSON.stringify({ version, articles, scannedAt: known.scannedAt, files: [...known.files] }));
}
