/**
 * Publication dates of the five sample articles in articles/: the RT article's date line
 * ("23 Feb, 2020 05:06") is its date; the Sputnik article gets only an estimated year; no other
 * sample gets a day (their texts show none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnBoilerplate } from '../../src/archive/learned-boilerplate.ts';
import { analyseText } from '../../src/pipeline/analyse.ts';

const dir = path.resolve(import.meta.dirname, '../../articles');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const learned = learnBoilerplate(texts);
const published = (prefix: string) => {
  const i = files.findIndex((f) => f.startsWith(prefix));
  return analyseText(texts[i]!, files[i]!, { entities: false, learned }).draft!.published;
};

describe('sample articles: publication dates', () => {
  it.each([
    // a date line above the headline, with its clock
    ['002', { date: '2020-02-23', precision: 'day', estimated: false, time: '05:06' }],
    // "six years after" the 2012 attack: a year, estimated, never a day
    ['000', { date: '2018', precision: 'year', estimated: true, range: { from: '2017', to: '2019' } }],
    // no date line and nothing to estimate from
    ['001', null],
    ['003', null],
    ['004', null],
  ])('%s', (prefix, expected) => {
    expect(published(prefix)).toEqual(expected);
  });
});
