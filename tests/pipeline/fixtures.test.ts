/**
 * Golden fixtures: tests/fixtures/<case>/input.txt (a raw page dump) -> record.json (the fields
 * a curator reads). Regenerate on purpose only: UPDATE_FIXTURES=1 npx vitest run tests/pipeline/fixtures.test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/pipeline/analyse.ts';

const root = path.resolve(import.meta.dirname, '../fixtures');
const cases = fs.readdirSync(root).filter((c) => fs.existsSync(path.join(root, c, 'input.txt')));

describe('golden fixtures', () => {
  it.each(cases)('%s', (name) => {
    const input = fs.readFileSync(path.join(root, name, 'input.txt'), 'utf8');
    const d = analyseText(input, `${name}.txt`, { entities: false }).draft!;
    const actual = { title: d.title, subtitle: d.subtitle, source: d.source, author: d.author, authorBio: d.authorBio, language: d.language, body: d.body };
    const file = path.join(root, name, 'record.json');
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    // Every inferred field says which rule produced it.
    for (const field of ['title', 'body', 'language']) expect(d.provenance[field]?.rule).toBeTruthy();
    if (d.author) expect(d.provenance.author?.rule).toBeTruthy();
    if (d.source) expect(d.provenance.source?.rule).toBeTruthy();
  });
});
