import { describe, expect, it } from 'vitest';
import { clauseAround, findEvents } from '../../src/pipeline/events.ts';
import type { Published } from '../../src/types.ts';

const day = (date: string): Published => ({ date, precision: 'day', estimated: false });
const dates = (paragraphs: string[], published: Published | null = null) => findEvents(paragraphs, published).map((e) => [e.date, e.precision, e.rule]);

describe('findEvents: absolute dates', () => {
  it.each([
    // month and year
    ['In September 2012, the US consulate in Benghazi was attacked.', [['2012-09', 'month', 'absolute']]],
    // a full date
    ['The attack was launched on September 11, 2012 by militants.', [['2012-09-11', 'day', 'absolute']]],
    // a year after a preposition, and an attributive year
    ['It is there for the first time since 2014 when it closed its Tripoli-based embassy.', [['2014', 'year', 'absolute']]],
    ['He recalled the 2012 Benghazi attack.', [['2012', 'year', 'absolute']]],
    // German, Spanish, French, Polish
    ['Im September 2012 wurde das Konsulat angegriffen.', [['2012-09', 'month', 'absolute']]],
    ['El consulado fue atacado el 11 de septiembre de 2012.', [['2012-09-11', 'day', 'absolute']]],
    ['Le consulat a été attaqué en septembre 2012.', [['2012-09', 'month', 'absolute']]],
    ['Konsulat zaatakowano we wrześniu 2012 roku.', [['2012-09', 'month', 'absolute']]],
    // a year that points forward is a plan, not an event; a bare number is not a year
    ['The force will stay until 2030.', []],
    ['The company sold 2012 cars.', []],
    // a photo caption is not an event
    ['In this Sept. 12, 2012 file photo, debris is strewn inside the consulate.', []],
  ])('%s', (sentence, expected) => {
    expect(dates([sentence])).toEqual(expected);
  });
});

describe('findEvents: relative dates', () => {
  it.each([
    // resolved against a day-precision publication date (Sunday 23 Feb 2020)
    ['Officials met Haftar on Monday.', day('2020-02-23'), [['2020-02-17', 'day', 'relative']]],
    ['The talks failed yesterday.', day('2020-02-23'), [['2020-02-22', 'day', 'relative']]],
    ['The talks began last week in Geneva.', day('2020-02-23'), [['2020-02', 'month', 'relative']]],
    ['Earlier this month, the State Department called on Haftar to end the offensive.', day('2020-02-23'), [['2020-02', 'month', 'relative']]],
    ['The ministers met in April to talk.', day('2020-02-23'), [['2019-04', 'month', 'relative']]],
    ['On 14 November, after the talks, participants issued a statement.', day('2020-02-23'), [['2019-11-14', 'day', 'relative']]],
    ['The economy shrank last year.', day('2020-02-23'), [['2019', 'year', 'relative']]],
    // a month-precision date resolves months, not days
    ['Earlier this month, talks began.', { date: '2020-02', precision: 'month', estimated: false } as Published, [['2020-02', 'month', 'relative']]],
    ['Officials met Haftar on Monday.', { date: '2020-02', precision: 'month', estimated: false } as Published, []],
    // no publication date, or only an estimate: relative dates are dropped
    ['Officials met Haftar on Monday, earlier this month.', null, []],
    ['Officials met Haftar last week.', { date: '2018', precision: 'year', estimated: true } as Published, []],
  ])('%s', (sentence, published, expected) => {
    expect(dates([sentence], published)).toEqual(expected);
  });
});

describe('findEvents: language and tense', () => {
  const published = day('2019-09-18');
  it.each([
    // "hier" is yesterday in French, "here" in German: read only when the language says so
    ['Il est arrivé hier à Paris.', 'fr', [['2019-09-17', 'day', 'relative']]],
    ['Worin besteht hier Anlass zum Lob?', 'de', []],
    ['Worin besteht hier Anlass zum Lob?', undefined, []],
    // a sentence that looks ahead: its "on Friday" is not a past day
    ['The show opens to the public on Friday and will run for a week.', 'en', []],
    ['The show opened to the public on Friday.', 'en', [['2019-09-13', 'day', 'relative']]],
  ])('%s (%s)', (sentence, language, expected) => {
    expect(findEvents([sentence], published, language).map((e) => [e.date, e.precision, e.rule])).toEqual(expected);
  });
});

describe('clauseAround', () => {
  it('keeps a short sentence whole', () => {
    expect(clauseAround('In 2012, the compound was attacked.', 3)).toBe('In 2012, the compound was attacked.');
  });

  it('cuts a long sentence to the clauses around the date', () => {
    const long = `${'The officials, who spoke on condition of anonymity, said a great deal about many things, '.repeat(3)}and in 2014, the embassy closed its doors for good, they added.`;
    const clause = clauseAround(long, long.indexOf('2014'));
    expect(clause).toContain('2014');
    expect(clause.length).toBeLessThanOrEqual(220);
    expect(clause.length).toBeLessThan(long.length);
  });
});
