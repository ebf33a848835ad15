import { describe, expect, it } from 'vitest';
import { buildEvents, mergeEvents } from '../../src/archive/events.ts';
import type { DatePrecision, EventMention } from '../../src/types.ts';

const m = (date: string, precision: DatePrecision, text: string): EventMention => ({ date, precision, text, rule: 'absolute' });

describe('mergeEvents', () => {
  it('merges the same event from several articles into one entry citing each', () => {
    const events = mergeEvents([
      { id: 'a', events: [m('2012-09', 'month', 'In September 2012, the US consulate in Benghazi was attacked by militants.')] },
      { id: 'b', events: [m('2012-09', 'month', 'Militants attacked the Benghazi consulate in September 2012.')] },
      { id: 'c', events: [m('2012-09', 'month', 'The consulate in Benghazi was attacked in September 2012, officials said.')] },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(events[0]?.label).toBe('Militants attacked the Benghazi consulate in September 2012.');
  });

  it.each([
    // same date, nothing in common: two events
    ['unrelated', [m('2014', 'year', 'The embassy in Tripoli closed in 2014.'), m('2014', 'year', 'In 2014 the football league was founded.')], 2],
    // same words, another date: two events
    ['other date', [m('2012-09', 'month', 'In September 2012, the consulate in Benghazi was attacked.'), m('2013-09', 'month', 'In September 2013, the consulate in Benghazi was attacked.')], 2],
    // same date at another precision: kept apart
    ['other precision', [m('2012', 'year', 'The consulate in Benghazi was attacked in 2012.'), m('2012-09', 'month', 'The consulate in Benghazi was attacked in September 2012.')], 2],
    // shared common words but no shared name: two companies' results, not one event
    ['no shared name', [m('1986', 'year', 'Acme Corp earned record profits in the first quarter of 1986.'), m('1986', 'year', 'Zenith Inc earned record profits in the first quarter of 1986.')], 2],
    // the month name alone is not a shared key word
    ['only the month shared', [m('2012-09', 'month', 'In late September 2012, rain fell.'), m('2012-09', 'month', 'Markets rose in late September 2012.')], 2],
  ])('keeps apart: %s', (_name, mentions, count) => {
    const events = mergeEvents(mentions.map((e, i) => ({ id: `x${i}`, events: [e] })));
    expect(events).toHaveLength(count);
  });

  it('cites an article once even when it mentions the event twice', () => {
    const e = m('2012', 'year', 'The consulate in Benghazi was attacked in 2012.');
    const events = mergeEvents([{ id: 'a', events: [e, { ...e, text: 'In 2012 the Benghazi consulate was attacked.' }] }]);
    expect(events).toHaveLength(1);
    expect(events[0]?.articles).toHaveLength(1);
  });

  it('ignores key words that most mentions of the archive share', () => {
    // "Libya" is in every mention, so the embassy and the stadium share only "Tripoli"
    const filler = Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, events: [m('2014', 'year', `In 2014 Libya saw change number ${i} in Libya.`)] }));
    const events = mergeEvents([
      ...filler,
      { id: 'a', events: [m('2014', 'year', 'In 2014 the Libya Tripoli embassy closed.')] },
      { id: 'b', events: [m('2014', 'year', 'In 2014 the Libya Tripoli stadium opened.')] },
    ]);
    expect(events.find((e) => e.articles.some((a) => a.id === 'a'))?.articles.map((a) => a.id)).toEqual(['a']);
  });

  it('sorts by date, year-only before the months of that year, with unique ids', () => {
    const events = mergeEvents([
      { id: 'a', events: [m('2014-05', 'month', 'Haftar launched an offensive in May 2014.'), m('2012-09-11', 'day', 'The attack came on September 11, 2012.')] },
      { id: 'b', events: [m('2014', 'year', 'The embassy closed in 2014.'), m('2014', 'year', 'In 2014 a league was founded.')] },
    ]);
    expect(events.map((e) => e.date)).toEqual(['2012-09-11', '2014', '2014', '2014-05']);
    expect(new Set(events.map((e) => e.id)).size).toBe(4);
    expect(events[0]).toMatchObject({ precision: 'day', label: 'The attack came on September 11, 2012.', articles: [{ id: 'a' }] });
  });

  it('handles many mentions by indexing on the date (no pairwise blow-up)', () => {
    const perArticle = Array.from({ length: 2000 }, (_, i) => ({ id: `a${i}`, events: [m(`${1950 + (i % 70)}`, 'year', `Event number ${i} happened with topic${i} in ${1950 + (i % 70)}.`)] }));
    const started = performance.now();
    const events = mergeEvents(perArticle);
    expect(events.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('buildEvents', () => {
  it('finds and merges the events of whole articles, resolving relative dates only against real dates', () => {
    const events = buildEvents([
      { id: 'a', body: ['In September 2012, the US consulate in Benghazi was attacked by militants.', 'Officials met on Monday.'], published: { date: '2020-02-25', precision: 'day', estimated: false } },
      { id: 'b', body: ['Militants attacked the Benghazi consulate in September 2012.', 'Officials met on Monday.'], published: { date: '2018', precision: 'year', estimated: true } },
    ]);
    expect(events.map((e) => [e.date, e.articles.map((a) => a.id)])).toEqual([
      ['2012-09', ['a', 'b']],
      ['2020-02-24', ['a']],
    ]);
  });
});
