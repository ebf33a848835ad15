/**
 * The five sample articles in articles/: the fields a reader checks first, and no page furniture
 * left in any body. These are the project's own samples, not a tuning set: the rules that get
 * them right are the general ones scored on the benchmark.
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
const drafts = files.map((f, i) => analyseText(texts[i]!, f, { entities: false, learned }).draft!);
const byPrefix = (p: string) => drafts.find((d) => d.file.startsWith(p))!;

describe('sample articles', () => {
  it.each([
    ['000', 'US Commander Predicts US Mission Return to Libya 6 Years After Benghazi Attack', 'Sputnik International', null],
    ['001', 'The U.S Military considers re-establishing its Presence in Libya', null, null],
    ['002', 'Tripoli govt invites Pentagon to redeploy troops to NATO-ravaged Libya… to ‘deter Russia’', 'RT', null],
    ['003', 'U.S. Officials Meet Strongman Khalifa Haftar To Resolve Libyan Conflict', 'The Chief Observer', 'Caroline Finnegan'],
    ['004', 'Russia in Libya — Pentagon’s nightmare', 'Al Jazeera', null],
  ])('%s: title, source and author', (prefix, title, source, author) => {
    const d = byPrefix(prefix);
    expect({ title: d.title, source: d.source, author: d.author }).toEqual({ title, source, author });
  });

  it('keeps the author bio out of the body and in authorBio', () => {
    const d = byPrefix('003');
    expect(d.authorBio).toMatch(/^A professionnal journalist .* The Chief Observer\.$/);
    expect(d.body.join('\n')).not.toContain('professionnal journalist');
  });

  it('every inferred field records the rule, its evidence and a confidence', () => {
    for (const d of drafts) {
      for (const field of ['title', 'body', 'language']) expect(d.provenance[field], `${d.file} ${field}`).toMatchObject({ rule: expect.any(String), confidence: expect.any(Number) });
      if (d.source) expect(d.provenance.source?.evidence).toBeTruthy();
      if (d.author) expect(d.provenance.author?.evidence).toBeTruthy();
    }
  });

  it.each([
    /^Subscribe$/m,
    /^READ MORE:/m,
    /- Sputnik International$/m,
    /^Also on rt\.com/m,
    /^Newsfeed$/m,
    /log in or register/,
    /To participate in the discussion/,
    /^Share Button$/m,
    /Заголовок/,
    /Россия в Ливии/,
    /Think your friends would be interested/,
    /^Related Articles$/m,
    /Leave a Reply/,
    /Libya Seeks Intl Community's Aid to Solve Country's Ongoing Crisis - Envoy to US/,
    /Get the latest news from around the world/,
    /icon bookmark/,
  ])('no body holds %s', (pattern) => {
    for (const d of drafts) expect(d.body.join('\n'), d.file).not.toMatch(pattern);
  });
});
