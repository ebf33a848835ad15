/** The search index over real Pagefind: shards, and re-indexing only the shards that changed. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { ArticleItem } from '../../src/site/page-lists.ts';
import { extract } from '../../src/extract.ts';
import { contextFor } from '../../src/site/plugin.ts';
import { encodeShards, searchItemsOf, searchRecord, startSearchWorker, writeSearchIndex } from '../../src/site/search-index.ts';

const item = (id: string, words: string, extra: Partial<ArticleItem> = {}) =>
  ({
    id,
    path: `articles/${id}/index.html`,
    title: `Story ${id}`,
    body: [`${words} was reported in the city on Tuesday.`],
    source: null,
    year: null,
    entityGroups: [],
    ...extra,
  }) as unknown as ArticleItem;

describe('searchRecord', () => {
  it('indexes the title and body under the page URL, with the filters the search page offers', () => {
    const r = searchRecord(
      item('a', 'Flooding', {
        subtitle: 'Rivers rose',
        source: { name: 'Wire', slug: 'wire' },
        year: '2020',
        entityGroups: [{ label: 'Places', entities: [{ name: 'Oslo', url: '/places/oslo/', mentions: 2, filter: true }, { name: 'Rare', url: '/places/rare/', mentions: 1, filter: false }] }],
      } as Partial<ArticleItem>),
    );
    expect(r.url).toBe('/articles/a/');
    expect(r.content).toContain('Story a\n\nRivers rose\n\nFlooding was reported');
    expect(r.meta.title).toBe('Story a');
    expect(r.filters).toEqual({ source: ['Wire'], year: ['2020'], 'entity type': ['Places'], entity: ['Oslo'] });
  });
});

describe('searchItemsOf', () => {
  it('makes from the resolved archive the same records as the article pages give', async () => {
    const archive = await extract({ articles: path.resolve('articles'), workers: 0 });
    const context = await contextFor(archive, { out: '/nonexistent', basePath: '/base/', siteTitle: 'T' });
    const fromPages = context.lists.article.map(searchRecord);
    expect(fromPages.some((r) => Object.keys(r.filters).length >= 2)).toBe(true);
    expect(searchItemsOf(archive).map(searchRecord)).toEqual(fromPages);
  }, 60_000);
});

describe('encodeShards', () => {
  const articles = Array.from({ length: 30 }, (_, i) => item(`a${i}`, `Word${i}`));
  const keys = new Map(articles.map((a) => [a.id, `key-${a.id}`]));
  const first = encodeShards(articles, 10, keys);
  const again = (list: readonly ArticleItem[], k: ReadonlyMap<string, string>, present = true) => encodeShards(list, 10, k, { previous: first.prints, present: () => present });
  const encoded = (e: ReturnType<typeof encodeShards>) => e.shards.flatMap((s, k) => (s ? [k] : []));

  it('fingerprints shards by content key and encodes only the shards to index again', () => {
    expect(encoded(first)).toEqual([0, 1, 2]);
    expect(encoded(again(articles, keys))).toEqual([]);
    expect(encoded(again(articles, keys, false))).toEqual([0, 1, 2]);
    const rekeyed = new Map([...keys, ['a7', 'key-a7-edited']]);
    expect(encoded(again(articles, rekeyed))).toHaveLength(1);
    // What the key does not cover counts: an entity filter, the source.
    const filtered = articles.map((a) => (a.id === 'a7' ? item('a7', 'Word7', { source: { name: 'Wire', slug: 'wire' } } as Partial<ArticleItem>) : a));
    expect(encoded(again(filtered, keys))).toHaveLength(1);
  });

  it('falls back to the records themselves for a shard with an article without a key', () => {
    const partial = new Map([...keys].filter(([id]) => id !== 'a7'));
    const result = again(articles, partial);
    expect(result.prints.filter((p, k) => p !== first.prints[k])).toHaveLength(1);
    expect(encoded(result)).toHaveLength(1);
    expect(encodeShards(articles, 10).prints).not.toEqual(first.prints);
  });
});

describe('writeSearchIndex', () => {
  it('splits a large archive into shards and re-indexes only the shard that changed', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'na-search-'));
    const articles = Array.from({ length: 30 }, (_, i) => item(`a${i}`, `Word${i}`));
    const first = await writeSearchIndex(out, articles, [], 10);
    expect(first.errors).toEqual([]);
    expect(first.indexed).toBe(3);
    for (const f of ['pagefind', 'pagefind-shards/1', 'pagefind-shards/2']) expect(fs.existsSync(path.join(out, f, 'pagefind-entry.json')), f).toBe(true);

    const same = await writeSearchIndex(out, articles, first.prints, 10);
    expect(same.indexed).toBe(0);

    const edited = articles.map((a, i) => (i === 7 ? item('a7', 'Changed') : a));
    const again = await writeSearchIndex(out, edited, first.prints, 10);
    expect(again.indexed).toBe(1);
    expect(again.prints.filter((p, k) => p !== first.prints[k])).toHaveLength(1);

    const small = await writeSearchIndex(out, articles.slice(0, 5), again.prints, 10);
    expect(small.indexed).toBe(1);
    expect(fs.existsSync(path.join(out, 'pagefind-shards'))).toBe(false);
  }, 60_000);
});

describe('startSearchWorker', () => {
  it('writes the same index in a worker thread as in this one', async () => {
    const articles = Array.from({ length: 6 }, (_, i) => item(`w${i}`, `Harbour${i}`));
    const here = fs.mkdtempSync(path.join(os.tmpdir(), 'na-search-'));
    const there = fs.mkdtempSync(path.join(os.tmpdir(), 'na-search-'));
    const local = await writeSearchIndex(here, articles);
    const worker = await startSearchWorker().index(there, articles);
    expect(worker.errors).toEqual([]);
    expect({ ...worker, ms: 0 }).toEqual({ ...local, ms: 0 });
    const files = (dir: string) => fs.readdirSync(path.join(dir, 'pagefind'), { recursive: true }).map(String).sort();
    expect(files(there)).toEqual(files(here));
  }, 60_000);

  it('returns a failure as an error, not an exception', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'na-search-')), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const result = await startSearchWorker().index(file, [item('x', 'Harbour')]);
    expect(result.errors.length).toBeGreaterThan(0);
  }, 60_000);

  it('indexes with a worker started ahead of its articles, and a stopped worker ends with an error', async () => {
    const ahead = startSearchWorker();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-search-'));
    const result = await ahead.index(dir, [item('a1', 'Harbour')]);
    expect(result).toMatchObject({ pages: 1, indexed: 1, errors: [] });
    const stopped = startSearchWorker();
    stopped.stop();
    expect((await stopped.index(dir, [item('a1', 'Harbour')])).errors).not.toEqual([]);
  }, 60_000);

  it('waits at a gate until a message comes through it, it closes, or the main thread opens it', async () => {
    const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'na-search-'));
    const waits = async (release: (port: MessagePort, worker: ReturnType<typeof startSearchWorker>) => void) => {
      const { port1, port2 } = new MessageChannel();
      const worker = startSearchWorker();
      let done = false;
      const run = worker.index(dir(), [item('g1', 'Harbour')], [], undefined, port2).then((r) => {
        done = true;
        return r;
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const waited = !done;
      release(port1, worker);
      return { waited, result: await run };
    };
    for (const release of [(p: MessagePort) => p.postMessage('done'), (p: MessagePort) => p.close(), (_: MessagePort, w: ReturnType<typeof startSearchWorker>) => w.open()]) {
      const { waited, result } = await waits(release);
      expect(waited).toBe(true);
      expect(result).toMatchObject({ pages: 1, indexed: 1, errors: [] });
    }
  }, 60_000);
});
