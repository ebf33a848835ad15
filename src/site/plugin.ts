/**
 * The Eleventy plugin: hands the archive to the templates as global data, adds the filters the
 * templates use, copies public/, and writes the data downloads after each build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessagePort } from 'node:worker_threads';
import { type ExtractOptions, type ExtractResult, extract } from '../extract.ts';
import type { BuildRecord } from '../cache/up-to-date.ts';
import { codeVersion } from '../cache/pipeline-version.ts';
import type { OnProgress } from '../progress.ts';
import { jsonForScript, safeUrl, xmlSafe } from './safe-json.ts';
import { type RenderManifest, planRender, writeChangedFiles } from './incremental.ts';
import { type PageItem, type PageLists, pageLists, sitemapPaths, withBodies } from './page-lists.ts';
import { existsIn, readManifest, removeOutputs, saveManifest, siteVersion } from './render-state.ts';
import { cacheNunjucksTemplates } from './nunjucks-cache.ts';
import { type SearchIndexResult, type SearchWorker, searchItemsOf, startSearchWorker, writeSearchIndex } from './search-index.ts';
import type { ArticleLinks } from './article-links.ts';
import { type SiteModel, type SiteOptions, buildSiteModel } from './view-model.ts';
import { dataFileMakers, readInside, writeInside } from './write-data.ts';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SiteContext {
  archive: ExtractResult;
  model: SiteModel;
  out: string;
  basePath: string;
  siteTitle: string;
  /** Absolute URL the site is published at (canonical URLs, sitemap, feeds). */
  siteUrl?: string;
  /** When set, the archive is read again from disk before each rebuild (watch mode). */
  reload?: ExtractOptions;
  /** Every page of the site, by template. */
  lists: PageLists;
  /** The pages this build renders (all of them unless a manifest says some are up to date). */
  render?: ReturnType<typeof withBodies>;
  /** Incremental rendering: where the manifest is kept, and what the last build did. */
  incremental: RenderState;
  /** Told of each page written (stage 'render'). */
  onProgress?: OnProgress;
  /** Build the search index (alongside the rendering, in Pagefind's own process). */
  search?: boolean;
  /** The rendering's version, when build() computed it already (see siteVersion). */
  version?: string;
  /** The search index, when build() started it before the site model (see startSearch). */
  searchRun?: Promise<SearchIndexResult>;
  /** Set by build() when it renders in batches: it plans and finishes the run itself. */
  batched?: boolean;
  /** Pages this run renders (for the progress line). */
  rendering?: number;
}

export interface RenderState {
  /** Manifest file (in the cache folder); unset: no manifest, every build renders every page. */
  manifestFile?: string;
  manifest?: RenderManifest;
  /** Figures of the last build, for the summary. */
  last?: { rendered: number; skipped: number; removed: number; filesWritten: number };
  /** The last search index run (unset when search is off). */
  search?: SearchIndexResult;
  /** Key of this build's inputs, kept in the manifest with its figures (see cache/up-to-date.ts). */
  inputKey?: string;
}

const HANDOFF = Symbol.for('news-archive.site-context');

/** Passes a prepared context to the next Eleventy config load (build() -> .eleventy.ts). */
export function handOff(context: SiteContext): void {
  (globalThis as Record<symbol, unknown>)[HANDOFF] = context;
}

/** The context build() prepared, or one read from ./articles when Eleventy runs on its own. */
export async function resolveSiteContext(): Promise<SiteContext> {
  const given = (globalThis as Record<symbol, unknown>)[HANDOFF] as SiteContext | undefined;
  if (given) return given;
  const reload: ExtractOptions = { articles: path.resolve('articles'), basePath: '/' };
  return contextFor(await extract(reload), { out: path.resolve('_site'), basePath: '/', siteTitle: 'News Archive', reload });
}

/**
 * Builds a site context from an extracted archive. `links`: the articles' related and same-story
 * links when a worker thread works them out (see article-links.ts); else they are worked out here.
 */
export async function contextFor(
  archive: ExtractResult,
  o: Omit<SiteContext, 'archive' | 'model' | 'lists' | 'incremental'> & { incremental?: RenderState },
  links?: Promise<ArticleLinks>,
): Promise<SiteContext> {
  const unchanged = unchangedPages(o.incremental?.manifest, o.version, o.out);
  const model = await buildSiteModel(archive, o.basePath, o.siteTitle, { events: archive.events, ...(o.siteUrl ? { siteUrl: o.siteUrl } : {}), ...(unchanged ? { unchanged } : {}), ...(links ? { links } : {}) });
  return { ...o, archive, model, lists: pageLists(model), incremental: o.incremental ?? {} };
}

/**
 * Which entities' and articles' pages the last build wrote from the same inputs: same site
 * version, same digest, and every page in its manifest and on disk. Unset without a manifest of
 * this version.
 */
function unchangedPages(manifest: RenderManifest | undefined, version: string | undefined, out: string): SiteOptions['unchanged'] {
  const digests = manifest?.inputs;
  if (!digests || !version || manifest.version !== version) return undefined;
  const exists = existsIn(out);
  return (key, digest, paths) => digests[key] === digest && paths.every((p) => manifest.pages[`${p}index.html`] !== undefined && exists(`${p}index.html`));
}

/** The page files of the entities and articles left as the last build wrote them. */
function keptPages(model: SiteModel): string[] {
  return [...model.pageInputs.values()].flatMap((e) => (e.unchanged ? e.paths.map((p) => `${p}index.html`) : []));
}

/** A search run whose failure is a result (errors), never an unhandled rejection. */
function settle(run: Promise<SearchIndexResult>): Promise<SearchIndexResult> {
  return run.catch((error: unknown) => ({ pages: 0, indexed: 0, prints: [], errors: [error instanceof Error ? error.message : String(error)] }));
}

/** What every page shows besides its own data: a change re-renders every page. */
export function siteSettings(context: Pick<SiteContext, 'basePath' | 'siteTitle' | 'siteUrl'>): Record<string, unknown> {
  return { basePath: context.basePath, title: context.siteTitle, siteUrl: context.siteUrl ?? null };
}

// biome-ignore lint/suspicious/noExplicitAny: Eleventy ships no types for its config object.
type EleventyConfig = any;

/** Registers the archive's data, filters, assets and data writer on an Eleventy config. */
export function archiveSite(eleventyConfig: EleventyConfig, context: SiteContext): void {
  eleventyConfig.on('eleventy.engine.njk', ({ nunjucks }: { nunjucks: Parameters<typeof cacheNunjucksTemplates>[0] }) => cacheNunjucksTemplates(nunjucks));
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.addGlobalData('site', () => context.model);
  // The pages to render, by template (every template paginates over its list, one item a page).
  eleventyConfig.addGlobalData('render', () => context.render ?? withBodies(context.lists));
  // Each page's output path and head come from its item, as plain functions: permalinks and
  // computed values written as template strings are compiled again for every page.
  eleventyConfig.addGlobalData('eleventyComputed', {
    permalink: (data: { pagination?: { items?: PageItem[] } }) => data.pagination?.items?.[0]?.path,
    head: (data: { pagination?: { items?: PageItem[] } }) => data.pagination?.items?.[0]?.head,
  });
  eleventyConfig.addFilter('href', (p: string) => `${context.basePath}${String(p).replace(/^\/+/, '')}`);
  // Output safety for text from articles outside HTML text nodes (see safe-json.ts).
  eleventyConfig.addFilter('jsonScript', (value: unknown) => jsonForScript(value));
  eleventyConfig.addFilter('xmlSafe', (value: unknown) => xmlSafe(value));
  eleventyConfig.addFilter('safeUrl', (value: unknown) => safeUrl(value));
  // page.url (without the base path) -> absolute URL under --site-url; '' when none is set.
  eleventyConfig.addFilter('absoluteUrl', (url: string) => (context.siteUrl ? context.siteUrl + String(url).replace(/^\/+/, '') : ''));
  eleventyConfig.addFilter('plural', (n: number, one: string, many?: string) => `${n} ${n === 1 ? one : (many ?? `${one}s`)}`);
  eleventyConfig.addPassthroughCopy({ [path.join(PACKAGE_ROOT, 'public')]: '/' });
  if (context.reload) eleventyConfig.addWatchTarget(context.reload.articles);
  // The first build uses the archive the context was made with; later (watch) builds read the
  // articles again, so an added or edited article shows up. build() plans and finishes its own
  // batched runs (context.batched); a watch build is planned and finished here.
  let first = true;
  let run: SiteRun | undefined;
  eleventyConfig.on('eleventy.before', async ({ outputMode }: { outputMode?: string }) => {
    if (!first && context.reload) {
      const fresh = await contextFor(await extract(context.reload), context);
      context.archive = fresh.archive;
      context.model = fresh.model;
      context.lists = fresh.lists;
    }
    first = false;
    written = 0;
    if (context.batched) return;
    if (outputMode !== 'fs') {
      context.render = undefined;
      return;
    }
    run = await startSiteRun(context);
    context.render = withBodies(run.plan.lists);
  });
  // Counts pages as Eleventy writes them, for the progress line.
  let written = 0;
  if (context.onProgress) {
    eleventyConfig.addTransform('progress', (content: string) => {
      written++;
      const total = context.rendering ?? written;
      // build() reports batched runs batch by batch.
      if (!context.batched && (written % 100 === 0 || written === total)) context.onProgress?.({ stage: 'render', done: written, total });
      return content;
    });
  }
  eleventyConfig.on('eleventy.after', async ({ outputMode }: { outputMode?: string }) => {
    if (context.batched || outputMode !== 'fs' || !run) return;
    await finishSiteRun(context, run);
    run = undefined;
  });
}

/** One build of the site: what to render, the templates' version, the search index under way. */
export interface SiteRun {
  plan: ReturnType<typeof planRender<PageLists>>;
  version: string;
  search?: Promise<SearchIndexResult>;
}

/** Plans a build (which pages to render) and starts the search index in Pagefind's process. */
export async function startSiteRun(context: SiteContext): Promise<SiteRun> {
  const version = context.version ?? (await siteVersion(siteSettings(context)));
  const state = context.incremental;
  state.manifest ??= await readManifest(state.manifestFile);
  const plan = planRender(context.lists, version, state.manifest, existsIn(context.out), keptPages(context.model));
  context.rendering = plan.rendered;
  const previous = state.manifest?.version === version ? state.manifest.search : undefined;
  return { plan, version, ...(context.search ? { search: context.searchRun ?? settle(writeSearchIndex(context.out, context.lists.article, previous, undefined, context.archive.contentKeys)) } : {}) };
}

/**
 * Starts the search index from the resolved archive, before the site model is built, so Pagefind
 * indexes while this process models, plans and renders. `manifest`: the last build's (its shard
 * fingerprints count only under the same site version).
 */
export function startSearch(out: string, archive: ExtractResult, manifest: RenderManifest | undefined, version: string, worker?: SearchWorker, gate?: MessagePort): Promise<SearchIndexResult> {
  const previous = manifest?.version === version ? manifest.search : undefined;
  return (worker ?? startSearchWorker()).index(out, searchItemsOf(archive), previous, archive.contentKeys, gate);
}

/** The data files of a build (downloads, feeds, sitemap, raw texts), written when changed. */
export interface SiteFiles {
  plan: Awaited<ReturnType<typeof writeChangedFiles>>;
  written: number;
}

/** Writes the changed data files; they depend on the archive and the page list only, so this can run while the pages render. */
export async function writeSiteFiles(context: SiteContext, run: SiteRun): Promise<SiteFiles> {
  const files = dataFileMakers(context.archive, {
    title: context.siteTitle,
    basePath: context.basePath,
    events: context.archive.events,
    pages: sitemapPaths(Object.keys(run.plan.manifest.pages)),
    ...(context.siteUrl ? { siteUrl: context.siteUrl } : {}),
    code: await codeVersion(),
  });
  // Made, fingerprinted and written one at a time.
  const plan = await writeChangedFiles(files, run.version, context.incremental.manifest, {
    exists: existsIn(context.out),
    write: (file, content) => writeInside(context.out, file, content),
    read: (file) => readInside(context.out, file),
  });
  return { plan, written: plan.write.length };
}

/** After the pages: writes changed data files (unless given), removes stale outputs, saves the manifest. */
export async function finishSiteRun(context: SiteContext, run: SiteRun, files?: SiteFiles): Promise<void> {
  const state = context.incremental;
  const { plan } = run;
  const { plan: filePlan, written } = files ?? (await writeSiteFiles(context, run));
  const removed = await removeOutputs(context.out, [...plan.remove, ...filePlan.remove]);
  state.search = run.search ? await run.search : undefined;
  const searched = state.search && state.search.errors.length === 0;
  const a = context.archive;
  const record: BuildRecord | undefined = state.inputKey
    ? { input: state.inputKey, articles: a.articles.length, entities: a.entities.length, sources: a.sources.length, pages: plan.rendered + plan.skipped, searchPages: state.search?.pages ?? 0, ...(state.search ? { searchShards: state.search.prints.length } : {}), messages: a.messages }
    : undefined;
  const inputs = Object.fromEntries([...context.model.pageInputs].map(([key, e]) => [key, e.digest]));
  state.manifest = { ...plan.manifest, files: filePlan.prints, ...(Object.keys(filePlan.lines).length ? { lines: filePlan.lines } : {}), inputs, ...(searched ? { search: state.search?.prints } : {}), ...(record && (searched || !context.search) ? { build: record } : {}) };
  await saveManifest(state.manifestFile, state.manifest);
  state.last = { rendered: plan.rendered, skipped: plan.skipped, removed, filesWritten: written };
}
