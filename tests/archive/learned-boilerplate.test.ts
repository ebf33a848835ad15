import { describe, expect, it } from 'vitest';
import { isLearnedBoilerplate, learnBoilerplate } from '../../src/archive/learned-boilerplate.ts';

const page = (body: string, extra: string[] = []) => ['Site Menu', 'Headline of the day', body, ...extra, 'Sign up for the Daily Brief'].join('\n');

describe('learnBoilerplate', () => {
  it('learns a line that recurs across three articles, and not the article text', () => {
    const learned = learnBoilerplate([page('First story text.'), page('Second story text.'), page('Third story text.')]);
    expect(isLearnedBoilerplate(learned, 'Sign up for the Daily Brief')).toBe(true);
    expect(isLearnedBoilerplate(learned, 'sign up for the daily brief!')).toBe(true);
    expect(isLearnedBoilerplate(learned, 'First story text.')).toBe(false);
  });

  it('needs only two articles when both name the same publisher', () => {
    const withSite = (body: string) => ['- Daily Planet', body, 'Follow the Planet on every network'].join('\n');
    const learned = learnBoilerplate([withSite('One.'), withSite('Two.')]);
    expect(isLearnedBoilerplate(learned, 'Follow the Planet on every network')).toBe(true);
    expect(isLearnedBoilerplate(learnBoilerplate([page('One.'), page('Two.')]), 'Sign up for the Daily Brief')).toBe(false);
  });

  it('never learns a long line: two reports may quote the same paragraph', () => {
    const quote = 'The minister said that the government would not change its position on the matter until the court had ruled on every appeal that had been lodged.';
    const learned = learnBoilerplate([page('A.', [quote]), page('B.', [quote]), page('C.', [quote])]);
    expect(isLearnedBoilerplate(learned, quote)).toBe(false);
  });
});

describe('learnedLinesIn', () => {
  it('lists, sorted, only the learned lines the article itself contains', async () => {
    const { learnFromKeys, learnedLinesIn, lineKeys } = await import('../../src/archive/learned-boilerplate.ts');
    const texts = ['Menu\nSubscribe now\nA story.', 'Menu\nSubscribe now\nAnother story.', 'Menu\nSubscribe now\nA third.', 'Menu\nOnly here.'];
    const keys = texts.map(lineKeys);
    const learned = learnFromKeys(keys);
    expect(learnedLinesIn(learned, keys[0]!)).toEqual(['menu', 'subscribe now']);
    expect(learnedLinesIn(learned, keys[3]!)).toEqual(['menu']);
  });
});
