/**
 * The whole-build short cut (make's idea, applied to the build as a whole): when every input of
 * a build is what it was for the last one (each article file's bytes, what reading them
 * reported, the authority file, the options that reach the output, the version of the tool's code
 * and of the site settings) and every output of the last build is still on disk, the output is already
 * what this build would write, so there is nothing to do. The last build's figures and messages
 * are kept with its manifest so the short cut still reports them.
 */
import { createHash } from 'node:crypto';
import type { ArticleInput, Message } from '../types.ts';

/** What a build reported, kept for the next build that finds nothing changed. */
export interface BuildRecord {
  /** Key of the inputs (see inputKey). */
  input: string;
  articles: number;
  entities: number;
  sources: number;
  /** Pages of the site (rendered or left as they were). */
  pages: number;
  searchPages: number;
  searchShards?: number;
  messages: Message[];
}

export interface BuildInputs {
  /** The article files as read (names and hashes of their bytes), and the messages of reading them. */
  inputs: readonly Pick<ArticleInput, 'file' | 'hash'>[];
  readMessages: readonly Message[];
  /** Versions of the tool (all its code, data files and templates) and of the site settings. */
  versions: readonly string[];
  /** Options that change the output (base path, title, site URL, search on or off, ...). */
  options: Record<string, unknown>;
  /** The entity authority as read (entries and messages). */
  authority: unknown;
}

/** A hash of everything a build's output depends on. Pure. */
export function inputKey(b: BuildInputs): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([b.versions, b.options, b.authority, b.readMessages]));
  for (const input of b.inputs) {
    hash.update('\0').update(input.file).update('\0').update(input.hash);
  }
  return hash.digest('hex');
}

/** The outputs a manifest lists (pages, data files, search bundles, copied assets), relative to the output folder. */
export function recordedOutputs(manifest: { pages: Record<string, string>; files?: Record<string, string> }, extra: readonly string[]): string[] {
  return [...Object.keys(manifest.pages), ...Object.keys(manifest.files ?? {}), ...extra];
}
