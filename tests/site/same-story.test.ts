import { describe, expect, it } from 'vitest';
import { textSignature } from '../../src/pipeline/text-signature.ts';
import { sameStory } from '../../src/site/same-story.ts';
import { article } from './records.ts';

const story = 'The central bank raised its main interest rate by half a point on Thursday, citing inflation that has stayed above target for a year, and signalled that further increases may follow if prices keep rising.';
const rewrite = `${story} Analysts had expected the move.`;
const other = 'Heavy rain flooded several villages in the north of the country overnight, cutting roads and forcing hundreds of families to leave their homes for emergency shelters run by volunteers.';

describe('sameStory', () => {
  const cases: [string, Parameters<typeof article>[1][], string[]][] = [
    // Near-identical text from two publishers.
    ['near-duplicate text, other source', [{ body: [story], source: 'A' }, { body: [rewrite], source: 'B' }], ['y']],
    // The same text from the same publisher is not "elsewhere".
    ['same source is not elsewhere', [{ body: [story], source: 'A' }, { body: [rewrite], source: 'A' }], []],
    ['unrelated text', [{ body: [story], source: 'A' }, { body: [other], source: 'B' }], []],
    // Different words, same people and places, two days apart.
    [
      'same entities, close dates',
      [
        { body: [story], source: 'A', date: '2021-03-01', entities: ['p:Ann Lee', 'o:Bank', 'l:Oslo'] },
        { body: [other], source: 'B', date: '2021-03-03', entities: ['p:Ann Lee', 'o:Bank', 'l:Oslo', 'l:Bergen'] },
      ],
      ['y'],
    ],
    [
      'same entities, dates far apart',
      [
        { body: [story], source: 'A', date: '2021-03-01', entities: ['p:Ann Lee', 'o:Bank', 'l:Oslo'] },
        { body: [other], source: 'B', date: '2021-05-01', entities: ['p:Ann Lee', 'o:Bank', 'l:Oslo'] },
      ],
      [],
    ],
  ];
  it.each(cases)('%s', (_name, [x, y], expected) => {
    const found = sameStory([article('x', x), article('y', y)]);
    expect(found.get('x')!.map((s) => s.id)).toEqual(expected);
    expect(found.get('y')!.map((s) => s.id)).toEqual(expected.length ? ['x'] : []);
  });
});

describe('sameStory with signatures made at analysis', () => {
  const texts = { x: { body: [story], source: 'A' }, y: { body: [other], source: 'B' } };
  it('compares the given signatures, not the bodies', () => {
    const articles = [article('x', texts.x), article('y', texts.y)];
    // y signed as if it told x's story: the signatures decide, so the pair is found.
    const given = new Map([
      ['x', textSignature([story])!],
      ['y', textSignature([story])!],
    ]);
    expect(sameStory(articles).get('x')).toEqual([]);
    expect(sameStory(articles, given).get('x')!.map((s) => s.id)).toEqual(['y']);
  });

  it('makes the signature of an article that has none, or a damaged one', () => {
    const articles = [article('x', texts.x), article('y', { body: [rewrite], source: 'B' })];
    expect(sameStory(articles, new Map([['x', 'AAAA']])).get('x')!.map((s) => s.id)).toEqual(['y']);
  });
});
