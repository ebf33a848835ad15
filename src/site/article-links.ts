/**
 * What links each article page to others: related articles (shared entities) and the same story
 * told elsewhere. Both walk the whole archive; on a large one they take seconds, so a build can
 * have them worked out in a worker thread (links-worker.mjs) while this one models the entities'
 * pages. The worker gets the few fields the two read, packed into flat arrays (a structured clone
 * of the records would cost what the work saves), and gives the same maps as the inline call.
 */
import { type MessagePort, Worker } from 'node:worker_threads';
import type { Archive } from '../archive/assemble.ts';
import { textSignature } from '../pipeline/text-signature.ts';
import type { ArticleRecord } from '../types.ts';
import { type Related, relatedArticles } from './related.ts';
import { type SameStory, sameStory } from './same-story.ts';

export interface ArticleLinks {
  related: Map<string, Related[]>;
  same: Map<string, SameStory[]>;
}

type Lite = Pick<ArticleRecord, 'id' | 'body' | 'entities' | 'published' | 'source'>;

/** The links of every article, worked out here. */
export function articleLinks(articles: readonly Lite[], signatures?: ReadonlyMap<string, string>): ArticleLinks {
  return { related: relatedArticles(articles), same: sameStory(articles, signatures) };
}

/** What the two walks read of an archive, in flat arrays (see packLinksInput). */
export interface LinksInput {
  ids: string[];
  /** Each distinct (entity id, name) an article refers to, once. */
  refIds: string[];
  refNames: string[];
  /** The refs of article i are refs[starts[i]] .. refs[starts[i + 1] - 1]. */
  starts: Int32Array;
  refs: Int32Array;
  /** The publication day, for the day-precision known dates the same-story rule compares; else null. */
  days: (string | null)[];
  sourceSlugs: (string | null)[];
  /** The text signature (see text-signature.ts); null when the body has none. */
  signatures: (string | null)[];
}

/** Packs what articleLinks reads of an archive. */
export function packLinksInput(archive: Pick<Archive, 'articles' | 'signatures'>): LinksInput {
  const refIndex = new Map<string, number>();
  const refIds: string[] = [];
  const refNames: string[] = [];
  const refs: number[] = [];
  const starts = new Int32Array(archive.articles.length + 1);
  archive.articles.forEach((a, i) => {
    starts[i] = refs.length;
    for (const e of a.entities) {
      const key = `${e.id}\u0000${e.name}`;
      let k = refIndex.get(key);
      if (k === undefined) {
        k = refIds.length;
        refIndex.set(key, k);
        refIds.push(e.id);
        refNames.push(e.name);
      }
      refs.push(k);
    }
  });
  starts[archive.articles.length] = refs.length;
  const p = (a: ArticleRecord) => a.published;
  return {
    ids: archive.articles.map((a) => a.id),
    refIds,
    refNames,
    starts,
    refs: Int32Array.from(refs),
    days: archive.articles.map((a) => (p(a) && p(a)!.precision === 'day' && !p(a)!.estimated ? p(a)!.date : null)),
    sourceSlugs: archive.articles.map((a) => a.source?.slug ?? null),
    // A stored signature stands for the body; without one, the body's own (null when it has none).
    signatures: archive.articles.map((a) => archive.signatures?.get(a.id) ?? textSignature(a.body)),
  };
}

/** The links of a packed archive: equal to articleLinks over the archive it was packed from. */
export function linksOfPacked(input: LinksInput): ArticleLinks {
  // The two walks read an entity's id and name only; type and mentions are placeholders.
  const entities = input.refIds.map((id, k) => ({ id, name: input.refNames[k]!, type: 'person' as const, mentions: 0 }));
  const signatures = new Map<string, string>();
  const articles: Lite[] = input.ids.map((id, i) => {
    const signature = input.signatures[i];
    if (signature) signatures.set(id, signature);
    const day = input.days[i];
    const slug = input.sourceSlugs[i];
    return {
      id,
      body: [],
      entities: Array.from(input.refs.subarray(input.starts[i]!, input.starts[i + 1]!), (k) => entities[k]!),
      published: day ? { date: day, precision: 'day', estimated: false } : null,
      source: slug === null || slug === undefined ? null : { name: slug, slug },
    };
  });
  return articleLinks(articles, signatures);
}

/** A worker thread that works out one archive's links (see links-worker.mjs). */
export interface LinksWorker {
  /**
   * The links of `archive`, from the worker (`inWorker`); worked out here if the worker fails.
   * `done`, when given, is sent a message (or closed) as soon as the worker has finished, so
   * another thread waiting for the core can start (see SearchWorker.index).
   */
  links(archive: Pick<Archive, 'articles' | 'signatures'>, done?: MessagePort): Promise<ArticleLinks & { inWorker: boolean }>;
  stop(): void;
}

/** Starts the worker now, so it loads its code while the archive is read and resolved. */
export function startLinksWorker(): LinksWorker {
  const worker = new Worker(new URL('./links-worker.mjs', import.meta.url));
  worker.unref();
  return {
    links(archive, gate) {
      const input = packLinksInput(archive);
      worker.ref();
      return new Promise((resolve, reject) => {
        const done = (links: ArticleLinks | undefined) => {
          worker.removeAllListeners();
          void worker.terminate();
          // Worked out here, a failure is this build's error (as inline), not one thrown in a listener.
          try {
            resolve({ ...(links ?? linksOfPacked(input)), inWorker: links !== undefined });
          } catch (error) {
            reject(error);
          }
        };
        worker.once('message', (m: { links?: ArticleLinks }) => done(m.links));
        worker.once('error', () => done(undefined));
        worker.once('exit', () => done(undefined));
        // Copied, not moved: should the worker fail, the links are worked out here from the same input.
        worker.postMessage({ input, gate }, gate ? [gate] : []);
      });
    },
    stop() {
      void worker.terminate();
    },
  };
}
