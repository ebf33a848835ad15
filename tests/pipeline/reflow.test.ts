import { describe, expect, it } from 'vitest';
import { reflow } from '../../src/pipeline/reflow.ts';

const wire = [
  'OIL PRICES RISE ON SUPPLY FEARS',
  '',
  'LONDON, March 3 - Crude oil prices rose sharply on Tuesday as',
  'traders worried that supplies from the Gulf could be disrupted by',
  'the fighting, dealers said in their morning review of the market.',
  '    Brent crude for April delivery gained 40 cents to 18.20 dlrs a',
  'barrel, its highest level in three weeks, and was still climbing',
  'in late trading according to brokers in the City of London.',
  '    Dealers said the rise could continue.',
  '    The market will watch the meeting of ministers next week for',
  'signs of a new accord on output quotas among the producers.',
].join('\n');

describe('reflow', () => {
  it('joins wrapped lines and splits paragraphs at indents', () => {
    const { value, provenance } = reflow(wire);
    expect(value.split('\n')).toEqual([
      'OIL PRICES RISE ON SUPPLY FEARS',
      'LONDON, March 3 - Crude oil prices rose sharply on Tuesday as traders worried that supplies from the Gulf could be disrupted by the fighting, dealers said in their morning review of the market.',
      'Brent crude for April delivery gained 40 cents to 18.20 dlrs a barrel, its highest level in three weeks, and was still climbing in late trading according to brokers in the City of London.',
      'Dealers said the rise could continue.',
      'The market will watch the meeting of ministers next week for signs of a new accord on output quotas among the producers.',
    ]);
    expect(provenance?.rule).toBe('hard-wrapped-text');
  });

  it('leaves a one-paragraph-per-line dump untouched', () => {
    const dump = [
      'Officials Meet in Tripoli',
      'Some senior officials reportedly met with the commander on Monday to discuss the offensive on the capital.',
      'The delegation and the commander discussed steps to achieve a suspension of hostilities.',
      'The officials offered full support to maintain the sovereignty and territorial integrity of the country.',
      'Earlier this month, the ministry called on all sides to end the offensive and return to talks.',
    ].join('\n');
    expect(reflow(dump).value).toBe(dump);
  });

  it('leaves short texts untouched', () => {
    expect(reflow('one line\ntwo').value).toBe('one line\ntwo');
  });
});
