import { describe, expect, it } from 'vitest';
import { type NameReaders, scoreNameLines } from '../../src/pipeline/author-score.ts';
import { isDateish, nameAt, namesLine, normaliseName, readByline } from '../../src/pipeline/author.ts';
import { toLines } from '../../src/pipeline/lines.ts';

const read: NameReaders = {
  readByline,
  nameAt,
  namesLine,
  normaliseName,
  isDateish,
  isRoleLine: (t) => /^(?:editor|reporter|redakteurin?)\b/i.test(t),
  isCommentMeta: (t) => /\b(?:reply|antworten)$/i.test(t),
  isJoiner: (w) => ['van', 'von', 'de', 'and'].includes(w),
};
const body = Array.from({ length: 6 }, (_, i) => `Body paragraph ${i + 1} goes on about the story, long enough to count as prose here.`);

describe('scoreNameLines', () => {
  it.each([
    // given name + near the headline: 2 points, enough
    ['near the headline', ['Headline', 'Beate Finken', ...body], [0], 'Beate Finken', 'near the headline'],
    // the same line far from every anchor: the given name alone is never enough
    ['far from any anchor', ['Headline', ...body, 'x', 'y', 'z', 'w', 'v', 'u', 'Beate Finken', 'Impressum'], [0], undefined, undefined],
    // a date beside it makes up for the distance
    ['date beside, far away', ['Headline', ...body, 'x', 'y', 'z', 'w', 'v', 'u', 'Beate Finken', '12.03.2020'], [0], 'Beate Finken', 'date beside'],
    // no known given name: a label, whatever stands beside it
    ['no given name', ['Headline', 'Greator Festival', '12.03.2020', ...body], [0], undefined, undefined],
  ])('%s', (_name, text, anchors, author, evidence) => {
    const lines = toLines(text.join('\n'));
    const hit = scoreNameLines(lines, { free: (l) => l.index !== 0, anchors, textStart: 2, lowerWords: () => new Set() }, read);
    expect(hit?.author).toBe(author);
    if (evidence) expect(hit?.evidence).toContain(evidence);
  });
});
