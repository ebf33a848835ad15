import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimatePublished } from '../../src/pipeline/date-estimate.ts';
import { toLines } from '../../src/pipeline/lines.ts';
import { pickPublished } from '../../src/pipeline/publication-date.ts';
import { pickTitle } from '../../src/pipeline/title.ts';

const STORY = 'The ministry said on Tuesday that talks between the two governments would resume next month in the capital, officials told reporters.';
const page = (...lines: string[]) => toLines(lines.join('\n\n'));

describe('pickPublished', () => {
  it.each([
    // a bare date line above the headline
    ['date line above headline', page('Menu', '23 Feb, 2020 05:06', 'Tripoli invites Pentagon to redeploy troops', STORY, STORY), 2, '2020-02-23'],
    // a byline with a date under the headline
    ['byline with a date', page('Talks resume in the capital soon', 'By Jane Doe Feb 8, 2020', STORY, STORY), 0, '2020-02-08'],
    // published and updated on the same day: that day
    ['published and updated the same day', page('Talks resume in the capital soon', 'Updated: 19 Nov 2019 18:00', 'Published: 19 Nov 2019 10:00', STORY, STORY), 0, '2019-11-19'],
    // only an updated date: taken for want of a better one
    ['updated only', page('Talks resume in the capital soon', 'Aktualisiert am 28.01.2020', STORY, STORY), 0, '2020-01-28'],
    // an updated date under the headline beats a teaser's date far down the page
    ['updated near, teaser far', page('Talks resume in the capital soon', 'Last updated on 20 Feb, 2020', STORY, STORY, ...Array.from({ length: 20 }, (_, i) => `Menu entry ${i}`), 'Another story', '19 Jan, 2021'), 0, '2020-02-20'],
    // German, Spanish, French, Polish date lines
    ['german', page('Gespräche werden bald fortgesetzt', 'Veröffentlicht: 24. Oktober 2022', STORY, STORY), 0, '2022-10-24'],
    ['spanish', page('Las conversaciones se reanudan pronto', '19 de noviembre de 2019', STORY, STORY), 0, '2019-11-19'],
    ['french', page('Les pourparlers reprennent bientôt', 'Publié le 19 novembre 2019 à 10h32', STORY, STORY), 0, '2019-11-19'],
    ['polish', page('Rozmowy zostaną wkrótce wznowione', '19 listopada 2019', STORY, STORY), 0, '2019-11-19'],
    // a meta line led by its date, with an author and categories
    ['meta line', page('Talks resume in the capital soon', '21/06/2014 Tony Carter All, Books, Kit Reviews, News', STORY, STORY), 0, '2014-06-21'],
    // a cue word with an author name after it
    ['cue and author', page('Gespräche werden bald fortgesetzt', 'Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)', STORY, STORY), 0, '2015-08-25'],
    // a meta line of fields: the date's own field is read as a line
    ['fields', page('Gespräche werden bald fortgesetzt', 'Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Canon Powershot S110, Fotografie | Tags: Abendhimmel, Gegenlicht, Silhouette', STORY, STORY), 0, '2020-01-05'],
    // the sentence a blog template prints about the post, even a long one
    ['blog template sentence', page('Gespräche werden bald fortgesetzt', STORY, STORY, 'Literatur und Typografie wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Lesenswert, Literatur, Medienwandel, Typografie, Gestaltung, Bücher und Lesen abgelegt.'), 0, '2010-05-19'],
    ['blog template, weekday', page('Talks resume in the capital soon', STORY, STORY, 'This entry was posted on Wednesday, May 19, 2010 and is filed under News.'), 0, '2010-05-19'],
    // a press-release dateline leading the first paragraph, with or without a place
    ['dateline', page('Gespräche werden bald fortgesetzt', STORY, `29.11.2022 – ${STORY}`, STORY), 0, '2022-11-29'],
    ['dateline with place', page('Gespräche werden bald fortgesetzt', `Wien, 14. Dezember 2021 – ${STORY}`, STORY), 0, '2021-12-14'],
    // the story's dateline beats a reader comment's date below the comments heading
    ['dateline over comment', page('Gespräche werden bald fortgesetzt', STORY, `29.11.2022 – ${STORY}`, ...Array(16).fill(STORY), 'Mehr zum Thema', 'Kommentare', 'Marth 02.12.2022, 15:57:32', 'Ich bin schon vor Wochen darauf gestoßen.'), 0, '2022-11-29'],
  ])('%s', (_name, lines, title, date) => {
    expect(pickPublished(lines, title).value?.date).toBe(date);
  });

  it.each([
    // a date inside a story sentence is never the publication date
    ['in-story date', page('Talks resume in the capital soon', `In September 2012, the consulate was attacked on September 11, 2012. ${STORY}`, STORY)],
    // relative dates have no clock to resolve against
    ['relative', page('Talks resume in the capital soon', 'vor 2 Stunden', '2 hours ago', STORY, STORY)],
    // 03/04/2019 without a language or another date to tell the order
    ['ambiguous numeric', page('Talks resume in the capital soon', '03/04/2019', STORY, STORY)],
    // an embedded social post dates the post
    ['embedded post', page('Talks resume in the capital soon', STORY, '— Jane Doe (@jdoe) May 2, 2020', STORY)],
    // an event's date, and a quotation's source line, are not the page's
    ['event line', page('Talks resume in the capital soon', 'Termin: 28.02.2020, 18:30 Uhr', STORY, STORY)],
    ['quotation source', page('Talks resume in the capital soon', STORY, 'Benedikt XVI., Enzyklika 5/6, 25. Dezember 2005:', STORY)],
    // a link to the previous post
    ['previous post', page('Talks resume in the capital soon', STORY, STORY, '« Whiskydinner in Schottland 14.12.2019, 19 Uhr')],
    // a date cited in parentheses
    ['cited in parentheses', page('Talks resume in the capital soon', STORY, 'Quelle: Bericht 523 (Stand: 28. November 2018)', STORY)],
    // published and updated on different days side by side: which one is the page's date is open
    ['published and updated differ', page('Talks resume in the capital soon', 'Updated: 21 Nov 2019', 'Published: 19 Nov 2019', STORY, STORY)],
    // "wurde am" in a story sentence without the template's "veröffentlicht"/"gepostet"
    ['founded on', page('Talks resume in the capital soon', 'Die Stiftung wurde am 23. Juni 2020 in Neustrelitz gegründet, sagte die Ministerin vor Journalisten in der Hauptstadt am Montag.', STORY, STORY)],
    // the day a page was printed or accessed, shown by its print view
    ['printout', page('Talks resume in the capital soon', 'Ausdruck vom 11.02.2020', STORY, STORY)],
    // the bound of a range: a running total's start, a deadline
    ['range start', page('Talks resume in the capital soon', 'Seit 1. Oktober 2022', STORY, STORY)],
    ['range end', page('Talks resume in the capital soon', 'bis 31.12.2020', STORY, STORY)],
    // a date inside a long sentence that only starts the paragraph without a dash is no dateline
    ['date leading a sentence', page('Talks resume in the capital soon', `29.11.2022 was the day when ${STORY}`, STORY)],
  ])('no date: %s', (_name, lines) => {
    expect(pickPublished(lines, 0).value).toBeNull();
  });

  it('takes no date from a list of dated teasers just above the headline', () => {
    const teasers = ['Corona und die Wirtschaft', '04. März 2020', 'Angst vor Corona', '04. März 2020', 'Krisenmanager mit Hasenfuß', 'Oliver Tanzer', 'Leben mit Coronavirus', '04. März 2020', 'Moritat vom Virus', 'Lydia Mischkulnig', 'Corona: Wirtschaft in der Doppelmühle', '26. Februar 2020', 'SARS: Panik mit Januskopf', 'Doris Helmberger-Fleckl', '© Foto: iStock', 'Gesellschaft'];
    const lines = page(...teasers, 'Achtsam durch die Krise', 'Teilen', 'Drucken', 'Merken', 'Vorlesen', 'Ursula Baatz', STORY, STORY);
    expect(pickPublished(lines, teasers.length).value).toBeNull();
  });

  it('reads 03/04/2019 as day first on a German page', () => {
    const lines = page('Gespräche werden bald fortgesetzt', '03/04/2019', STORY, STORY);
    expect(pickPublished(lines, 0, { language: 'de' }).value?.date).toBe('2019-04-03');
  });

  it('asks for the language only when a date needs it', () => {
    let asked = 0;
    const language = () => {
      asked++;
      return 'de';
    };
    expect(pickPublished(page('Gespräche werden bald fortgesetzt', '19.11.2019', STORY), 0, { language }).value?.date).toBe('2019-11-19');
    expect(asked).toBe(0);
    expect(pickPublished(page('Gespräche werden bald fortgesetzt', '03/04/2019', STORY), 0, { language }).value?.date).toBe('2019-04-03');
    expect(asked).toBe(1);
  });

  it('learns month-first from an unambiguous date on the same page', () => {
    const lines = page('Talks resume in the capital soon', '03/04/2019', STORY, `${STORY} The festival runs until 12/25/2019 in the old town.`);
    expect(pickPublished(lines, 0).value?.date).toBe('2019-03-04');
  });

  it('gives up when a list of teasers holds several dates', () => {
    const lines = page('Talks resume in the capital soon', STORY, STORY, 'Related', '12.01.2022', 'Other story one', '13.01.2022', 'Other story two', '14.01.2022');
    expect(pickPublished(lines, 0).value).toBeNull();
  });

  it('says so when two days score alike, and takes neither', () => {
    const lines = page('Talks resume in the capital soon', '19 Nov 2019', '20 Nov 2019', STORY, STORY);
    const pick = pickPublished(lines, 0, { file: 'a.txt' });
    expect(pick.value).toBeNull();
    expect(pick.messages).toMatchObject([{ id: 'date-unsure', file: 'a.txt', severity: 'info' }]);
    expect(pick.messages[0]?.text).toContain('2019-11-19');
  });

  it('distrusts a date in the first lines of the page, far above the story (the day it was fetched)', () => {
    const menu = Array.from({ length: 14 }, (_, i) => `Section ${i}`);
    // The headline was taken from the page's top (index 1), so both dates stand "near" it.
    const lines = page('Wed, Nov 20, 2019 10:00', 'Talks resume in the capital soon', ...menu, 'Published: Nov 13, 2019', STORY, STORY);
    expect(pickPublished(lines, 1).value?.date).toBe('2019-11-13');
  });

  it('records the rule, the evidence line and a confidence', () => {
    const pick = pickPublished(page('Menu', '23 Feb, 2020 05:06', 'Tripoli invites Pentagon to redeploy troops', STORY), 2);
    expect(pick.line).toBe(1);
    expect(pick.value).toEqual({ date: '2020-02-23', precision: 'day', estimated: false, time: '05:06' });
    expect(pick.provenance).toMatchObject({ rule: 'date-date-line', evidence: '23 Feb, 2020 05:06' });
    expect(pick.provenance?.confidence).toBeGreaterThan(0.5);
  });
});

describe('seed articles', () => {
  const dir = path.resolve(import.meta.dirname, '../../articles');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  const pick = (file: string) => {
    const lines = toLines(fs.readFileSync(path.join(dir, file), 'utf8'));
    const title = pickTitle(lines, () => false).value.lines.at(-1) ?? -1;
    return { lines, title, published: pickPublished(lines, title).value };
  };

  it.skipIf(files.length === 0)('only the RT article has an exact day: 23 Feb 2020 05:06', () => {
    const dated = files.map((f) => [f, pick(f).published] as const).filter(([, p]) => p !== null);
    expect(dated).toHaveLength(1);
    expect(dated[0]?.[1]).toEqual({ date: '2020-02-23', precision: 'day', estimated: false, time: '05:06' });
  });

  it.skipIf(files.length === 0)('estimates no seed to a day', () => {
    for (const f of files) {
      const { lines, title } = pick(f);
      const estimate = estimatePublished(lines.slice(Math.max(0, title)).map((l) => l.text)).value;
      if (estimate) expect(estimate).toMatchObject({ precision: 'year', estimated: true });
    }
  });
});
