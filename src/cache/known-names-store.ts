/**
 * The last build's scan for known names (see archive/known-names.ts), kept in the cache folder so
 * a rebuild scans again only the texts a change can reach. Stamped with the tool's code version:
 * a scan made by other code is never reused. An unreadable file is no scan (the texts are scanned).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { KnownScan } from '../archive/known-names.ts';
import { writeFileAtomic } from './write-atomic.ts';

const FILE = 'known-names.json';

/** The scan saved in `dir` by the same code version, or undefined. */
export async function readKnownScan(dir: string | undefined, version: string): Promise<KnownScan | undefined> {
  if (!dir) return undefined;
  try {
    const stored = JSON.parse(await fs.readFile(path.join(dir, FILE), 'utf8')) as { version?: string; scan?: KnownScan };
    const scan = stored.version === version ? stored.scan : undefined;
    return scan && Array.isArray(scan.entries) && scan.hits && typeof scan.hits === 'object' ? scan : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the scan into `dir` (written whole, then renamed into place). */
export async function saveKnownScan(dir: string | undefined, version: string, scan: KnownScan | undefined): Promise<void> {
  if (!dir || !scan) return;
  await writeFileAtomic(path.join(dir, FILE), JSON.stringify({ version, scan }));
}
