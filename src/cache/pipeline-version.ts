/**
 * The version of the per-article analysis: a hash of every file whose change can change a record
 * (pipeline steps, word lists, models, the package's dependency versions). Cached analyses made
 * by another version are never reused.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * What the analysis depends on, relative to the package root: all of src/ but what NOT_ANALYSIS
 * leaves out (the pipeline imports archive helpers such as name clustering, so listing what it
 * uses one by one goes stale), the models and the locked dependency versions.
 */
const INPUTS = ['src', 'models', 'package-lock.json'];
/**
 * What the per-article analysis never imports (the test walks its import graph to check): the
 * site, and the whole-archive steps (a change to entity resolution must not re-analyse every article).
 */
const NOT_ANALYSIS = new Set([
  'src/site',
  'src/heuristics/site.json',
  'src/archive/assemble.ts',
  'src/archive/char-classes.ts',
  'src/archive/authority.ts',
  'src/archive/entities.ts',
  'src/archive/events.ts',
  'src/archive/known-names.ts',
  'src/archive/slug.ts',
  'src/archive/top-k.ts',
  'src/cli.ts',
  'src/build.ts',
  'src/report.ts',
  'src/extract.ts',
  'src/cache',
  'src/progress.ts',
  'src/index.ts',
]);

let memo: Promise<string> | undefined;

/** Hash of the analysis code and data (computed once per process). */
export function pipelineVersion(): Promise<string> {
  memo ??= compute();
  return memo;
}

function compute(): Promise<string> {
  return hashFiles(INPUTS, NOT_ANALYSIS);
}

let codeMemo: Promise<string> | undefined;

/**
 * Hash of all of the package's code and data (sources, models, templates, assets, Eleventy
 * config, entry points, locked dependencies): any change to the tool changes it. Keys the whole
 * build's "nothing changed" short cut, which must not survive an upgrade.
 */
export function codeVersion(): Promise<string> {
  codeMemo ??= hashFiles(['src', 'models', 'templates', 'public', 'bin', '.eleventy.ts', 'package-lock.json']);
  return codeMemo;
}

/** Hash of the files under `inputs` (relative to the package root), leaving out `exclude` prefixes. */
export async function hashFiles(inputs: readonly string[], exclude: ReadonlySet<string> = new Set()): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const input of inputs) files.push(...(await walk(path.join(ROOT, input))));
  for (const file of files.filter((f) => ![...exclude].some((n) => path.relative(ROOT, f).startsWith(n))).sort()) {
    hash.update(path.relative(ROOT, file));
    hash.update('\0');
    hash.update(await fs.readFile(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The files below a folder of the package (relative to the package root), as paths relative to that folder. */
export async function filesIn(folder: string): Promise<string[]> {
  const root = path.join(ROOT, folder);
  return (await walk(root)).map((f) => path.relative(root, f)).sort();
}

async function walk(target: string): Promise<string[]> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (!stat) return [];
  if (stat.isFile()) return [target];
  const out: string[] = [];
  for (const e of await fs.readdir(target, { withFileTypes: true })) out.push(...(await walk(path.join(target, e.name))));
  return out;
}
