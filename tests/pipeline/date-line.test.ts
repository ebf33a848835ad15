import { describe, expect, it } from 'vitest';
import { findDates, readDateLine, readDates } from '../../src/pipeline/date-line.ts';

describe('findDates', () => {
  it.each([
    // English: day month year with a clock, month day year, weekday names, ordinals
    ['23 Feb, 2020 05:06', '2020-02-23', '05:06', undefined],
    ['November 19, 2019', '2019-11-19', undefined, undefined],
    ['Tuesday, November 19, 2019 at 5:30 pm ET', '2019-11-19', '17:30', 'ET'],
    ['Published: Tue 19 Nov 2019 10.32 GMT', '2019-11-19', '10:32', 'GMT'],
    ['Nov. 18th 2019 8:54 am PT', '2019-11-18', '08:54', 'PT'],
    ['December 29th 2019', '2019-12-29', undefined, undefined],
    // ISO with time zone, and slashes year first
    ['2019-11-19T08:00:00+01:00', '2019-11-19', '08:00', '+01:00'],
    ['2019-11-19T08:00:00Z', '2019-11-19', '08:00', 'UTC'],
    ['2021/09/19', '2021-09-19', undefined, undefined],
    // German: dotted numbers, "19. November 2019", weekday, "Uhr"
    ['19.11.2019', '2019-11-19', undefined, undefined],
    ['19. November 2019', '2019-11-19', undefined, undefined],
    ['Dienstag, 1. Februar 2022', '2022-02-01', undefined, undefined],
    ['29.04.2020, 15:59 Uhr', '2020-04-29', '15:59', undefined],
    // Spanish, Portuguese, French, Polish
    ['19 de noviembre de 2019', '2019-11-19', undefined, undefined],
    ['07/05/2022 20H06', '2022-05-07', '20:06', undefined],
    ['4 de maio de 2022, 05:34 h', '2022-05-04', '05:34', undefined],
    ['le 19 novembre 2019 à 14h30', '2019-11-19', '14:30', undefined],
    ['1er février 2020', '2020-02-01', undefined, undefined],
    ['19 listopada 2019 r.', '2019-11-19', undefined, undefined],
    ['28 Września 2020, 18:00', '2020-09-28', '18:00', undefined],
    // text run together by the page dump
    ['NOV 15, 20195:45 AM', '2019-11-15', '05:45', undefined],
    ['Veröffentlicht am 19. Dezember 202219. Dezember 2022', '2022-12-19', undefined, undefined],
    ['Nicole Collignon22. Februar 2020', '2020-02-22', undefined, undefined],
    ['Erstellt am09.02.2022', '2022-02-09', undefined, undefined],
    ['15/01/201614/01/2016', '2016-01-15', undefined, undefined],
    // spaced dots, and a dotted date that can only be month first
    ['18. 05. 2014 22:38', '2014-05-18', '22:38', undefined],
    ['11.14.2019 09:00 AM', '2019-11-14', '09:00', undefined],
    // a two-digit year only when day and month cannot be swapped
    ['BY KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST', '2019-11-13', '16:00', 'EST'],
  ])('%s', (text, date, time, timezone) => {
    const [first] = findDates(text);
    expect(first?.published.date).toBe(date);
    expect(first?.published.time).toBe(time);
    expect(first?.published.timezone).toBe(timezone);
  });

  it.each([
    // relative dates have no calendar day
    ['vor 2 Stunden'],
    ['2 hours ago'],
    ['yesterday'],
    ['hace 3 días'],
    // impossible dates and a month name inside another word
    ['31.02.2019'],
    ['Omar 19, 2019'],
    ['2019-13-01'],
    ['03/04/19'],
  ])('reads no date in %s', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it.each([
    // 03/04/2019 may be 3 April or March 4: flagged, with the other reading
    ['03/04/2019', true, '2019-04-03', '2019-03-04'],
    // 13/04/2019 can only be day first, 04/13/2019 only month first
    ['13/04/2019', false, '2019-04-13', undefined],
    ['04/13/2019', false, '2019-04-13', undefined],
    // a dot is always day.month
    ['03.04.2019', false, '2019-04-03', undefined],
  ])('numeric order of %s', (text, ambiguous, date, alternative) => {
    const [first] = findDates(text);
    expect(first?.ambiguous).toBe(ambiguous);
    expect(first?.published.date).toBe(date);
    expect(first?.alternative?.date).toBe(alternative);
  });

  it('flags a weekday that does not fit the date', () => {
    expect(findDates('Monday, 19 Nov 2019')[0]?.weekdayMismatch).toBe(true);
    expect(findDates('Tuesday, 19 Nov 2019')[0]?.weekdayMismatch).toBe(false);
  });
});

describe('readDates', () => {
  it.each([
    // the cue before each date tells published from updated
    ['Published: 19 Nov 2019', ['published']],
    ['Aktualisiert am 28.01.2020', ['updated']],
    ['07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17', ['plain', 'updated']],
    ['Last updated 04 Jun 2020, originally created 17 Jun 2019', ['updated', 'published']],
    ['23 Feb, 2020 05:06', ['plain']],
  ])('%s', (line, cues) => {
    expect(readDates(line).map((r) => r.cue)).toEqual(cues);
  });

  it('keeps the words that are not the date or date-line words', () => {
    expect(readDates('By Jane Doe Feb 8, 2020 5 min read')[0]?.rest).toEqual(['Jane', 'Doe']);
  });
});

describe('readDateLine', () => {
  it.each([
    ['23 Feb, 2020 05:06', '2020-02-23'],
    ['Published: Tue 19 Nov 2019 10.32 GMT', '2019-11-19'],
    ['Veröffentlicht: 24. Oktober 2022', '2022-10-24'],
    // a sentence that mentions a date is not a date line
    ['In September 2012, the US consulate in Benghazi was attacked on September 11, 2012.', undefined],
    ['The attack which was launched by militants on September 11, 2012 killed four Americans', undefined],
    ['vor 2 Stunden', undefined],
  ])('%s', (line, date) => {
    expect(readDateLine(line)?.date).toBe(date);
  });
});
