import { describe, expect, it } from 'vitest';
import { allowedTransition, bilouTags, bilouToSpans, iobToSpans, readSpans, spansToBilou } from '../../src/ner/bilou.ts';

describe('bilouToSpans', () => {
  it.each([
    // a unit and a three-token entity
    [['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG'], [[0, 1, 'PER'], [2, 5, 'ORG']]],
    // two adjacent entities
    [['B-LOC', 'L-LOC', 'U-LOC'], [[0, 2, 'LOC'], [2, 3, 'LOC']]],
    // an unfinished entity is closed at the end of the sentence
    [['O', 'B-PER', 'I-PER'], [[1, 3, 'PER']]],
    // a type change closes the open entity
    [['B-PER', 'L-ORG'], [[0, 1, 'PER'], [1, 2, 'ORG']]],
    // an I without its B still starts an entity
    [['I-MISC', 'L-MISC'], [[0, 2, 'MISC']]],
    [['O', 'O'], []],
  ])('%j', (tags, spans) => {
    expect(bilouToSpans(tags).map((s) => [s.start, s.end, s.type])).toEqual(spans);
  });
});

describe('readSpans', () => {
  it.each([
    // valid sequences read as bilouToSpans reads them
    [['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG'], [[0, 1, 'PER'], [2, 5, 'ORG']]],
    [['B-LOC', 'L-LOC', 'U-LOC'], [[0, 2, 'LOC'], [2, 3, 'LOC']]],
    [['U-LOC', 'U-PER'], [[0, 1, 'LOC'], [1, 2, 'PER']]],
    [['O', 'B-PER', 'I-PER'], [[1, 3, 'PER']]],
    // a type wavering inside a name: one entity, the type most of its tokens carry
    [['U-LOC', 'I-ORG', 'L-ORG', 'O'], [[0, 3, 'ORG']]],
    [['B-LOC', 'I-ORG', 'I-ORG', 'L-ORG'], [[0, 4, 'ORG']]],
    // a tie goes to the later token
    [['B-ORG', 'L-PER'], [[0, 2, 'PER']]],
    [['U-PER', 'L-LOC'], [[0, 2, 'LOC']]],
    // a U inside an unfinished name continues it; a B always begins a new one
    [['U-LOC', 'I-LOC', 'U-LOC'], [[0, 3, 'LOC']]],
    [['B-ORG', 'I-ORG', 'B-PER', 'L-PER'], [[0, 2, 'ORG'], [2, 4, 'PER']]],
    // an I without its B still starts an entity
    [['O', 'I-MISC', 'L-MISC'], [[1, 3, 'MISC']]],
    [['O', 'O'], []],
  ])('%j', (tags, spans) => {
    expect(readSpans(tags).map((s) => [s.start, s.end, s.type])).toEqual(spans);
  });
});

describe('iobToSpans', () => {
  it.each([
    // IOB2
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [[0, 2, 'PER'], [3, 4, 'LOC']]],
    // IOB1: I after O starts an entity; B only separates two of the same type
    [['I-ORG', 'I-ORG', 'B-ORG', 'O'], [[0, 2, 'ORG'], [2, 3, 'ORG']]],
    // type change without B
    [['I-PER', 'I-LOC'], [[0, 1, 'PER'], [1, 2, 'LOC']]],
  ])('%j', (tags, spans) => {
    expect(iobToSpans(tags).map((s) => [s.start, s.end, s.type])).toEqual(spans);
  });
});

describe('spansToBilou', () => {
  it('round-trips through bilouToSpans', () => {
    const spans = [
      { start: 0, end: 1, type: 'PER' },
      { start: 2, end: 5, type: 'ORG' },
      { start: 5, end: 7, type: 'LOC' },
    ];
    const tags = spansToBilou(spans, 8);
    expect(tags).toEqual(['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'B-LOC', 'L-LOC', 'O']);
    expect(bilouToSpans(tags)).toEqual(spans);
  });
});

describe('allowedTransition', () => {
  it.each([
    ['O', 'B-PER', true],
    ['O', 'I-PER', false],
    ['B-PER', 'I-PER', true],
    ['B-PER', 'L-ORG', false],
    ['B-PER', 'O', false],
    ['L-PER', 'U-LOC', true],
    ['I-LOC', 'L-LOC', true],
    ['U-LOC', 'L-LOC', false],
  ])('%s -> %s: %s', (prev, next, ok) => {
    expect(allowedTransition(prev, next)).toBe(ok);
  });

  it('lists O and four tags per type', () => {
    expect(bilouTags(['PER', 'LOC'])).toEqual(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC']);
  });
});
