import { describe, expect, it } from 'vitest';
import { type FileAccess, type RenderManifest, fingerprint, pagePrint, planRender, writeChangedFiles } from '../../src/site/incremental.ts';
import { jsonRecords } from '../../src/site/write-data.ts';

const article = (id: string, title: string) => ({ path: `articles/${id}/index.html`, title });
const lists = () => ({
  articles: [article('a', 'First'), article('b', 'Second')],
  home: [{ path: 'index.html', latest: ['a', 'b'] }],
});
const all = () => true;

describe('planRender', () => {
  it('renders everything on the first build', () => {
    const plan = planRender(lists(), 'v1', undefined, all);
    expect(plan.rendered).toBe(3);
    expect(plan.lists.articles.map((a) => a.path)).toEqual(['articles/a/index.html', 'articles/b/index.html']);
    expect(plan.remove).toEqual([]);
  });

  it('renders nothing when nothing changed and every file is on disk', () => {
    const first = planRender(lists(), 'v1', undefined, all).manifest;
    const plan = planRender(lists(), 'v1', first, all);
    expect(plan.rendered).toBe(0);
    expect(plan.skipped).toBe(3);
  });

  it('renders only the pages whose data changed, and removes pages that are gone', () => {
    const first: RenderManifest = planRender(lists(), 'v1', undefined, all).manifest;
    const next = { articles: [article('a', 'First, corrected'), article('c', 'Third')], home: [{ path: 'index.html', latest: ['c', 'a'] }] };
    const plan = planRender(next, 'v1', first, all);
    expect(plan.lists.articles.map((a) => a.path)).toEqual(['articles/a/index.html', 'articles/c/index.html']);
    expect(plan.lists.home).toHaveLength(1);
    expect(plan.remove).toEqual(['articles/b/index.html']);
  });

  it('renders a page again when its file was deleted from the output folder', () => {
    const first = planRender(lists(), 'v1', undefined, all).manifest;
    const plan = planRender(lists(), 'v1', first, (p) => p !== 'index.html');
    expect(plan.lists.home).toHaveLength(1);
    expect(plan.rendered).toBe(1);
  });

  it('renders everything again when the templates changed', () => {
    const first = planRender(lists(), 'v1', undefined, all).manifest;
    expect(planRender(lists(), 'v2', first, all).rendered).toBe(3);
  });

  it('refuses two pages with the same output path', () => {
    expect(() => planRender({ a: [{ path: 'x.html' }], b: [{ path: 'x.html' }] }, 'v1', undefined, all)).toThrow(/x\.html/);
  });
});

describe('pagePrint', () => {
  const link = { id: 'a', title: 'A', url: '/articles/a/' };
  const page = { path: 'people/x/index.html', name: 'X', articles: [link, { id: 'b', title: 'B', url: '/articles/b/' }] };
  it('is equal for equal items, whether or not their links were serialised before', () => {
    const memo = new WeakMap<object, string>();
    const first = pagePrint(page, memo);
    expect(pagePrint(structuredClone(page), new WeakMap())).toBe(first);
    expect(pagePrint({ ...page, articles: [...page.articles] }, memo)).toBe(first);
  });

  it.each([
    ['a field', { ...page, name: 'Y' }],
    ['a link', { ...page, articles: [{ ...link, title: 'A2' }, page.articles[1]!] }],
    ['the order of links', { ...page, articles: [...page.articles].reverse() }],
    ['a link moved out of the list', { ...page, articles: [link], extra: [page.articles[1]!] }],
    ['a list become a string', { ...page, articles: '[{"id":"a"}]' }],
  ])('changes with %s', (_what, changed) => {
    expect(pagePrint(changed, new WeakMap())).not.toBe(pagePrint(page, new WeakMap()));
  });
});

describe('writeChangedFiles', () => {
  it('writes the new and changed files, each made only after the one before was written, and lists the stale ones', async () => {
    const contents = new Map([
      ['a.json', 'A'],
      ['b.json', 'B2'],
      ['c.txt', 'C'],
    ]);
    const previous: RenderManifest = { version: 'v', pages: {}, files: { 'a.json': fingerprint('A'), 'b.json': fingerprint('B'), 'old.txt': fingerprint('x') } };
    const log: string[] = [];
    const maker = (file: string, content: string) => () => {
      log.push(`make ${file}`);
      return content;
    };
    const makers = new Map([...contents].map(([file, content]) => [file, maker(file, content)] as const));
    const write = async (file: string) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`wrote ${file}`);
    };
    const result = await writeChangedFiles(makers, 'v', previous, { exists: all, write, read: async () => undefined });
    expect(result.prints).toEqual(Object.fromEntries([...contents].map(([file, content]) => [file, fingerprint(content)])));
    expect(result.write).toEqual(['b.json', 'c.txt']);
    expect(result.remove).toEqual(['old.txt']);
    expect(log).toEqual(['make a.json', 'make b.json', 'wrote b.json', 'make c.txt', 'wrote c.txt']);
  });

  it('makes a file with a known fingerprint only to write it', async () => {
    const made: string[] = [];
    const make = (file: string) => () => {
      made.push(file);
      return file;
    };
    const keyed = (file: string, print: string) => Object.assign(make(file), { print });
    const previous: RenderManifest = { version: 'v', pages: {}, files: { 'same.txt': 'p1', 'edited.txt': 'p2', 'gone.txt': 'p3' } };
    const files = new Map([
      ['same.txt', keyed('same.txt', 'p1')],
      ['edited.txt', keyed('edited.txt', 'p2-new')],
      ['missing.txt', keyed('missing.txt', 'p3')],
    ]);
    const result = await writeChangedFiles(files, 'v', previous, { exists: all, write: async () => {}, read: async () => undefined });
    expect(made).toEqual(['edited.txt', 'missing.txt']);
    expect(result.prints).toEqual({ 'same.txt': 'p1', 'edited.txt': 'p2-new', 'missing.txt': 'p3' });
    expect(result.remove).toEqual(['gone.txt']);
  });
});

describe('writeChangedFiles, records files made from keyed lines', () => {
  const records = (titles: readonly string[]) => titles.map((title, i) => ({ id: `a${i}`, title, body: [`${title} body`] }));
  /** A records file maker whose lines are keyed by the record's JSON, logging each line it serialises. */
  const maker = (list: readonly object[], made: number[]) => {
    const keys = list.map((r) => fingerprint(r));
    const lines = {
      keys,
      line: (i: number) => {
        made.push(i);
        return JSON.stringify(list[i]);
      },
    };
    return Object.assign(() => jsonRecords(list), { print: fingerprint(keys.join('\n')), lines });
  };
  /** An output folder in memory. */
  const disk = () => {
    const files = new Map<string, Uint8Array>();
    const io: FileAccess = {
      exists: (p) => files.has(p),
      write: async (file, content) => {
        files.set(file, content);
      },
      read: async (file) => files.get(file),
    };
    return { files, io };
  };
  const text = (files: Map<string, Uint8Array>) => Buffer.from(files.get('data.json')!).toString('utf8');
  const build = async (list: readonly object[], previous: RenderManifest | undefined, io: FileAccess, version = 'v') => {
    const made: number[] = [];
    const result = await writeChangedFiles(new Map([['data.json', maker(list, made)]]), version, previous, io);
    return { made, manifest: { version, pages: {}, files: result.prints, lines: result.lines } as RenderManifest, result };
  };

  it('writes what jsonRecords writes, then serialises only the records whose key changed', async () => {
    const { files, io } = disk();
    const first = await build(records(['One', 'Two', 'Three']), undefined, io);
    expect(first.made).toEqual([0, 1, 2]);
    expect(text(files)).toBe(jsonRecords(records(['One', 'Two', 'Three'])));
    const edited = records(['One', 'Two, "edited"', 'Three', 'Four']);
    const second = await build(edited, first.manifest, io);
    expect(second.made).toEqual([1, 3]);
    expect(text(files)).toBe(jsonRecords(edited));
    // Records removed and reordered: the lines still come from the last file.
    const third = await build([edited[3]!, edited[0]!], second.manifest, io);
    expect(third.made).toEqual([]);
    expect(text(files)).toBe(jsonRecords([edited[3]!, edited[0]!]));
  });

  it('leaves an unchanged file alone and keeps its lines for the next build', async () => {
    const { io } = disk();
    const first = await build(records(['One', 'Two']), undefined, io);
    const again = await build(records(['One', 'Two']), first.manifest, io);
    expect(again.result.write).toEqual([]);
    expect(again.manifest.lines).toEqual(first.manifest.lines);
  });

  it.each([
    ['the file was changed on disk', (files: Map<string, Uint8Array>) => files.set('data.json', Buffer.from(text(files).replace('One', 'Uno'))), 'v'],
    ['the file is gone', (files: Map<string, Uint8Array>) => files.delete('data.json'), 'v'],
    ['the version changed', () => undefined, 'v2'],
  ])('serialises every record again when %s', async (_, tamper, version) => {
    const { files, io } = disk();
    const first = await build(records(['One', 'Two']), undefined, io);
    tamper(files);
    const list = records(['One', 'Two', 'Three']);
    const second = await build(list, first.manifest, io, version);
    expect(second.made).toEqual([0, 1, 2]);
    expect(text(files)).toBe(jsonRecords(list));
  });
});
