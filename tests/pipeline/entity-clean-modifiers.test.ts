import { describe, expect, it } from 'vitest';
import { cleanMention } from '../../src/pipeline/entity-clean.ts';

describe('cleanMention: modifiers and bare titles', () => {
  it.each([
    // a compound modifier in front of a name is not part of it
    ['UN-recognized Government of National Accord', 'organization', 'Government of National Accord'],
    ['Tripoli-based Interior Ministry', 'organization', 'Interior Ministry'],
    ['US-led Coalition Command', 'organization', 'Coalition Command'],
    // a hyphenated name itself stays whole
    ['Abu-Bakr Mohammed', 'person', 'Abu-Bakr Mohammed'],
    // a title alone names nobody
    ['Brigadier', 'person', undefined],
    ['Minister', 'person', undefined],
    // short and dotted title entries can be names of places
    ['U.S.', 'place', 'U.S'],
  ] as const)('%s (%s) -> %s', (text, type, expected) => {
    expect(cleanMention(text, type)).toBe(expected);
  });
});
