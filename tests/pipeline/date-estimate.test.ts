import { describe, expect, it } from 'vitest';
import { estimatePublished, sentences, yearRange, yearsIn } from '../../src/pipeline/date-estimate.ts';

describe('estimatePublished', () => {
  it.each([
    // the event's year in another sentence that shares its key words
    [
      'years after, year elsewhere',
      ['Six years after a deadly attack on the US consulate in Benghazi, a mission may return.', 'In September 2012, the US consulate in Benghazi was attacked by militants.'],
      '2018',
      '2017',
    ],
    // the headline form, with digits
    ['headline with digits', ['US Mission May Return 6 Years After Benghazi Attack', 'He recalled the 2012 Benghazi attack.'], '2018', '2017'],
    // the year in the same sentence
    ['same sentence', ['Nine years after the NATO bombing campaign of 2011, the country is still divided.'], '2020', '2019'],
    ['years ago', ['Ten years ago, in 2009, the bridge was opened to traffic.'], '2019', '2018'],
    // German and Spanish
    ['german', ['Fünf Jahre nach der Flut von 2013 ist das Dorf wieder aufgebaut.'], '2018', '2017'],
    ['spanish', ['Tres años después de las elecciones de 2016, el país sigue dividido.'], '2019', '2018'],
    // compound number words are read whole, not as their last part
    ['french compound', ['Vingt-cinq ans après 1995, une nouvelle mobilisation se prépare.'], '2020', '2019'],
    ['english compound', ['Twenty-five years after the 1995 strike, the union marched again.'], '2020', '2019'],
    // the range starts no earlier than a year the text names
    ['bounded by a named year', ['Five years after the 2013 flood, the village is rebuilt.', 'In 2018 the last house was finished.'], '2018', '2018'],
  ])('%s', (_name, paragraphs, year, from) => {
    const { value, provenance } = estimatePublished(paragraphs);
    expect(value).toMatchObject({ date: year, precision: 'year', estimated: true });
    // "six years after" is rounded either way: a year either side
    expect(value?.range).toEqual({ from, to: String(Number(year) + 1) });
    expect(provenance?.rule).toBe('years-after-event');
    expect(provenance?.confidence).toBeLessThan(0.7);
  });

  it.each([
    // no "N years after": no estimate, even with years in the text
    ['years only', ['In 2012, the compound was attacked.', 'The embassy closed in 2014.']],
    // the event phrase matches no dated sentence
    ['no linked year', ['Six years after the war, the city is quiet.', 'The mayor spoke in 2019 about taxes.']],
    // an estimate earlier than a year the text names cannot be right
    ['contradicted', ['Two years after the 2010 floods, the dam held.', 'In 2019 the dam was rebuilt.']],
  ])('no estimate: %s', (_name, paragraphs) => {
    expect(estimatePublished(paragraphs).value).toBeNull();
  });
});

describe('years and sentences', () => {
  it('ignores years that point forward', () => {
    expect(yearsIn('The plan runs until 2030 and began in 2019.').map((y) => y.year)).toEqual([2019]);
  });

  it('gives the range from the latest year mentioned', () => {
    expect(yearRange(['In 2012 it was attacked.', 'It closed in 2014.'])).toEqual({ from: '2014' });
    expect(yearRange(['No years here.'])).toBeUndefined();
  });

  it('does not split after an abbreviated month', () => {
    expect(sentences(['In this Sept. 12, 2012 file photo, debris is strewn. It burned.'])).toHaveLength(2);
  });
});
