import { describe, expect, it } from 'vitest';
import { bilouToSpans, iobToSpans } from '../../src/ner/bilou.ts';
import { parseConll, scoreSpans } from '../../src/ner/conll.ts';

// Two documents; gold: PER Peter Blackburn, LOC BRUSSELS, ORG European Commission, MISC German
// (ignored), LOC Bonn.
const GOLD = `-DOCSTART- -X- -X- O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER

BRUSSELS NNP B-NP B-LOC
1996-08-22 CD I-NP O

-DOCSTART- -X- -X- O

The DT B-NP O
European NNP I-NP B-ORG
Commission NNP I-NP I-ORG
said VBD B-VP O
German JJ B-NP B-MISC
officials NNS I-NP O
in IN B-PP O
Bonn NNP B-NP B-LOC
`;

describe('parseConll', () => {
  it('reads documents, sentences, tokens and the last column', () => {
    const docs = parseConll(GOLD);
    expect(docs.map((d) => d.tokens.length)).toEqual([2, 1]);
    expect(docs[0]!.tokens[0]).toEqual(['Peter', 'Blackburn']);
    expect(docs[1]!.tags[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-MISC', 'O', 'O', 'B-LOC']);
  });
});

describe('scoreSpans', () => {
  const gold = parseConll(GOLD).flatMap((d) => d.tags.map(iobToSpans));
  it('scores a perfect prediction 1 and ignores MISC', () => {
    const s = scoreSpans(gold, gold, ['PER', 'ORG', 'LOC']);
    expect([s.precision, s.recall, s.f1, s.gold]).toEqual([1, 1, 1, 4]);
  });

  it('counts a span only when both its boundaries and its type are exact', () => {
    const predicted = [
      // "Peter" alone: boundary error
      ['U-PER', 'O'],
      // BRUSSELS right
      ['U-LOC', 'O'],
      // European Commission right, German as ORG is a false positive, Bonn as PER a type error
      ['O', 'B-ORG', 'L-ORG', 'O', 'U-ORG', 'O', 'O', 'U-PER'],
    ].map(bilouToSpans);
    const s = scoreSpans(gold, predicted, ['PER', 'ORG', 'LOC']);
    // 5 predicted, 4 gold, 2 correct
    expect(s.precision).toBeCloseTo(2 / 5);
    expect(s.recall).toBeCloseTo(2 / 4);
    expect(s.f1).toBeCloseTo((2 * 0.4 * 0.5) / 0.9);
    expect(s.types.PER).toMatchObject({ gold: 1, predicted: 2, correct: 0, f1: 0 });
    expect(s.types.ORG).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 0.5, recall: 1 });
    expect(s.types.LOC).toMatchObject({ gold: 2, predicted: 1, correct: 1, precision: 1, recall: 0.5 });
  });
});
