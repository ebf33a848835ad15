/**
 * The search settings (src/heuristics/site.json, `search`) reach assets/search.js: each is
 * written by templates/search.njk as a data attribute the script reads, and each is a value the
 * script can use.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import settings from '../../src/heuristics/site.json' with { type: 'json' };
import { REPO } from '../e2e/harness.ts';

const template = await fs.readFile(path.join(REPO, 'templates/search.njk'), 'utf8');
const script = await fs.readFile(path.join(REPO, 'public/assets/search.js'), 'utf8');

// setting -> the data attribute it travels in; minEntityFilterArticles is used at build time.
const ATTRIBUTES: [keyof typeof settings.search, string, string][] = [
  ['pageSize', 'data-page-size', 'pageSize'],
  ['filterValuesShown', 'data-filter-values', 'filterValues'],
  ['debounceMs', 'data-debounce', 'debounce'],
  ['excerptWords', 'data-excerpt-words', 'excerptWords'],
  ['stopWords', 'data-stop-words', 'stopWords'],
];

describe('search settings', () => {
  it.each(ATTRIBUTES)('%s is written as %s and read by search.js as dataset.%s', (key, attribute, dataset) => {
    expect(template).toMatch(new RegExp(`${attribute}="\\{\\{ searchSettings\\.${key}\\b`));
    expect(script).toContain(`form.dataset.${dataset}`);
  });

  it('covers every setting but the build-time one', () => {
    const keys = Object.keys(settings.search).filter((k) => k !== '_why' && k !== 'minEntityFilterArticles');
    expect(keys.sort()).toEqual(ATTRIBUTES.map(([k]) => k).sort());
  });

  it.each([['pageSize'], ['filterValuesShown'], ['debounceMs'], ['excerptWords']] as const)('%s is a positive whole number', (key) => {
    expect(Number.isInteger(settings.search[key]) && settings.search[key] > 0).toBe(true);
  });

  it('stop words are single lower-case words (the script compares lower-cased words)', () => {
    for (const w of settings.search.stopWords) expect(w).toMatch(/^\p{Ll}+$/u);
    expect(new Set(settings.search.stopWords).size).toBe(settings.search.stopWords.length);
  });
});
