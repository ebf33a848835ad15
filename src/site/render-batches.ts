/**
 * Renders planned pages with Eleventy in bounded batches: one Eleventy run per batch, so memory
 * is bounded by the batch, and on a multi-core machine several batches at once in child
 * processes (Eleventy renders on one thread), each given only its batch and the site's chrome.
 */
import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Eleventy from '@11ty/eleventy';
import { withBodies } from './page-lists.ts';
import type { PageLists } from './page-lists.ts';
import { PACKAGE_ROOT, type SiteContext, handOff } from './plugin.ts';
import type { SiteModel } from './view-model.ts';

/** What base.njk shows on every page: the only part of the site model a batch needs. */
export type SiteChrome = Pick<SiteModel, 'basePath' | 'title' | 'siteUrl'> & { entityTypes: { url: string; label: string }[] };

/** A batch to render in a child process. */
interface RenderJob {
  out: string;
  basePath: string;
  siteTitle: string;
  siteUrl?: string;
  site: SiteChrome;
  render: ReturnType<typeof withBodies>;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'render-child.mjs');

/** The chrome of a site model. */
export function chromeOf(model: SiteModel): SiteChrome {
  return {
    basePath: model.basePath,
    title: model.title,
    ...(model.siteUrl ? { siteUrl: model.siteUrl } : {}),
    entityTypes: model.entityTypes.map((t) => ({ url: t.url, label: t.label })),
  };
}

/**
 * An Eleventy instance over the package's templates and config, writing into `out`. Eleventy is
 * loaded on first use (most of a second): a build whose pages render in child processes, or that
 * has no page to render, never loads it.
 */
export async function newEleventy(out: string, runMode: 'build' | 'serve' = 'build'): Promise<Eleventy> {
  const { default: Eleventy } = await import('@11ty/eleventy');
  return new Eleventy(path.join(PACKAGE_ROOT, 'templates'), out, {
    quietMode: true,
    configPath: path.join(PACKAGE_ROOT, '.eleventy.ts'),
    runMode,
  });
}

/** One Eleventy run over `context.render`, in this process; returns the files written (relative to out). */
export async function renderHere(context: SiteContext): Promise<string[]> {
  handOff(context);
  const elev = await newEleventy(context.out);
  const results = (await elev.write()) as unknown as [unknown, { outputPath?: string }[]] | { outputPath?: string }[];
  const list = Array.isArray(results) && Array.isArray(results[1]) ? (results[1] as { outputPath?: string }[]) : (results as { outputPath?: string }[]);
  return list
    .map((r) => r.outputPath)
    .filter((p): p is string => typeof p === 'string')
    .map((p) => path.relative(context.out, path.resolve(p)).split(path.sep).join('/'));
}

/** Child side: renders the batch in a job file (then deletes the file). */
export async function renderJobFile(file: string): Promise<string[]> {
  const job = JSON.parse(await fs.readFile(file, 'utf8')) as RenderJob;
  await fs.rm(file, { force: true });
  const context = {
    out: job.out,
    basePath: job.basePath,
    siteTitle: job.siteTitle,
    ...(job.siteUrl ? { siteUrl: job.siteUrl } : {}),
    model: job.site as unknown as SiteModel,
    render: job.render,
    batched: true,
    incremental: {},
  } as unknown as SiteContext;
  return renderHere(context);
}

/** A render child process started before its batch is known (see startRenderChild). */
export interface EarlyChild {
  /** Renders the batch in a job file; the files written. */
  run(file: string): Promise<string[]>;
  /** Ends a child that will not be given a batch. */
  stop(): void;
}

/**
 * Starts a render child ahead of its batch: it loads TypeScript, the site code and Eleventy on
 * another core while this process reads, resolves and models the archive. Idle, it does not
 * keep this process alive.
 */
export function startRenderChild(): EarlyChild {
  const child = fork(CHILD, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  // Its IPC channel and error pipe would keep this process alive too.
  const handles = [child, child.channel, child.stderr as unknown as { ref(): void; unref(): void } | null];
  for (const h of handles) h?.unref();
  const done = childResult(child);
  done.catch(() => undefined);
  let used = false;
  return {
    run(file) {
      used = true;
      for (const h of handles) h?.ref();
      child.send({ file });
      return done;
    },
    stop() {
      if (!used) child.kill();
    },
  };
}

/**
 * Renders every batch: in this process when there is one batch or one worker (or in `early`, a
 * child started ahead, when given), else `workers` child processes at a time (the first batch in
 * `early`). Returns the files written; `onBatch` after each batch; `onStarted` once the first
 * children are running (or at once when rendering here), so other work of this process can go on
 * meanwhile without holding them up.
 */
export async function renderBatches(
  context: SiteContext,
  batches: PageLists[],
  workers: number,
  onBatch?: (pages: number) => void,
  onStarted?: () => void,
  early?: EarlyChild,
): Promise<string[]> {
  const pages: string[] = [];
  if (early && (batches.length === 0 || workers <= 1)) early.stop();
  else if (early && batches.length === 1) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'news-archive-render-'));
    try {
      const child = early.run(await writeJob(context, batches[0]!, path.join(dir, 'batch-0.json')));
      onStarted?.();
      const written = await child;
      onBatch?.(written.length);
      return written;
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
  if (batches.length <= 1 || workers <= 1) {
    onStarted?.();
    for (const batch of batches) {
      context.render = withBodies(batch);
      const written = await renderHere(context);
      pages.push(...written);
      onBatch?.(written.length);
    }
    context.render = undefined;
    return pages;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'news-archive-render-'));
  const first = Math.min(workers, batches.length);
  let forked = 0;
  try {
    let next = 0;
    // One job file is made at a time: two batches' bodies and JSON at once set the peak memory.
    let making: Promise<unknown> = Promise.resolve();
    const jobFile = (k: number) => {
      const file = making.then(() => writeJob(context, batches[k]!, path.join(dir, `batch-${k}.json`)));
      making = file.catch(() => undefined);
      return file;
    };
    let waiting = early;
    const run = async (): Promise<void> => {
      while (next < batches.length) {
        const k = next++;
        const ready = waiting;
        waiting = undefined;
        const child = ready ? ready.run(await jobFile(k)) : runChild(await jobFile(k));
        if (++forked === first) onStarted?.();
        const written = await child;
        pages.push(...written);
        onBatch?.(written.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(workers, batches.length) }, run));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return pages;
}

/**
 * Writes a batch's job file (its pages with their bodies as HTML) and returns its path. The job
 * and its JSON are dropped before the child renders: held while it runs, two batches' bodies and
 * their JSON made the largest part of a big archive's peak memory.
 */
async function writeJob(context: SiteContext, batch: PageLists, file: string): Promise<string> {
  const job: RenderJob = {
    out: context.out,
    basePath: context.basePath,
    siteTitle: context.siteTitle,
    ...(context.siteUrl ? { siteUrl: context.siteUrl } : {}),
    site: chromeOf(context.model),
    render: withBodies(batch),
  };
  await fs.writeFile(file, JSON.stringify(job));
  return file;
}

function runChild(file: string): Promise<string[]> {
  return childResult(fork(CHILD, [file], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }));
}

/** The pages a render child wrote, or its failure. */
function childResult(child: ChildProcess): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    let reply: { pages?: string[]; error?: string } | undefined;
    child.stderr?.on('data', (d) => {
      stderr += String(d);
    });
    child.on('message', (m) => {
      reply = m as typeof reply;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && reply?.pages) resolve(reply.pages);
      else reject(new Error(`rendering a batch of pages failed: ${reply?.error ?? stderr.slice(-2000) ?? `exit code ${code}`}`));
    });
  });
}
