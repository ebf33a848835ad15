import { describe, expect, it } from 'vitest';
import { estimateJaccard, minhash, readSignature, shingles, textSignature } from '../../src/pipeline/text-signature.ts';

const story =
  'The central bank raised its main interest rate by half a point on Thursday, citing inflation that has stayed above target for a year, and signalled that further increases may follow if prices keep rising.';
const rewrite = `${story} Analysts had expected the move.`;
const other =
  'Heavy rain flooded several villages in the north of the country overnight, cutting roads and forcing hundreds of families to leave their homes for emergency shelters run by volunteers.';

describe('minhash', () => {
  it('estimates Jaccard: 1 for equal sets, high for near-duplicates, low for unrelated text', () => {
    const [a, b, c] = [story, rewrite, other].map((t) => minhash(shingles(t)));
    expect(estimateJaccard(a!, a!)).toBe(1);
    expect(estimateJaccard(a!, b!)).toBeGreaterThan(0.6);
    expect(estimateJaccard(a!, c!)).toBeLessThan(0.2);
  });
});

describe('textSignature', () => {
  it('reads back as the MinHash of the body', () => {
    const text = textSignature([story]);
    expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(readSignature(text!)).toEqual(minhash(shingles(story)));
  });

  it('is null for a body without words, and a damaged signature is not read', () => {
    expect(textSignature(['', '—'])).toBeNull();
    expect(readSignature('AAAA')).toBeUndefined();
  });
});
