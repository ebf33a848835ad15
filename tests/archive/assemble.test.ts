import { describe, expect, it } from 'vitest';
import { sortByPublished } from '../../src/archive/assemble.ts';
import type { ArticleRecord, Published } from '../../src/types.ts';

const rec = (title: string, published: Published | null): ArticleRecord =>
  ({ id: title, url: '', file: `${title}.txt`, title, source: null, author: null, published, language: 'en', body: [], entities: [], provenance: {}, messages: [] }) as ArticleRecord;

describe('sortByPublished', () => {
  it('puts newest first, then undated and estimated articles by title', () => {
    const list = [
      rec('b-undated', null),
      rec('old', { date: '2019-05-01', precision: 'day', estimated: false }),
      rec('a-estimated', { date: '2021', precision: 'year', estimated: true }),
      rec('new-late', { date: '2020-02-23', precision: 'day', estimated: false, time: '17:00' }),
      rec('new-early', { date: '2020-02-23', precision: 'day', estimated: false, time: '05:06' }),
      rec('month', { date: '2020-01', precision: 'month', estimated: false }),
    ];
    sortByPublished(list);
    expect(list.map((a) => a.title)).toEqual(['new-late', 'new-early', 'month', 'old', 'a-estimated', 'b-undated']);
  });
});
