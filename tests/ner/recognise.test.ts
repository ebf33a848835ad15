import { describe, expect, it } from 'vitest';
import { recognise } from '../../src/ner/recognise.ts';

const found = (text: string) => recognise(text).map((e) => `${e.type}:${e.text}`);

describe('recognise (committed model)', () => {
  it.each([
    // people, places and organisations in plain news sentences (made up)
    ['Maria Gonzalez, the mayor of Madrid, met officials from the World Bank on Monday.', ['person:Maria Gonzalez', 'place:Madrid', 'organization:World Bank']],
    ['Shares of General Motors fell in New York after John Smith resigned.', ['organization:General Motors', 'place:New York', 'person:John Smith']],
    // a possessive is not part of the name; a curly apostrophe works like a straight one
    ['Khalifa Haftar’s forces advanced on Tripoli.', ['person:Khalifa Haftar', 'place:Tripoli']],
    // an ALL-CAPS headline is re-cased before tagging
    ['CLINTON MEETS YELTSIN IN MOSCOW', ['person:CLINTON', 'person:YELTSIN', 'place:MOSCOW']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('returns offsets that slice the input', () => {
    const text = 'The United Nations said on Tuesday that Ban Ki-moon would visit Kenya.';
    const entities = recognise(text);
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('finds nothing in text without names', () => {
    expect(recognise('the cat sat on the mat and it was quite happy there.')).toEqual([]);
  });
});
