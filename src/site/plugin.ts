/**
 * The Eleventy plugin: hands the archive to the templates as global data, adds the filters the
 * templates use, copies public/, and writes the data downloads after each build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExtractOptions, type ExtractResult, extract } from '../extract.ts';
import { jsonForScript, safeUrl, xmlSafe } from './safe-json.ts';
import type { EventRecord } from './events.ts';
import { writeSearchIndex } from './search-index.ts';
import { pagePath } from './sitemap.ts';
import { type SiteModel, buildSiteModel } from './view-model.ts';
import { writeDataFiles } from './write-data.ts';

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

/** The events of an archive, when the events step has added them. */
export function eventsOf(archive: ExtractResult): EventRecord[] {
  return archive.events;
}

/** Builds a site context from an extracted archive. */
export function contextFor(archive: ExtractResult, o: Omit<SiteContext, 'archive' | 'model'>): SiteContext {
  const model = buildSiteModel(archive, o.basePath, o.siteTitle, { events: eventsOf(archive), ...(o.siteUrl ? { siteUrl: o.siteUrl } : {}) });
  return { ...o, archive, model };
}

// biome-ignore lint/suspicious/noExplicitAny: Eleventy ships no types for its config object.
type EleventyConfig = any;

/** Registers the archive's data, filters, assets and data writer on an Eleventy config. */
export function archiveSite(eleventyConfig: EleventyConfig, context: SiteContext): void {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.addGlobalData('site', () => context.model);
  eleventyConfig.addFilter('href', (p: string) => `${context.basePath}${String(p).replace(/^\/+/, '')}`);
  // Output safety for text from articles outside HTML text nodes (see safe-json.ts).
  eleventyConfig.addFilter('jsonScript', (value: unknown) => jsonForScript(value));
  eleventyConfig.addFilter('xmlSafe', (value: unknown) => xmlSafe(value));
  eleventyConfig.addFilter('safeUrl', (value: unknown) => safeUrl(value));
  // page.url (without the base path) -> absolute URL under --site-url; '' when none is set.
  eleventyConfig.addFilter('absoluteUrl', (url: string) => (context.siteUrl ? context.siteUrl + String(url).replace(/^\/+/, '') : ''));
  eleventyConfig.addFilter('plural', (n: number, one: string, many?: string) => `${n} ${n === 1 ? one : (many ?? `${one}s`)}`);
  eleventyConfig.addPassthroughCopy({ [path.join(PACKAGE_ROOT, 'public')]: '/' });
  if (context.reload) {
    eleventyConfig.addWatchTarget(context.reload.articles);
    // The first build uses the archive the context was made with; later (watch) builds read the
    // articles again, so an added or edited article shows up.
    let extracted = true;
    eleventyConfig.on('eleventy.before', async () => {
      if (extracted) {
        extracted = false;
        return;
      }
      const fresh = contextFor(await extract(context.reload), context);
      context.archive = fresh.archive;
      context.model = fresh.model;
    });
  }
  eleventyConfig.on('eleventy.after', async ({ results }: { results?: { outputPath?: string }[] }) => {
    const pages = (results ?? [])
      .map((r) => (typeof r.outputPath === 'string' ? pagePath(path.relative(context.out, path.resolve(r.outputPath)).split(path.sep).join('/')) : undefined))
      .filter((p): p is string => p !== undefined)
      .sort();
    await writeDataFiles(context.archive, context.out, {
      title: context.siteTitle,
      basePath: context.basePath,
      events: eventsOf(context.archive),
      pages,
      ...(context.siteUrl ? { siteUrl: context.siteUrl } : {}),
    });
    // In watch mode build() returns before its own Pagefind run, so index after each rebuild here.
    if (context.reload) await writeSearchIndex(context.out);
  });
}
