/** The build API: articles folder -> records + static site. No argv, no console. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type ExtractOptions, type ExtractResult, type ReadResult, extract, normaliseBasePath, readInputs } from './extract.ts';
import { codeVersion } from './cache/pipeline-version.ts';
import { type BuildRecord, inputKey, recordedOutputs } from './cache/up-to-date.ts';
import { readAuthority } from './io/read-authority.ts';
import type { RenderManifest } from './site/incremental.ts';
import { shardEntry } from './site/search-shards.ts';
import settings from './heuristics/site.json' with { type: 'json' };
import os from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { batches } from './site/page-lists.ts';
import { newEleventy, renderBatches, startRenderChild } from './site/render-batches.ts';
import { type SiteFiles, contextFor, finishSiteRun, handOff, siteSettings, startSearch, startSiteRun, writeSiteFiles } from './site/plugin.ts';
import { startSearchWorker } from './site/search-index.ts';
import { startLinksWorker } from './site/article-links.ts';
import { allPresent, manifestPath, publicOutputs, readManifest, siteVersion } from './site/render-state.ts';
import { StageTimer } from './progress.ts';
import { ensureTsLoader } from './site/ts-loader.ts';
import { normaliseSiteUrl } from './site/site-url.ts';
import type { Message } from './types.ts';

export interface BuildOptions extends ExtractOptions {
  /** Output folder. Default `_site`. */
  out?: string;
  /** Site title shown in every page header. */
  siteTitle?: string;
  /** Keep serving and rebuild on change (used by `news-archive serve`). */
  serve?: boolean;
  /** Port for `serve`. */
  port?: number;
  /** Absolute URL the site is published at, e.g. https://example.org/archive/ (canonical URLs, sitemap, feeds). */
  siteUrl?: string;
  /** Skip the Pagefind search index (faster builds when search is not needed). Default false. */
  noSearch?: boolean;
  /** Most pages rendered per Eleventy run (memory bound). Default: render.batchSize in src/heuristics/site.json. */
  batchSize?: number;
  /** Batches rendered at once in child processes (default: one per core, at most 4; 1: all in this process). */
  renderWorkers?: number;
  /**
   * Start the first render child before the archive is analysed, so it loads its code meanwhile
   * on another core; a single batch then renders there, beside the data files. Default: with more
   * than one render worker and at least `render.earlyChildFrom` article files (src/heuristics/site.json).
   */
  earlyRenderChild?: boolean;
  /**
   * Work out the articles' related and same-story links in a worker thread, beside the entities'
   * pages. Default: with more than one core and at least `siteModel.linksWorkerFrom` article files
   * (src/heuristics/site.json).
   */
  linksWorker?: boolean;
  /**
   * With a cache: when no input changed since the last build and its outputs are all on disk,
   * return at once (`upToDate`, no `archive`) instead of analysing and planning again. Default false.
   */
  skipIfUnchanged?: boolean;
}

export interface BuildResult {
  /** The archive built; unset only when `upToDate`. */
  archive?: ExtractResult;
  /** True when nothing changed since the last build (see BuildOptions.skipIfUnchanged): nothing was done. */
  upToDate?: boolean;
  /** Articles, entities and sources in the archive. */
  counts: { articles: number; entities: number; sources: number; analysed?: number; cached?: number };
  messages: Message[];
  /** Output files Eleventy wrote this time, relative to `out` (unchanged pages are not rendered again). */
  pages: string[];
  /** Pages rendered, pages left as they were, outputs removed and data files written. */
  render?: { rendered: number; skipped: number; removed: number; filesWritten: number };
  /** Milliseconds per stage (read, analyse, resolve, site model, render and search). */
  timings: Record<string, number>;
  /** Article pages in the search index (0 when search was skipped). */
  searchPages: number;
  /** Search index shards, and how many were indexed again (the rest were up to date). */
  searchShards?: { total: number; indexed: number };
  out: string;
}

/** Child processes for rendering: one per core, at most 4. */
function renderWorkers(): number {
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

/** Extracts every article and renders the site into `out`. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const basePath = normaliseBasePath(options.basePath);
  const siteUrl = normaliseSiteUrl(options.siteUrl);
  const out = path.resolve(options.out ?? '_site');
  const articles = path.resolve(options.articles ?? 'articles');
  const siteTitle = options.siteTitle ?? 'News Archive';
  let read: ReadResult | undefined = await readInputs({ ...options, articles });
  // The rendering's version (templates, site code, settings): keys the short cut, the search
  // shards and the page fingerprints alike.
  const version = await siteVersion(siteSettings({ basePath, siteTitle, ...(siteUrl ? { siteUrl } : {}) }));
  // The key of everything the output depends on; with a cache, a build whose key is the last
  // build's and whose outputs are all on disk has nothing to do.
  const upToDate = options.cache && !options.serve ? await lastBuildIfUnchanged(options.cache, out, read, version, { ...options, articles, basePath, siteTitle, ...(siteUrl ? { siteUrl } : {}) }) : undefined;
  if (upToDate?.unchanged && options.skipIfUnchanged) return unchangedResult(upToDate.unchanged, out, read.ms);
  // The search worker loads its code while the articles are analysed and resolved.
  const searchWorker = !options.serve && !options.noSearch ? startSearchWorker() : undefined;
  // On a large archive the first render child starts now: it loads TypeScript, the site code
  // and Eleventy on the other core while this process analyses, resolves and models the archive,
  // and a rebuild's few pages then render there while this one writes the data files.
  const workers = options.renderWorkers ?? renderWorkers();
  const wantEarly = options.earlyRenderChild ?? read.inputs.length >= settings.render.earlyChildFrom;
  const early = !options.serve && workers > 1 && wantEarly ? startRenderChild() : undefined;
  // Likewise a worker thread for the articles' related and same-story links: it works them out
  // on the other core while this thread models the entities' pages.
  const wantLinks = options.linksWorker ?? (workers > 1 && read.inputs.length >= settings.siteModel.linksWorkerFrom);
  const linksWorker = !options.serve && wantLinks ? startLinksWorker() : undefined;
  const archive = await extract({ ...options, articles, basePath }, read).catch((error: unknown) => {
    searchWorker?.stop();
    early?.stop();
    linksWorker?.stop();
    throw error;
  });
  // The files' bytes are not needed any more (the archive keeps each text, or reads it again when asked).
  read = undefined;
  try {
    // The search index needs only the resolved records: Pagefind indexes them in its own process
    // while this one builds the site model and renders. With the links worker it waits for the
    // links to be done, so the two do not share the other core while this thread needs the links.
    const gate = searchWorker && linksWorker ? new MessageChannel() : undefined;
    const links = linksWorker?.links(archive, gate?.port1);
    const searchRun = searchWorker ? startSearch(out, archive, upToDate?.manifest, version, searchWorker, gate?.port2) : undefined;
    // Should the links worker fail before it opens the gate, the search starts when this thread has the links.
    const openGate = () => searchWorker?.open();
    if (gate) void links?.then(openGate, openGate);
    const timer = new StageTimer(options.onProgress);
    timer.start('site model');
    await fs.mkdir(out, { recursive: true });
    const context = await contextFor(archive, {
      out,
      basePath,
      siteTitle,
      ...(siteUrl ? { siteUrl } : {}),
      ...(options.serve ? { reload: { ...options, articles, basePath } } : {}),
      // With a cache folder, pages whose data did not change since the last build are not rendered again.
      incremental: options.cache ? { manifestFile: manifestPath(options.cache, out), ...(upToDate ? { inputKey: upToDate.key, ...(upToDate.manifest ? { manifest: upToDate.manifest } : {}) } : {}) } : {},
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      search: !options.serve ? !options.noSearch : true,
      ...(searchRun ? { searchRun } : {}),
      // A watch build works out the version again each time (a template may have changed).
      ...(options.serve ? {} : { version }),
    }, links);
    const timings = () => ({ ...archive.stats?.timings, ...timer.timings });
    handOff(context);
    ensureTsLoader();
    timer.start(context.search ? 'render and search' : 'render');
    if (options.serve) {
      const elev = await newEleventy(out, 'serve');
      // Eleventy 3 must be initialised before watch() (write() does it on its own).
      await elev.init();
      await elev.watch();
      await elev.serve(options.port ?? 8080);
      timer.end();
      return { archive, counts: countsOf(archive), messages: archive.messages, pages: [], out, searchPages: 0, timings: timings() };
    }
    // Plan once, render the pages in batches (one Eleventy run each, so memory stays bounded by
    // the batch), then write the data files and the manifest.
    context.batched = true;
    const run = await startSiteRun(context);
    // The data files need no page: they are written while the child processes render.
    let files: Promise<SiteFiles> | undefined;
    const startFiles = () => {
      files = writeSiteFiles(context, run);
      files.catch(() => undefined);
    };
    let done = 0;
    // No page to render and the public files on disk: Eleventy (whose start costs seconds) has
    // nothing to do (public/ is part of the site version, so a change to it renders every page).
    const idle = run.plan.rendered === 0 && allPresent(out, await publicOutputs());
    if (idle) startFiles();
    const pages = idle
      ? []
      : await renderBatches(
          context,
          batches(run.plan.lists, options.batchSize ?? settings.render.batchSize),
          workers,
          (n) => {
            done += n;
            options.onProgress?.({ stage: 'render', done, total: run.plan.rendered });
          },
          startFiles,
          early,
        );
    pages.sort();
    await finishSiteRun(context, run, files ? await files : undefined);
    const render = context.incremental.last;
    // The search index was written alongside the rendering (see plugin.ts); a failure is an output error.
    const search = context.incremental.search;
    if (search?.errors.length) throw new Error(`the search index could not be written: ${search.errors.join('; ')}`);
    timer.end();
    // The search index is built in Pagefind's process from the end of resolve on: its own time.
    const searchTime: Record<string, number> = search?.ms !== undefined ? { 'search (in parallel)': search.ms } : {};
    return {
      archive,
      counts: countsOf(archive),
      messages: archive.messages,
      pages,
      out,
      searchPages: search?.pages ?? 0,
      ...(search ? { searchShards: { total: search.prints.length, indexed: search.indexed } } : {}),
      timings: { ...timings(), ...searchTime },
      ...(render ? { render } : {}),
    };
  } finally {
    early?.stop();
    linksWorker?.stop();
  }
}

function countsOf(archive: ExtractResult): BuildResult['counts'] {
  return { articles: archive.articles.length, entities: archive.entities.length, sources: archive.sources.length, ...(archive.stats ? { analysed: archive.stats.analysed, cached: archive.stats.cached } : {}) };
}

/** The key of this build's inputs, the last build's manifest, and the last build's record when nothing changed and its outputs are all on disk. */
async function lastBuildIfUnchanged(
  cache: string,
  out: string,
  read: ReadResult,
  renderVersion: string,
  o: BuildOptions & { articles: string; basePath: string; siteTitle: string },
): Promise<{ key: string; manifest?: RenderManifest; unchanged?: BuildRecord }> {
  const manifest = await readManifest(manifestPath(cache, out));
  const key = inputKey({
    inputs: read.inputs,
    readMessages: read.messages,
    // The whole tool's code, not only the analysis and site versions: extract, resolve and the
    // data files change the output too.
    versions: [await codeVersion(), renderVersion],
    options: { basePath: o.basePath, siteTitle: o.siteTitle, siteUrl: o.siteUrl ?? null, search: !o.noSearch, entities: o.entities ?? true },
    authority: await readAuthority(o.authority, o.articles),
  });
  const record = manifest?.build;
  if (!manifest || record?.input !== key) return { key, ...(manifest ? { manifest } : {}) };
  const bundles = Array.from({ length: record.searchShards ?? 0 }, (_, k) => shardEntry(k));
  const present = allPresent(out, recordedOutputs(manifest, [...bundles, ...(await publicOutputs())]));
  return { key, manifest, ...(present ? { unchanged: record } : {}) };
}

/** The result of a build that found nothing to do: the last build's figures and messages. */
function unchangedResult(record: BuildRecord, out: string, readMs: number): BuildResult {
  return {
    upToDate: true,
    counts: { articles: record.articles, entities: record.entities, sources: record.sources, analysed: 0, cached: record.articles },
    messages: record.messages,
    pages: [],
    render: { rendered: 0, skipped: record.pages, removed: 0, filesWritten: 0 },
    out,
    searchPages: record.searchPages,
    ...(record.searchShards ? { searchShards: { total: record.searchShards, indexed: 0 } } : {}),
    timings: { read: Math.round(readMs) },
  };
}
