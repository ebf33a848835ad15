import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/archive/assemble.ts';
import { parseAuthority } from '../../src/archive/authority.ts';
import { type ArticleDraft, analyseText } from '../../src/pipeline/analyse.ts';
import type { EntityRecord } from '../../src/types.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'articles');
const drafts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => analyseText(fs.readFileSync(path.join(dir, f), 'utf8'), f).draft)
  .filter((d): d is ArticleDraft => d !== undefined);
const authority = parseAuthority(fs.readFileSync(path.join(root, 'data/entities.yml'), 'utf8'), 'data/entities.yml');

/** Entities whose name or aliases contain the word. */
const holding = (entities: EntityRecord[], word: RegExp) => entities.filter((e) => [e.name, ...e.aliases].some((n) => word.test(n)));

describe.each([
  ['from the text alone', {}],
  ['with data/entities.yml', { authority: authority.value }],
])('the seed archive, %s', (_name, options) => {
  const { entities } = assemble(drafts, '/', options);

  it('has one entity per real entity, with its variants as aliases', () => {
    const haftar = holding(entities, /haft/i);
    expect(haftar.map((e) => e.name)).toEqual(['Khalifa Haftar']);
    expect(haftar[0]!.aliases).toEqual(expect.arrayContaining(['Haftar', 'Haftarot', 'Kalifa Haftar', 'Khalifa Haftarot']));
    expect(haftar[0]!.articles.length).toBeGreaterThanOrEqual(3);

    expect(holding(entities, /stevens/i).map((e) => e.name)).toEqual(['Christopher Stevens']);
    expect(holding(entities, /milliano/i)).toHaveLength(1);

    const gna = holding(entities, /^(GNA|Government of National Accord)$/);
    expect(gna.map((e) => [e.name, e.type])).toEqual([['Government of National Accord', 'organization']]);
    expect(gna[0]!.aliases).toContain('GNA');

    const lna = holding(entities, /^(LNA|Libyan National Army)$/);
    expect(lna.map((e) => [e.name, e.type])).toEqual([['Libyan National Army', 'organization']]);
    expect(lna[0]!.aliases).toContain('LNA');
  });

  it('has no entity made of boilerplate or roles', () => {
    const names = entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const junk of [/chevron/i, /icon/i, /^Affairs/, /^(Ambassador|Colonel|Minister|General|Brigadier)\b/, /[’',.]$/]) {
      expect(names.filter((n) => junk.test(n)), String(junk)).toEqual([]);
    }
  });
});

describe('data/entities.yml', () => {
  it('is valid', () => expect(authority.messages).toEqual([]));
});
