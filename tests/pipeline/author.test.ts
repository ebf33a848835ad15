import { describe, expect, it } from 'vitest';
import { isNameLine, normaliseName, pickAuthor, readByline } from '../../src/pipeline/author.ts';
import { toLines } from '../../src/pipeline/lines.ts';

describe('readByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By Perry Bacon Jr.', 'Perry Bacon Jr.'],
    ['Von Roland Brockmann und Sebastian Drescher', 'Roland Brockmann und Sebastian Drescher'],
    ['Por Felipe Morales Sierra', 'Felipe Morales Sierra'],
    ['Par Marie Dupont | 9 décembre 2019', 'Marie Dupont'],
    ['Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski', 'Michael Veeser-Dombrowski'],
    // the name ends at a meta label glued to it ("Kategorien:")
    ['Von Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr', 'Katharina Schmidt'],
    // a user name after an explicit marker on a dated meta line
    ['Posted in Datenschutz by damianduchamps on August 3, 2019', 'damianduchamps'],
    ['BY JESSICA HOLLY', 'Jessica Holly'],
    // a name followed by a wire or a role
    ['Jane Mbeki | Reuters', 'Jane Mbeki'],
    ['Tom Hale, staff writer', 'Tom Hale'],
    // German capitalised nouns after "von" are phrases, not people
    ['Von Risiken und Nebenwirkungen', undefined],
    ['Von Barzahler-Rabatten profitieren', undefined],
    ['Die Polizei fand die Leiche von Esmeralda Merlot', undefined],
    ['Foto von Josh Willink', undefined],
    // one capitalised word after a bare "by" is not enough
    ['By Invitation', undefined],
    // a dash may stand between the marker and the name, but does not make a short marker explicit
    ['About the Author - Florina Ionescu', 'Florina Ionescu'],
    ['Text - Planung', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(readByline(text)).toBe(expected);
  });
});

describe('names', () => {
  it.each([
    ['TANJA KARRASCH', 'Tanja Karrasch'],
    ['  Jane   Doe, ', 'Jane Doe'],
    ['Jo\u00adhan\u00adnes Rau', 'Johannes Rau'],
    // a role the dump glued to the name
    ['Meg JamesStaff Writer', 'Meg James'],
  ])('normalises %s', (raw, name) => {
    expect(normaliseName(raw)).toBe(name);
  });

  it.each([
    ['Caroline Finnegan', true],
    ['Gemahlener Kaffee 250g', false],
    ['ZU DEN FAVORITEN', false],
    ['Related Articles', false],
  ])('isNameLine(%s) -> %s', (text, expected) => {
    expect(isNameLine(text)).toBe(expected);
  });
});

describe('pickAuthor', () => {
  it('reads a name line followed by a bio at the end, and keeps the bio apart', () => {
    const lines = toLines(['Headline here', 'Body text.', 'Caroline Finnegan', 'A journalist for ten years, I cover global news for The Chief Observer.'].join('\n'));
    const step = pickAuthor(lines, new Set([0]), 0);
    expect(step.value).toMatchObject({ author: 'Caroline Finnegan', bio: expect.stringContaining('I cover global news'), lines: [2, 3] });
    expect(step.provenance?.rule).toBe('name-and-bio');
  });

  it.each([
    ['Marie Merlet | lundi 9 décembre 2019 à 09h08', 'Marie Merlet'],
    ['Nicole Collignon22. Februar 2020', 'Nicole Collignon'],
    // a section label beside a date is not a person
    ['Ehrenamt Jugendverbände 23.01.2020', undefined],
  ])('reads a name set apart from the date: %s', (line, author) => {
    const step = pickAuthor(toLines(['Headline here', line, 'Body text.'].join('\n')), new Set([0]), 0);
    expect(step.value.author).toBe(author);
  });

  it.each([
    // a marker alone on its line, the name on the next
    ['marker line', ['Von', 'Thomas Steinberg', '19.10.19, 12:00 Uhr'], 'Thomas Steinberg', 'byline-two-lines'],
    ['marker line with colon', ['By :', 'Joe S.'], 'Joe S.', 'byline-two-lines'],
    // one word after "von" is a name when a date line follows
    ['single name above a date', ['von Ulrike', '18.10.2019 16:06 Uhr'], 'Ulrike', 'byline-above-date'],
    // a bare name line right above the date line, or above a job title
    ['name above date', ['Christoph von Ritter', '24. April 2020'], 'Christoph von Ritter', 'name-line-beside-date'],
    ['name above relative time', ['Suzanne Gamboa', '1 day ago'], 'Suzanne Gamboa', 'name-line-beside-date'],
    ['names above date', ['Sadhbh O’Sullivan, Elisabeth Kochan', '2. Okt. 2022'], 'Sadhbh O’Sullivan, Elisabeth Kochan', 'name-line-beside-date'],
    ['name above role', ['Andrew Woodcock', 'Political Editor'], 'Andrew Woodcock', 'name-line-above-role'],
    // the date line may stand above the name, or below a one-line section label
    ['name below date', ['22.11.2022', 'Christian Mihatsch'], 'Christian Mihatsch', 'name-line-beside-date'],
    ['section label between name and date', ['Will Knight', 'Business', '01.21.2020 07:00 AM'], 'Will Knight', 'name-line-beside-date'],
    // a name and a date on one line, followed by categories that look like names too: the leading name
    ['name, date and categories', ['Nike Jane – 14.09.2022 – Kolumne, Tiny Jane, Allgemein'], 'Nike Jane', 'name-beside-date'],
    // a blog's meta line: the date first, then the name and a comment count
    ['date, name and count', ['September 17, 2019 Helmut Rubik 0'], 'Helmut Rubik', 'name-beside-date'],
    // after a date, a section the page prints as a menu line, a month or a name in capitals is no author
    ['date and section', ['Wissenschaft', '07.12.2022 Wissenschaft Klima'], undefined, undefined],
    ['date and headline with a month', ['27.01.2022 MineralölINFO November 2021'], undefined, undefined],
    ['date and site name', ['3 de mayo de 2022 21:25 LA NACION'], undefined, undefined],
    // adjective and noun endings ("-ische", "-ungen") make a phrase, even when the page never writes it in lower case
    ['adjective above date', ['Europäische Union', '24. April 2020'], undefined, undefined],
    // field labels are no names
    ['place label above date', ['Ort Saarbrücken', 'Datum 28.01.2022'], undefined, undefined],
    // a phrase whose first word the page also writes in lower case is no name; nor is an acronym
    ['phrase above date', ['Europäische Union', '24. April 2020', 'Die europäische Kommission sagt, sie werde prüfen.'], undefined, undefined],
    ['acronym above date', ['Redaktion EC', '24. April 2020'], undefined, undefined],
    // words that join the name to the date set them apart like a separator
    ['name, update label and date', ['Evgenia Karp Zuletzt geändert am 06.11.2023'], 'Evgenia Karp', 'name-beside-date'],
    // a name line above an e-mail address or a handle spelt from the name
    ['name above its handle', ['Edilson La Rosa', 'edilsonlarosa', 'edilsonlarosam@gmail.com'], 'Edilson La Rosa', 'name-line-beside-handle'],
    ['name above an initial-and-surname address', ['Jan Koch', 'jkoch@example.org'], 'Jan Koch', 'name-line-beside-handle'],
    // a company above its street is no person, though the street starts like the company
    ['company above its street', ['Gothaer Allgemeine Versicherung', 'Gothaer Allee 1'], undefined, undefined],
    // a blog's meta line: the date, a user name, then a comment link
    ['date, user name and comment link', ['28. Januar 2015 karstenruppert Schreibe einen Kommentar'], 'karstenruppert', 'name-beside-date'],
    ['date, word and no comment link', ['28. Januar 2015 aktuelles'], undefined, undefined],
    // an editorial desk beside the date is the author the gold counts
    ['desk above date', ['Redaktion', 'am 3. Februar 2022 um 21:17'], 'Redaktion', 'name-line-beside-date'],
    ['desk without a date', ['Redaktion', 'Impressum'], undefined, undefined],
    // a name whose first word is an ordinary word counts when a bio further down opens with it
    ['name with a bio further down', ['Will Knight', 'Business', '01.21.2020 07:00 AM', 'The story will go on.', 'x', 'y', 'Will Knight is a senior writer for the magazine.'], 'Will Knight', 'name-line-beside-date'],
    ['name-like phrase without a bio', ['Will Power', 'Business', '01.21.2020 07:00 AM', 'The story will go on.'], undefined, undefined],
    // a list of names right under the headline
    ['names under the headline', ['Sadhbh O’Sullivan, Elisabeth Kochan', 'Foto: Anna Jay.'], 'Sadhbh O’Sullivan, Elisabeth Kochan', 'names-under-headline'],
    // a publisher, the date, then the name at the end of the line
    ['publisher, date and name', ['The Guardian 02/10/2020 Anna Fazackerley'], 'Anna Fazackerley', 'name-beside-date'],
    // a bare name line under the headline counts when it opens with a known given name (rule 6) ...
    ['bare name with a given name', ['Christoph von Ritter', 'Some text of the article.'], 'Christoph von Ritter', 'scored-name'],
    // ... and stays unknown when it does not: the shape alone is as often a label
    ['bare name-shaped label', ['Greator Festival', 'Some text of the article.'], undefined, undefined],
    // a name the story calls by its surname alone is a person in the story, not the writer
    ['person in the story', ['Tim Thabe', 'Thabe said on Monday that the deal would close in the second half of the year, as planned before.'], undefined, undefined],
    // a brand opens several labels of a product range
    ['brand', ['Martin Rütter', 'Martin Rütter Shop', 'Martin Rütter Snacks'], undefined, undefined],
    // rule 6 reads a name before a separator, without a title, glued to a date; not a quoted chief
    ['name and a desk', ['Jochen Wegner | Redaktion'], 'Jochen Wegner', 'scored-name'],
    ['title before the name', ['Dr. Sabine Keller'], 'Sabine Keller', 'scored-name'],
    ['name glued to a date', ['Laura HenkelMarch 3, 2020'], 'Laura Henkel', 'scored-name'],
    ['quoted chief', ['Ryan Merkley, CEO'], undefined, undefined],
    // a name in capitals, and a short label before a colon; a photo credit is no byline
    ['name in capitals', ['SABINE KELLER'], 'Sabine Keller', 'scored-name'],
    ['label and name', ['Reportage: Sabine Keller'], 'Sabine Keller', 'scored-name'],
    ['photo label and name', ['Foto: Sabine Keller'], undefined, undefined],
    // a name after a copyright sign is a photo credit as often as the writer
    ['photo credit', ['© Lisa Niekel / Kopfarbyte'], undefined, undefined],
  ])('%s', (_name, meta, author, rule) => {
    const body = Array.from({ length: 10 }, (_, i) => `Body paragraph ${i + 1} goes on about the story.`);
    const step = pickAuthor(toLines(['Headline here', ...meta, ...body].join('\n')), new Set([0]), 0);
    expect(step.value.author).toBe(author);
    expect(step.provenance?.rule).toBe(rule);
  });

  it('prefers a dated name under the headline to a byline above a text start far below', () => {
    const filler = Array.from({ length: 14 }, (_, i) => `Comment ${i + 1}`);
    const text = ['Headline here', 'Georg Quaas, 21. Jan. 2015', ...filler, 'von berg2012', 'A reader comment that runs on for a while about the article.'];
    const step = pickAuthor(toLines(text.join('\n')), new Set([0]), 0, text.length - 1);
    expect(step.value.author).toBe('Georg Quaas');
    expect(step.provenance?.rule).toBe('name-beside-date');
  });

  it.each([
    // far from the headline, a byline over two lines or a one-word byline above a date still counts
    ['marker line above a name and a role', ['Kommentar von', 'Ingo Arzt', 'Redakteur für Wirtschaft'], 'Ingo Arzt', 'byline-two-lines'],
    ['label above a name and a bio', ['AUTOR*IN', 'Tanja Karrasch', 'Tanja ist seit 2023 Redakteurin.'], 'Tanja Karrasch', 'byline-two-lines'],
    ['one word above a date', ['von Ulrike', '18.10.2019 16:06 Uhr'], 'Ulrike', 'byline-above-date'],
    // a marker line above another marker line is no name
    ['two marker lines', ['Auteur :', 'Auteur(s) :'], undefined, undefined],
    // a reader's comment is no byline; a publisher in capitals after "von" neither, a person in capitals is
    ['comment meta line', ['Kommentar von Margit Heumann — 2019-01-01 @ 00:39 | Antworten'], undefined, undefined],
    ['publisher in capitals', ['von AUTO ZEITUNG 02.11.2021'], undefined, undefined],
    ['person in capitals', ['BY JESSICA HOLLY'], 'Jessica Holly', 'byline-line'],
    // a signature under the last paragraph (rule 6)
    ['signature under the text', ['The last paragraph of the story ends here, with a thought about what may come next for all of us.', 'Denis Clerc', '(1) A footnote.'], 'Denis Clerc', 'scored-name'],
    // a name with a time on its line, far from the headline (rule 6)
    ['name and time', ['Patrick Danowski 06 PM | 18 Mai'], 'Patrick Danowski', 'scored-name'],
  ])('reads a byline far below the headline: %s', (_name, meta, author, rule) => {
    const body = Array.from({ length: 20 }, (_, i) => `Body paragraph ${i + 1} goes on about the story.`);
    const step = pickAuthor(toLines(['Headline here', ...body, ...meta, 'More text of the page.'].join('\n')), new Set([0]), 0, 1);
    expect(step.value.author).toBe(author);
    expect(step.provenance?.rule).toBe(rule);
  });

  it('reads a one-word byline under the headline when the date stands above the headline', () => {
    const text = ['17 Feb 2020', 'Saftiger Zitronenkuchen vom Blech', 'von Kathrin', 'Zum Rezept Drucken', 'A long first paragraph of the recipe that goes on and on.'];
    const step = pickAuthor(toLines(text.join('\n')), new Set([1]), 1, 4);
    expect(step.value.author).toBe('Kathrin');
    expect(step.provenance?.rule).toBe('byline-above-date');
  });

  it.each([
    // an author box after the text: a name line, then a bio that opens with the name
    ['first name', ['Yirou Chen', 'Yirou covers climate and energy for the newsletter, mostly from Beijing.'], 'Yirou Chen', 'name-and-own-bio'],
    ['full name', ['Jossi Loibl', 'Jossi Loibl schreibt seit vielen Jahren über Wandern und Bergsteigen in den Alpen.'], 'Jossi Loibl', 'name-and-own-bio'],
    // a heading whose words the page also writes in lower case, or an adjective, is no name
    ['phrase', ['Remote Access', 'Remote access to your computer from any device, with the app we sell here.'], undefined, undefined],
    ['adjective', ['Notwendige Cookies', 'Notwendige Cookies gewährleisten eine sichere Funktion der Website und sind immer aktiv.'], undefined, undefined],
  ])('reads an author box with a bio after the text: %s', (_name, box, author, rule) => {
    const body = Array.from({ length: 8 }, (_, i) => `Body paragraph ${i + 1} goes on about the story and the access road.`);
    const text = ['Headline here', ...body, ...box, 'Related stories', 'Another story', 'And one more teaser', 'Footer line', 'Imprint', 'Privacy', 'Contact us', 'Copyright line'];
    const step = pickAuthor(toLines(text.join('\n')), new Set([0]), 0, 1);
    expect(step.value.author).toBe(author);
    expect(step.provenance?.rule).toBe(rule);
    if (author) expect(step.value.bio).toBe(box[1]);
  });

  it('reads the name on a meta line that was taken for the headline', () => {
    const text = ['Shop', 'Nike Jane – 14.09.2022 – Kolumne, Tiny Jane, Allgemein', 'A long first paragraph of the column that goes on and on.'];
    const step = pickAuthor(toLines(text.join('\n')), new Set([1]), 1, 2);
    expect(step.value).toMatchObject({ author: 'Nike Jane', lines: [] });
  });

  it('reads a name beside the publication date line far from the headline (rule 6)', () => {
    const body = Array.from({ length: 20 }, (_, i) => `Body paragraph ${i + 1} goes on about the story.`);
    const text = ['Headline here', ...body, 'Tobias Maier', 'Travel, Amerika', 'More text of the page.'];
    expect(pickAuthor(toLines(text.join('\n')), new Set([0]), 0, 1).value.author).toBeUndefined();
    expect(pickAuthor(toLines(text.join('\n')), new Set([0]), 0, 1, 22).value.author).toBe('Tobias Maier');
  });

  it('takes no reader of a comment thread for the writer (rule 6)', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Body paragraph ${i + 1} goes on about the story and the deal.`);
    const comments = ['Robert Müller', '17.10.2019, 13:56 Uhr', 'Great deal.', 'Anna Schulz', '18.10.2019, 09:12 Uhr', 'Thanks!'];
    const step = pickAuthor(toLines(['Headline here', ...body, ...comments].join('\n')), new Set([0]), 0, 1);
    expect(step.value.author).toBeUndefined();
    const one = pickAuthor(toLines(['Headline here', ...body, ...comments.slice(0, 3)].join('\n')), new Set([0]), 0, 1);
    expect(one.value.author).toBe('Robert Müller');
  });

  it('finds no author when the page names none', () => {
    const lines = toLines(['Headline here', 'Von Risiken und Nebenwirkungen', 'Body text that goes on.'].join('\n'));
    expect(pickAuthor(lines, new Set([0]), 0).value.author).toBeUndefined();
  });
});
