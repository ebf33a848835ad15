import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { articleLinks, linksOfPacked, packLinksInput, startLinksWorker } from '../../src/site/article-links.ts';
import { textSignature } from '../../src/pipeline/text-signature.ts';
import type { ArticleRecord } from '../../src/types.ts';
import { article, mention } from './records.ts';

const story = 'The ministers met in the capital on Monday to agree a ceasefire along the whole front line, officials said, and talks will resume next week in the same city.';
// Related by shared entities, the same story from two publishers (near-identical text, and the
// same entities days apart), estimated and month dates, no source, an entity named two ways.
const base: ArticleRecord[] = [
  article('a', { date: '2020-02-01', source: 'Wire', entities: ['p:Ann Lee', 'l:Oslo', 'o:Statoil'], body: [story] }),
  article('b', { date: '2020-02-02', source: 'Post', entities: ['p:Ann Lee', 'l:Oslo', 'o:Statoil'], body: [`${story} More to follow.`] }),
  article('c', { date: { date: '2020-02-03', estimated: true }, entities: ['p:Ann Lee', 'l:Oslo'], body: ['Another text entirely, about the weather in Bergen and the harbour.'] }),
  article('d', { date: '2020-02', source: 'Wire', entities: ['l:Oslo', 'o:Statoil', 'p:Per Hansen'] }),
  article('e', { entities: ['p:Per Hansen'], body: [] }),
  { ...article('f', { date: '2020-02-04', source: 'Post', entities: ['l:Oslo', 'o:Statoil'] }), entities: [{ ...mention('p:Ann Lee'), name: 'A. Lee' }, mention('l:Oslo'), mention('o:Statoil')] },
];

describe('article links', () => {
  it('gives from the packed fields what the records give, with stored signatures, without, and with some', () => {
    const stored = new Map(base.flatMap((a) => (a.id === 'b' ? [] : [[a.id, textSignature(a.body)] as const])).filter((e): e is [string, string] => e[1] !== null));
    for (const signatures of [undefined, stored]) {
      const inline = articleLinks(base, signatures);
      expect([...inline.related.values()].flat().length).toBeGreaterThan(0);
      expect([...inline.same.values()].flat().map((s) => s.rule)).toEqual(expect.arrayContaining(['near-duplicate', 'same-entities']));
      expect(linksOfPacked(packLinksInput({ articles: base, ...(signatures ? { signatures } : {}) }))).toEqual(inline);
    }
  });

  it('passes each name an article gives an entity (the related list shows them)', () => {
    const packed = linksOfPacked(packLinksInput({ articles: base }));
    expect(packed.related.get('f')!.find((r) => r.id === 'a')!.shared).toContain('A. Lee');
    expect(packed.related.get('a')!.find((r) => r.id === 'f')!.shared).toContain('Ann Lee');
  });

  it('works the links out in a worker thread', async () => {
    const worker = startLinksWorker();
    try {
      const { inWorker, ...links } = await worker.links({ articles: base });
      expect(inWorker).toBe(true);
      expect(links).toEqual(articleLinks(base));
    } finally {
      worker.stop();
    }
  }, 30_000);

  it('tells the gate as soon as the work is done, and the gate closes when the worker dies', async () => {
    const told = new MessageChannel();
    const worker = startLinksWorker();
    const heard = new Promise((resolve) => told.port2.once('message', resolve));
    expect((await worker.links({ articles: base }, told.port1)).inWorker).toBe(true);
    expect(await heard).toBe('done');
    const dead = startLinksWorker();
    const gate = new MessageChannel();
    const closed = new Promise((resolve) => gate.port2.once('close', () => resolve('closed')));
    const links = dead.links({ articles: base }, gate.port1);
    dead.stop();
    expect(await closed).toBe('closed');
    expect((await links).related).toEqual(articleLinks(base).related);
  }, 30_000);
});
