import { describe, expect, it } from 'vitest';
import titleRules from '../../src/heuristics/title.json' with { type: 'json' };
import { toLines } from '../../src/pipeline/lines.ts';
import { breadcrumbTail, isMetaLine, notHeadlineBecause, pickSubtitle, pickTitle, stripPageLabels, stripSourceFromTitle, titleCandidates } from '../../src/pipeline/title.ts';

const pick = (text: string, firstBody: number) => pickTitle(toLines(text), () => false, firstBody);

describe('pickTitle', () => {
  it.each([
    // the line with a byline/date under it wins over menu items and captions nearer the body
    [
      'headline above its byline',
      ['Home', 'Politics', 'Council delays vote on the new bypass', 'By Jane Doe', 'March 3, 2020', 'Photo: John Smith / AP', 'The council said...'].join('\n'),
      6,
      'Council delays vote on the new bypass',
      'headline-above-byline',
    ],
    // a headline repeated on the page (breadcrumb + h1) is the title
    [
      'repeated headline',
      ['News', 'Weather warning for the coast', 'Latest', 'Weather warning for the coast', 'Advertisement', 'Storms are expected...'].join('\n'),
      5,
      'Weather warning for the coast',
      'repeated-headline-line',
    ],
    // a German blog: headline, then "Veröffentlicht am ... von ..."
    [
      'german blog',
      ['Startseite', 'Impressum', 'Ein Sommer am See', 'Veröffentlicht am 3. Juli 2019 von Anna', 'Der Sommer war lang...'].join('\n'),
      4,
      'Ein Sommer am See',
      'headline-above-byline',
    ],
    // a standfirst under the headline does not win because it is nearer the byline
    [
      'standfirst under the headline',
      ['Menu', 'Council delays vote on the bypass', 'The decision, expected today, was put off again after a long debate in the chamber', 'By Jane Doe', 'The council said...'].join('\n'),
      4,
      'Council delays vote on the bypass',
      'headline-above-byline',
    ],
    // a short kicker above the headline is a label
    [
      'kicker above the headline',
      ['Menu', 'Politik', 'Council delays vote on the bypass', 'The council said on Monday that it would look again at the plan.'].join('\n'),
      3,
      'Council delays vote on the bypass',
      'line-above-body',
    ],
    // a photo credit after "Credit..." sits nearer the byline but is no headline
    [
      'credit between headline and byline',
      ['Trade war keeps the world guessing', 'Credit...', 'Anna Moneymaker/The New York Times', 'By Ana Swanson', 'When the advisers suggested...'].join('\n'),
      4,
      'Trade war keeps the world guessing',
      'headline-above-byline',
    ],
    // a quoted headline in guillemets is not a link arrow
    [
      'quoted headline',
      ['Datenschutz', '»Abzocke wird als Klimaschutz verkauft«', 'Von Jane Doe', 'Viele Menschen könnten sich ...'].join('\n'),
      3,
      '»Abzocke wird als Klimaschutz verkauft«',
      'headline-above-byline',
    ],
    // an author's name line above the date is not the headline
    [
      'name line above the date',
      ['Home', 'Why we need humility now', 'Christoph von Ritter', '24. April 2020', 'Risks and side effects...'].join('\n'),
      4,
      'Why we need humility now',
      'headline-above-byline',
    ],
    // a menu printed again in the footer is a copied block, not a headline repeated on purpose
    [
      'menu copied in the footer',
      ['Verse by verse', 'Line by line', 'Longing for a home that was never there', ...Array.from({ length: 8 }, () => 'In his essay the author explores a paradox between sadness and transcendence.'), 'Verse by verse', 'Line by line'].join('\n'),
      3,
      'Longing for a home that was never there',
      'line-above-body',
    ],
    // a headline that opens with a name particle ("Von der Leyen ...") is no byline
    [
      'headline opening with von',
      ['Politik', 'Von der Leyen will die Ukraine in die EU holen', '6. November 2023', 'Die Kommission empfiehlt, Beitrittsverhandlungen zu beginnen.'].join('\n'),
      3,
      'Von der Leyen will die Ukraine in die EU holen',
      'headline-above-byline',
    ],
    // a headline printed twice in a row outweighs a teaser line nearer the text
    [
      'headline printed twice in a row',
      ['Future of Work', 'Revolution im Reallabor', 'Revolution im Reallabor', 'Vielfalt in Teams und Arbeit', 'Ein Reallabor zeigt, wie Vielfalt in Teams die Arbeit verändert, sagt die Forscherin im Gespräch.'].join('\n'),
      4,
      'Revolution im Reallabor',
      'repeated-headline-line',
    ],
  ])('%s', (_name, text, firstBody, title, rule) => {
    const step = pick(text, firstBody);
    expect(step.value.title).toBe(title);
    expect(step.provenance?.rule).toBe(rule);
  });

  it('claims both lines of a headline printed twice', () => {
    const step = pick(['Tripoli invites troops', 'Tripoli invites troops', 'Nine years after the war, the government says ...'].join('\n'), 2);
    expect(step.value.lines).toEqual([0, 1]);
  });

  it('counts distance in lines that are not furniture (share buttons between headline and text)', () => {
    const lines = ['Company Town', 'We had some issues, exec says on Disney+ glitches', ...Array.from({ length: 14 }, (_, i) => `Share ${i}`), 'Walt Disney Co. executive Kevin Mayer said ...'];
    const step = pickTitle(toLines(lines.join('\n')), (i) => i >= 2 && i < 16, 16);
    expect(step.value.title).toBe('We had some issues, exec says on Disney+ glitches');
  });

  it('takes the bare line right above the main text when a notice reads like prose above the menus', () => {
    const lines = [
      'Diese Seite benutzt Cookies, und wenn Sie weiter auf ihr surfen, stimmen Sie der Nutzung von Cookies und unserer Datenschutzerklärung zu.',
      'Termine und Ergebnisse',
      'Die Nationalmannschaft heute',
      'Erneuter Verzicht auf Regionallehrgang',
      'Der Handballbund verzichtet auch auf den Lehrgang im Februar, wie der Verband am Mittwoch mitteilte.',
      'Die Spielerinnen sollen die freien Termine nutzen, um sich zu erholen, sagte die Trainerin.',
    ];
    expect(pickTitle(toLines(lines.join('\n')), () => false, [0, 4]).value.title).toBe('Erneuter Verzicht auf Regionallehrgang');
  });

  it('does not count a menu line printed again below as an echo of the text', () => {
    const lines = ['Unser Newsletter', 'Land zahlt Zuschuss für neue Radwege', 'Das Land zahlt den Gemeinden einen Zuschuss für neue Radwege, teilte das Ministerium mit.', 'Unser Newsletter'];
    const menu = titleCandidates(toLines(lines.join('\n')), () => false, 2).find((c) => c.line.index === 0);
    expect(menu?.why).not.toMatch(/lead/);
  });

  it.each([
    // a two-word line opening with an article is a headline, not a person's name
    ['Der Holländerholzhandel', false],
    ['Anna Schmidt', true],
  ])('marks %s as a name: %s', (line, isName) => {
    const text = [line, 'Heute längst vergessen, war der Holzhandel mit den Niederlanden einst ein wichtiger Teil der Forstwirtschaft.'].join('\n');
    const candidate = titleCandidates(toLines(text), () => false, 1).find((c) => c.line.index === 0);
    expect(/name/.test(candidate?.why ?? '')).toBe(isName);
  });

  it('drops soft hyphens from the headline', () => {
    const lines = ['Mes\u00adsen\u00adger\u00addiens\u00adte sind kein rechts\u00adfrei\u00ader Raum', 'Von Jane Doe', 'Auch in Messengerdiensten gilt das Recht, sagte das Gericht am Montag in seinem Urteil.'];
    expect(pickTitle(toLines(lines.join('\n')), () => false, 2).value.title).toBe('Messengerdienste sind kein rechtsfreier Raum');
  });

  it('marks a line inside a run of short lines as a menu entry, not one over a byline or the text', () => {
    const lines = ['Über uns', 'Boote und Geräte', 'Fahrzeuge der Wache', 'Kontakt und Anfahrt', 'Gut zu wissen', 'Ausbildung im Bootsdienst', 'Die Ausbildung im Bootsdienst ist sehr praxisorientiert und schließt mit einer Prüfung ab.'];
    const whys = new Map(titleCandidates(toLines(lines.join('\n')), () => false, 6).map((c) => [c.line.text, c.why]));
    expect(whys.get('Fahrzeuge der Wache')).toMatch(/menu/);
    expect(whys.get('Ausbildung im Bootsdienst')).not.toMatch(/menu/);
    const withByline = ['Über uns', 'Boote und Geräte', 'Neue Boote für die Wache', 'Von Jane Doe', 'Kontakt', 'Die Wache hat zwei neue Boote bekommen, wie der Kommandant am Montag mitteilte.'];
    const headline = titleCandidates(toLines(withByline.join('\n')), () => false, 5).find((c) => c.line.index === 2);
    expect(headline?.why).not.toMatch(/menu/);
  });

  it.each([
    // a one-word line right above a text that takes the word up is a one-word headline
    [['Bike-Hotels', 'Österreich Tirol', 'Ischgl', 'Ischgl hat sich im Sommer vor allem als Freeride-Revier einen Namen gemacht, sagen die Bergführer.'], 'Ischgl'],
    // one the text does not take up stays a section label
    [['Bike-Hotels', 'Österreich Tirol', 'Regionen', 'Ischgl hat sich im Sommer vor allem als Freeride-Revier einen Namen gemacht, sagen die Bergführer.'], 'Österreich Tirol'],
    // a one-word line over a byline or a date is a one-word headline too, with or without a full stop
    [['Zum Mitmachen', 'Jan24', 'Nebelsuppe.', 'Veröffentlicht am 24. Januar 2020 von Anna', 'Ich glaube, heute möchte ich mal nicht um halb neun auf der Couch einnicken.'], 'Nebelsuppe.'],
    // not one set in capitals (a button or section label)
    [['Zum Mitmachen', 'Jan24', 'NEBELSUPPE', 'Veröffentlicht am 24. Januar 2020 von Anna', 'Ich glaube, heute möchte ich mal nicht um halb neun auf der Couch einnicken.'], 'Zum Mitmachen'],
  ])('one-word headline over %j', (lines, title) => {
    expect(pickTitle(toLines(lines.join('\n')), () => false, lines.length - 1).value.title).toBe(title);
  });

  it.each([
    // the first prose line was a stray hint above the article: the headline under it, with the text under it, competes
    [['Stadtleben', 'FC Basel', 'Porträt', 'Suche', 'Mit einem Klick auf Enter geht die Suche los, mit ESC verlassen Sie das Suchfenster wieder.', 'Wir sind dann mal weg', 'Wie ist das, wenn das Ende kurz bevorsteht? Ein Einblick in die letzten Tage der Redaktion.'], 'Wir sind dann mal weg'],
    // a sentence under the first paragraph is text, not a headline
    [['Die Wache feiert', 'Die Wache hat am Sonntag ihr hundertjähriges Bestehen mit einem Fest für alle gefeiert.', 'Es kamen viele Gäste.', 'Der Bürgermeister hielt eine Rede, und die Kapelle spielte bis in den Abend.'], 'Die Wache feiert'],
    // a subheading after two paragraphs is inside the article
    [['Die Wache feiert', 'Die Wache hat am Sonntag ihr hundertjähriges Bestehen mit einem Fest für alle gefeiert.', 'Der Bürgermeister hielt eine Rede, und die Kapelle spielte bis in den Abend hinein.', 'Ein Fest für alle', 'Es kamen mehr Gäste als erwartet, sagte der Kommandant am Montag den Reportern.'], 'Die Wache feiert'],
  ])('headline under a stray prose line: %j', (lines, title) => {
    const prose = (i: number) => lines[i]!.split(' ').length >= 8;
    const first = lines.findIndex((_, i) => prose(i));
    expect(pickTitle(toLines(lines.join('\n')), () => false, [first, first], prose).value.title).toBe(title);
  });

  it.each([
    // a price or counter under a line ("6,90 euros", "652 Ratings") is weaker evidence than a date under another
    [['Council delays vote on the bypass', 'June 13, 2019', 'Special issue no. 72', '6,90 euros', 'The plan was put off again after a long debate in the chamber on Monday night.'], 'Council delays vote on the bypass'],
    [['Council delays vote on the bypass', '652 Ratings', 'Special issue no. 72', 'June 13, 2019', 'The plan was put off again after a long debate in the chamber on Monday night.'], 'Special issue no. 72'],
  ])('meta evidence by kind: %j', (lines, title) => {
    expect(pickTitle(toLines(lines.join('\n')), () => false, 4).value.title).toBe(title);
  });

  it.each([
    // a name-shaped line over a byline that names someone else is a headline, not the author's line
    [['Alle Artikel der Kolumne', 'Interabled Sex Education', 'Kolumnist*in: Evan Tepest', 'Evan Tepest und Selma Kay Matter beschreiben, wie Dating zwischen zwei Menschen aussieht.'], 'Interabled Sex Education'],
    // over a date it is the author's line
    [['Ein Fest für alle', 'Anna Schmidt', '24. April 2020', 'Die Wache hat am Sonntag ihr hundertjähriges Bestehen mit einem Fest gefeiert.'], 'Ein Fest für alle'],
  ])('name-shaped line over a meta line: %j', (lines, title) => {
    expect(pickTitle(toLines(lines.join('\n')), () => false, lines.length - 1).value.title).toBe(title);
  });

  it('counts lead words against at least two, so one shared word is no full echo', () => {
    const score = (text: string) => titleCandidates(toLines(['The World', text].join('\n')), () => false, 1)[0]!.score;
    const echo = score('How a world of work slowly learns that thinking together beats thinking alone, says the author of the book.');
    const none = score('How the office slowly learns that thinking together beats thinking alone, says the author of the book.');
    expect(echo - none).toBeCloseTo(titleRules.leadOverlapBonus / titleRules.leadMinWords);
  });

  it.each([
    // a date glued before the headline: the headline without the date
    [['Rohstoffe', '27.01.2022 MineralölINFO November 2021 (Mineralölabsatz)', 'Nach Erhebungen des Bundesamtes sank der Absatz von Mineralölprodukten im November deutlich.'], 'MineralölINFO November 2021 (Mineralölabsatz)'],
    // a date with a name after it is a meta line, not a headline
    [['Rohstoffe im Überblick', 'November 19, 2019 Helmut Rubik', 'Nach Erhebungen des Bundesamtes sank der Absatz von Mineralölprodukten im November deutlich.'], 'Rohstoffe im Überblick'],
    // a footnote and a table row are no headlines
    [['Sichert euch jetzt 20% Rabatt', '* ab 75€ Bestellwert kostenfreie Lieferung', 'Nachhaltigkeit ist heutzutage ein wichtiges Thema für viele Menschen und ihre Haustiere.'], 'Sichert euch jetzt 20% Rabatt'],
    [['Viera defeats Rockledge again', 'Palm Bay 18 22 13 17 — 70', 'Palm Bay won the game with Tolivert scoring 25 points and Davis adding 17 more.'], 'Viera defeats Rockledge again'],
  ])('line shapes: %j', (lines, title) => {
    expect(pickTitle(toLines(lines.join('\n')), () => false, 2).value.title).toBe(title);
  });

  it('takes the first prose line right under a headline for its lead, not a second headline', () => {
    const lines = [
      'Santa Cruz',
      'Investigador chileno asegura que no publicó todo su material: "El 90% de los autos robados están en posesión de autoridades"',
      'Hugo Bustos asegura que de haberlo hecho habría causado un escándalo mayor',
      'Ariel Melgar Cabrera 3/5/2022 22:41',
      'Hugo Bustos asegura que no publicó todo el material sobre los autos robados, porque habría causado un escándalo.',
    ];
    const step = pickTitle(toLines(lines.join('\n')), () => false, [2, 2]);
    expect(step.value.title).toBe(lines[1]);
  });

  it.each([
    // under a headline-shaped line the first prose line is the lead
    [['Business', 'Major WeWork layoffs to begin today', 'WeWork chairman Marcelo Claure wrote in a memo to staff on Monday morning'], true],
    // under a kicker of up to three words, or a label in capitals, it may be the headline itself
    [['Business', 'WeWork layoffs', 'WeWork chairman Marcelo Claure wrote in a memo to staff on Monday morning'], false],
    [['Business', 'OLYMPISCHE SPIELE IN PEKING', 'Zweiter Coronafall im deutschen Team sorgt für Aufregung'], false],
  ])('the first prose line under %j is the lead: %s', (lines, lead) => {
    const candidate = titleCandidates(toLines(lines.join('\n')), () => false, 2).find((c) => c.line.index === 2);
    expect(candidate?.why.includes('lead-line')).toBe(lead);
  });

  it.each([
    // a share widget under the first prose line does not make that sentence a headline
    [['Solarthemen', 'Größtes solarthermisches Kraftwerk der Welt entsteht in Dubai', 'Foto: Shanghai Electric', 'Die Parabolrinnenanlage Nummer Eins hat eine Leistung von 200 MW.', 'Shanghai Electric baut in Dubai das größte solarthermische Kraftwerk der Welt.', 'teilen'], 3, 'Größtes solarthermisches Kraftwerk der Welt entsteht in Dubai'],
    // a byline does: the sentence is a headline closed by a full stop
    [['Allgemein', 'Blog', 'Warum ich lieber „Bauchgeburt“ statt Kaiserschnitt sage.', 'Von Anna Muster', 'Als ich vor zwei Jahren mein erstes Kind bekam, wusste ich noch nicht, was auf mich zukommt.'], 2, 'Warum ich lieber „Bauchgeburt“ statt Kaiserschnitt sage.'],
  ])('a meta line under the first prose line: %j', (lines, anchor, title) => {
    expect(pickTitle(toLines(lines.join('\n')), () => false, [anchor, anchor]).value.title).toBe(title);
  });

  it.each([
    // a sentence right above a photo credit is the photo's caption
    [['Ilmastonmuutoksen myötä talvista uhkaa tulla lauhempia. Jalankulkija Helsingin Merihaassa.', 'Hanna Matikainen / Lehtikuva'], true],
    // a headline above a credit (the photo stands between headline and text) is none
    [['Größtes solarthermisches Kraftwerk der Welt entsteht in Dubai', 'Foto: Shanghai Electric'], false],
  ])('a caption above a credit: %j', (lines, caption) => {
    const all = ['Kotimaa', ...lines, 'Vuodenaikojen vaihtuminen vaikuttaa mielialaan ja käyttäytymiseen noin 90 prosentilla suomalaisista aikuisista.'];
    const candidate = titleCandidates(toLines(all.join('\n')), () => false, 3).find((c) => c.line.index === 1);
    expect(candidate?.why.includes('caption')).toBe(caption);
  });

  it('does not count a run of share buttons between the headline and the text as distance', () => {
    const share = Array.from({ length: 14 }, (_, i) => `Share this with ${['Facebook', 'Messenger', 'Twitter', 'Email'][i % 4]}`);
    const lines = ['Europe', 'Julian Assange: Sweden drops rape investigation', '19 November 2019', ...share, 'Copy this link', 'Media playback is unsupported on your device', 'Prosecutors in Sweden have dropped an investigation into a rape allegation made against Julian Assange.'];
    expect(pickTitle(toLines(lines.join('\n')), () => false, [lines.length - 1, lines.length - 1]).value.title).toBe('Julian Assange: Sweden drops rape investigation');
  });

  it('takes a sentence above a "Credit..." label for a caption', () => {
    const lines = ['Continue reading the main story', 'Trump’s Made-for-TV Trade War Keeps World Guessing', 'President Trump at the Economic Club of New York last week.', 'Credit...', 'By Ana Swanson', 'When President Trump’s advisers suggested that Beijing resume buying farm produce, the trade war went on.'];
    const candidates = titleCandidates(toLines(lines.join('\n')), () => false, 5);
    expect(candidates.find((c) => c.line.index === 2)?.why).toContain('caption');
    // the label itself is no one-word headline, though a byline stands under it
    expect(candidates.map((c) => c.line.text)).not.toContain('Credit...');
  });

  it('takes a short sentence right under a headline for its standfirst', () => {
    const lines = ['Allgemein, news', 'Alles hat seine Zeit…', '…und die Zeit mit der Genossenschaft geht nun zu Ende.', 'Sie war für uns spannend und voller Begegnungen, und nun geht die Zeit mit der Genossenschaft zu Ende.'];
    const step = pickTitle(toLines(lines.join('\n')), () => false, 3);
    expect(step.value.title).toBe('Alles hat seine Zeit…');
  });

  it.each([
    // the first prose line is itself the headline when a closing quote or an exclamation mark ends it
    [['Noticias del día', 'Ministra de la Mujer por Berrios: “Que la justicia penal investigue, no la canónica”', 'El religioso sonaba para ocupar un cargo de coordinador de campamentos en el Gobierno.'], 'Ministra de la Mujer por Berrios: “Que la justicia penal investigue, no la canónica”'],
    [['Angebote der Woche', 'Black Friday Deal jetzt schon sichern: der Anbieter senkt kurzfristig die Preise!', 'Der verschwiegene Anbieter senkt anlässlich von Black Friday die Preise für alle seine Abos.'], 'Black Friday Deal jetzt schon sichern: der Anbieter senkt kurzfristig die Preise!'],
    // one ending in a full stop is the text's first sentence: the line above it wins
    [['Die Wache feiert', 'Die Wache hat am Sonntag ihr hundertjähriges Bestehen mit einem Fest für alle gefeiert.', 'Der Bürgermeister hielt eine Rede.'], 'Die Wache feiert'],
  ])('the first prose line as the headline: %j', (lines, title) => {
    expect(pickTitle(toLines(lines.join('\n')), () => false, 1).value.title).toBe(title);
  });

  it.each([
    // "Foto:" opening a credit, or after a caption, marks a credit line
    ['Foto: Max Muster / dpa', 'credit'],
    ['Der Hafen am Abend. Foto: Max Muster', 'credit'],
    // a caption closed by a news agency's name is a credit too
    ['Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE', 'credit'],
    ['Rescue workers search the rubble in Izmir on Saturday. AP', 'credit'],
    // a compound ending in "-Foto:" inside a headline is no credit label
    ['Neuer Blick auf das „Blue Marble“-Foto: Modell simuliert das Klima', undefined],
  ])('credit label in %s', (line, why) => {
    expect(notHeadlineBecause(line)).toBe(why);
  });

  it('lets the first long line stand in for the text when no prose line was found', () => {
    const lines = ['Four Years Remaining', 'Preparing the consequences', 'Interning of Small Integers in Python', 'Posted by Konstantin 21.10.2019', 'Cannot help sharing this lovely example of the way Python interns its small integers.'];
    expect(pickTitle(toLines(lines.join('\n')), () => false, [-1, -1]).value.title).toBe('Interning of Small Integers in Python');
  });

  it('never takes a byline, a caption or an author name as the headline', () => {
    const step = pick(['Jane Doe', 'March 3, 2020', 'Foto: Max Muster / dpa', 'The council said on Monday that it would look again.'].join('\n'), 3);
    expect(step.value.title).toBeUndefined();
  });
});

describe('isMetaLine', () => {
  it.each([
    ['By Jane Doe', true],
    ['Veröffentlicht am 3. Juli 2019', true],
    ['5:50 PM', true],
    ['3 Comments', true],
    ['Council delays vote on the new bypass', false],
    ['Scherenschnitt (3)', false],
    // a headline that mentions a date is not a date line
    ['Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?', false],
  ])('%s -> %s', (text, expected) => {
    expect(isMetaLine(text)).toBe(expected);
  });
});

describe('stripSourceFromTitle', () => {
  it('drops a trailing publisher tag', () => {
    expect(stripSourceFromTitle('Russia in Libya — a nightmare (Al Jazeera)', 'Al Jazeera')).toBe('Russia in Libya — a nightmare');
  });
});

describe('pickSubtitle', () => {
  const sub = (text: string) => pickSubtitle(toLines(text), [0], () => false).value;
  it.each([
    // headline / standfirst / byline / text: the standfirst is the subtitle
    ['standfirst above a byline', ['Port strike enters a second day', 'Talks between the union and the operator broke down overnight.', 'By Jane Doe', 'A strike ...'], 'Talks between the union and the operator broke down overnight.'],
    // a first paragraph running into the next is body text
    ['first paragraph', ['Port strike enters a second day', 'Talks between the union and the operator broke down overnight.', 'The union wants more pay.'], undefined],
    // a caption under the headline is no standfirst
    ['caption', ['Port strike enters a second day', 'Photo: dock workers at the gate of the port on Monday', 'March 4, 2021'], undefined],
    // a short section label may stand between the standfirst and its byline
    ['label before the byline', ['Port strike enters a second day', 'Talks between the union and the operator broke down overnight', 'NATIONAL /', 'March 4, 2021', 'A strike ...'], 'Talks between the union and the operator broke down overnight'],
    // a credit or a month is no such label: the line above it opens the text
    ['credit before the date', ['Port strike enters a second day', 'Talks between the union and the operator broke down overnight.', 'Foto: Jane Doe', '04.03.2021', 'A strike ...'], undefined],
    ['month before the dates', ['Tastings January to May', 'The first dates of the year are fixed, more will follow.', 'February 2020', 'Date: 21.02.2020, 7 pm', 'Place: ...'], undefined],
  ])('%s', (_name, lines, expected) => {
    expect(sub(lines.join('\n'))).toBe(expected);
  });
});

describe('breadcrumbTail', () => {
  it.each([
    ['Home / Essays / 2017 / January / Aggression Fotografie', 'Aggression Fotografie'],
    ['News » Politik » Wahl in Hessen verschoben', 'Wahl in Hessen verschoben'],
    // two parts are a headline with a dash or slash in it, not a breadcrumb
    ['Pros / cons of remote work', 'Pros / cons of remote work'],
  ])('%s', (text, expected) => {
    expect(breadcrumbTail(text)).toBe(expected);
  });
});

describe('stripPageLabels', () => {
  const page = toLines(['Home', 'Aktuelles', 'Presseinformationen', 'Kontakt', 'Politik'].join('\n'));
  it.each([
    // a "you are here" breadcrumb whose separators survived: its last part, even one word
    ['Sie sind hier: Home » Europa » Deutschland » Emden', 'Emden'],
    // separators lost in the dump: the leading crumbs the page prints as menu lines go
    ['Sie sind hier: Aktuelles Presseinformationen Land zahlte eine Prämie für Wildschweine', 'Land zahlte eine Prämie für Wildschweine'],
    // a headline that starts like a menu label but has no breadcrumb lead-in stays whole
    ['Politik der kleinen Schritte in Berlin', 'Politik der kleinen Schritte in Berlin'],
  ])('%s', (title, expected) => {
    expect(stripPageLabels(title, page)).toBe(expected);
  });
});
