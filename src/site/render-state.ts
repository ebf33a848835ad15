/**
 * The file-system side of incremental rendering: where the last build's manifest lives, the
 * version of the templates, and removing outputs that no longer exist.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { filesIn, hashFiles } from '../cache/pipeline-version.ts';
import type { RenderManifest } from './incremental.ts';
import { isWithin } from './write-data.ts';
import { writeFileAtomic } from '../cache/write-atomic.ts';

/**
 * Everything a page's HTML depends on besides its own data (whose fingerprint covers what the
 * pipeline and the site model computed): templates, assets, the site code that turns data into
 * HTML (filters, body rendering), its settings, the Eleventy config and the locked libraries. A
 * pipeline change alone re-renders only the pages whose data it changed.
 */
const SITE_INPUTS = ['templates', 'public', 'src/site', 'src/heuristics/site.json', '.eleventy.ts', 'package-lock.json'];

/** Version of the rendering: the site's code and templates plus the settings every page shows. */
export async function siteVersion(settings: Record<string, unknown>): Promise<string> {
  return createHash('sha256')
    .update(await hashFiles(SITE_INPUTS))
    .update(JSON.stringify(settings))
    .digest('hex')
    .slice(0, 16);
}

/** Where the manifest of the build into `out` is kept, inside the cache folder. */
export function manifestPath(cacheDir: string, out: string): string {
  const key = createHash('sha256').update(path.resolve(out)).digest('hex').slice(0, 12);
  return path.join(cacheDir, `render-${key}.json`);
}

/** The manifest saved by the last build, or undefined (none, or unreadable: render everything). */
export async function readManifest(file: string | undefined): Promise<RenderManifest | undefined> {
  if (!file) return undefined;
  try {
    const value = JSON.parse(await fs.readFile(file, 'utf8')) as RenderManifest;
    return typeof value.version === 'string' && value.pages && typeof value.pages === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

export async function saveManifest(file: string | undefined, manifest: RenderManifest): Promise<void> {
  if (!file) return;
  await writeFileAtomic(file, JSON.stringify(manifest));
}

/** The files copied from public/ into the output folder, relative to it. */
export function publicOutputs(): Promise<string[]> {
  return filesIn('public');
}

/** True when every output (relative paths under `out`) is on disk. */
export function allPresent(out: string, rels: readonly string[]): boolean {
  const exists = existsIn(out);
  return rels.every(exists);
}

/** A test of whether an output (relative path) is on disk under `out`. */
export function existsIn(out: string): (rel: string) => boolean {
  return (rel) => existsSync(path.join(out, rel));
}

/**
 * Deletes outputs that the site no longer has (relative paths under `out`), then the folders
 * they leave empty. Paths outside `out` are ignored.
 */
export async function removeOutputs(out: string, rels: readonly string[]): Promise<number> {
  const root = path.resolve(out);
  let removed = 0;
  for (const rel of rels) {
    const target = path.resolve(root, rel);
    if (!isWithin(root, target)) continue;
    await fs.rm(target, { force: true });
    removed++;
    let dir = path.dirname(target);
    while (isWithin(root, dir)) {
      const left = await fs.readdir(dir).catch(() => undefined);
      if (!left || left.length > 0) break;
      await fs.rmdir(dir).catch(() => undefined);
      dir = path.dirname(dir);
    }
  }
  return removed;
}
