import { describe, expect, it } from 'vitest';
import { type RenderManifest, planRender } from '../../src/site/incremental.ts';

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
