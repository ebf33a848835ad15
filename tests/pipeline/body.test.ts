import { describe, expect, it } from 'vitest';
import { type LineClass, classifyLine, classifyLines, isEndMarker, mainClusters, pickBody, splitGlued } from '../../src/pipeline/body.ts';
import { analyseText } from '../../src/pipeline/analyse.ts';
import { toLines } from '../../src/pipeline/lines.ts';
import { stopWordsFor } from '../../src/pipeline/language.ts';

const en = stopWordsFor('en');
const de = stopWordsFor('de');
const PROSE =
  'The council said on Monday that it would review the plan again after residents complained that the new road would cut the village in two and bring heavy traffic past the school, which is already at the limit of what it can take.';
const PROSE2 =
  'Officials added that a decision was expected before the end of the year, and that the public would be able to comment on the revised proposal at a meeting in the town hall in the spring of next year.';

describe('classifyLine', () => {
  it.each([
    // long and dense in stop words: prose
    ['prose', PROSE, en, 'good'],
    // German prose with German stop words
    ['german prose', 'Die Stadt hat am Montag mitgeteilt, dass sie den Plan noch einmal prüfen werde, nachdem sich die Anwohner über die neue Straße beschwert hatten und der Verkehr vor der Schule immer weiter zunimmt, was die Eltern seit Jahren kritisieren.', de, 'good'],
    // a run of capitalised link words: menu
    ['menu', 'Home News Sport Business Culture Opinion Travel Weather Video Audio Podcasts Newsletters Archive Contact', en, 'bad'],
    // short lines wait for their neighbours
    ['short', 'Related stories', en, 'short'],
    // a long sentence thin in stop words (names and scores) waits for its neighbours too
    ['names and scores', 'Argentina comfortably got past Chile 3-0 in Group C, with Guido Pella beating Nicolas Jarry 6-4, 6-3 and Diego Schwartzman winning.', en, 'near'],
    // the same words without sentence punctuation stay bad
    ['names list', 'Argentina Chile Group C Guido Pella Nicolas Jarry Diego Schwartzman Davis Cup Finals Madrid Spain Russia Kazakhstan', en, 'bad'],
  ])('%s', (_name, text, words, expected) => {
    expect(classifyLine(text, words)).toBe(expected);
  });

  it('counts a Chinese, Japanese or Korean character as three Latin ones (a sentence, not a short line)', () => {
    // 39 characters: a full sentence in Japanese, as long as ~120 Latin characters
    expect(classifyLine('開かれたフォルダの中にあるKindleのショートカットアイコンを右クリック。', undefined)).toBe('near');
    expect(classifyLine('以下、その手順。', undefined)).toBe('short');
  });

  it('falls back to sentence punctuation when the language has no stop-word list', () => {
    expect(classifyLine(PROSE, undefined)).toBe('good');
    expect(classifyLine('Beranda Tentang Kami Kontak Iklan Artikel Terbaru Kategori Arsip Bekam Kesehatan Islam', undefined)).toBe('bad');
  });

  it.each([
    // several sentences that end in a signature: prose, though the line does not end like one
    ['sentences then a signature', 'Viver uma experiência amorosa é um prazer. Gostar é sentir com a alma. Cada um é o único responsável pelas suas próprias necessidades, e quem se ama pode encontrar em sua vida um amor de verdade, como sempre diziam os antigos. Lívia Barros Calado', 'good'],
    // one sentence break in a run of link titles is not enough
    ['link titles', 'Mensagens de Bom Dia Mensagens de Amor. Mensagens de Reflexão Sobre a Vida Mensagens de Natal Feliz Ano Novo', 'bad'],
  ])('without a stop-word list, counts sentence breaks: %s', (_name, text, expected) => {
    expect(classifyLine(text, undefined)).toBe(expected);
  });
});

describe('classifyLines (context)', () => {
  it('keeps a short subheading between two paragraphs and drops one between menus', () => {
    const lines = toLines([PROSE, 'What happens next', PROSE2, 'Home News Sport Business Culture Opinion Travel Weather Video Audio Podcasts', 'Share this'].join('\n'));
    expect(classifyLines(lines, () => false, en)).toEqual(['good', 'good', 'good', 'bad', 'bad']);
  });

  it.each([
    // a closing remark right under the last paragraph, then furniture: prose
    ['closing sentence', [PROSE, PROSE2, 'Officials gave no other details.', 'Home News Sport Business Culture Opinion Travel Weather Video Audio Podcasts'], 'good'],
    // an opening question right above the first paragraph: prose
    ['opening question', ['Home News Sport Business Culture Opinion Travel Weather Video Audio Podcasts', 'Why does this keep happening?', PROSE, PROSE2], 'good'],
    // the same line without sentence punctuation (a teaser title) beside prose: furniture
    ['teaser title', [PROSE, PROSE2, 'Officials gave no other details', 'Home News Sport Business Culture Opinion Travel Weather Video Audio Podcasts'], 'bad'],
    // a sentence of three words is too short to tell from a widget ("Thanks for reading.")
    ['three words', [PROSE, PROSE2, 'Thanks for reading.', 'Home News Sport Business Culture Opinion Travel Weather Video Audio Podcasts'], 'bad'],
  ])('a short sentence beside prose on one side only: %s', (_name, texts, expected) => {
    const lines = toLines(texts.join('\n'));
    const at = lines.findIndex((l) => l.text.length < 70);
    const pick = pickBody(lines, 0, classifyLines(lines, () => false, en), () => false);
    expect(pick.lines.includes(at) ? 'good' : 'bad').toBe(expected);
  });

  it('treats lines labelled as furniture as bad whatever they look like', () => {
    const lines = toLines([PROSE, PROSE2].join('\n'));
    expect(classifyLines(lines, (i) => i === 1, en)).toEqual(['good', 'bad']);
  });
});

describe('mainClusters', () => {
  it('drops a small cluster far from the article (a sidebar or an author box)', () => {
    const text = [PROSE, PROSE2, PROSE, ...Array.from({ length: 10 }, (_, i) => `Menu ${i}`), 'A short teaser about something else entirely, with a few words.'].join('\n');
    const lines = toLines(text);
    const kept = mainClusters(lines, (l) => !l.text.startsWith('Menu'));
    expect(kept.map((l) => l.index)).toEqual([0, 1, 2]);
  });
});

describe('mainClusters (headline)', () => {
  it('drops clusters that end above the headline, keeps one that runs on past it', () => {
    const above = [PROSE, PROSE2, 'Menu', 'Home', 'News', 'Sport', 'Culture', 'Headline', PROSE, PROSE2].join('\n');
    const kept = mainClusters(toLines(above), (l) => l.text.length > 20, 8);
    expect(kept.map((l) => l.index)).toEqual([8, 9]);
    // the "headline" was a subheading: the article runs across it
    const across = [PROSE, PROSE2, 'Subheading', PROSE, PROSE2].join('\n');
    expect(mainClusters(toLines(across), (l) => l.text.length > 20, 3).map((l) => l.index)).toEqual([0, 1, 3, 4]);
  });
  it.each([
    // the cluster right under the headline stays, though a longer one further down outweighs it
    ['under the headline', 1, [1, 2]],
    // the same cluster far below the headline is a sidebar
    ['far below the headline', 0, []],
  ])('keeps the cluster %s', (_name, gapBefore, expected) => {
    const filler = Array.from({ length: 6 }, (_, k) => `menu ${k}`);
    const pad = gapBefore ? [] : Array.from({ length: 8 }, (_, k) => `nav ${k}`);
    const texts = ['Headline', ...pad, PROSE, PROSE2, ...filler, ...Array.from({ length: 8 }, () => PROSE)];
    const lines = toLines(texts.join('\n'));
    const kept = mainClusters(lines, (l) => l.text.length > 100, 1).map((l) => l.index);
    const first = pad.length + 1;
    expect(kept.filter((i) => i <= first + 1)).toEqual(expected.map((i) => i + pad.length));
  });
});

describe('splitGlued', () => {
  it('splits two paragraphs a scraper glued together', () => {
    expect(splitGlued('It was late.”According to the source, it was early.')).toEqual(['It was late.”', 'According to the source, it was early.']);
  });
});

describe('pickBody', () => {
  it('stops at a "related stories" heading after the article and keeps none of what follows', () => {
    const lines = toLines(['Headline', PROSE, PROSE2, PROSE, 'You may also like', PROSE2].join('\n'));
    const classes: LineClass[] = lines.map((l) => (l.index === 0 || l.index === 4 ? 'bad' : 'good'));
    const pick = pickBody(lines, 1, classes, () => false);
    expect(pick.lines).toEqual([1, 2, 3]);
    expect(pick.dropped.get(4)).toBe('end-marker');
  });

  it.each([
    // between two kept paragraphs: a subheading
    ['inside', [PROSE, 'How Major Hospitals Are Already Using It', PROSE2], [0, 1, 2]],
    // after the last paragraph: a link card to another story
    ['after', [PROSE, PROSE2, 'How Major Hospitals Are Already Using Machine Learning Today', PROSE], [0, 1]],
  ])('title-cased line %s the article', (_name, texts, expected) => {
    const lines = toLines(['Headline', ...texts].join('\n'));
    // the headline and a last line past a gap of furniture are bad
    const pick = pickBody(lines, 1, lines.map((l) => (l.index === 0 || l.index === 4 ? 'bad' : 'good')), () => false);
    expect(pick.lines).toEqual(expected.map((i) => i + 1));
  });

  it('ignores an end marker under a small gallery caption above the article', () => {
    const caption = 'A shopper looks at extension cords in a hardware store on Tuesday.';
    const lines = toLines(['Headline', caption, 'x', 'Comments', 'y', 'z', 'w', PROSE, PROSE2, PROSE, PROSE2, 'Comments', PROSE].join('\n'));
    const good = new Set([1, 7, 8, 9, 10, 12]);
    const classes: LineClass[] = lines.map((l) => (good.has(l.index) ? 'good' : 'bad'));
    const pick = pickBody(lines, 1, classes, () => false);
    expect(pick.lines).toEqual([7, 8, 9, 10]);
    expect(pick.dropped.get(11)).toBe('end-marker');
  });
});

describe('isEndMarker', () => {
  it.each([
    ['Related stories', true],
    // Portuguese and Italian pages have their own ("you may like", "read also")
    ['Você pode gostar...', true],
    ['Leggi anche', true],
    // most-discussed lists and further reading
    ['Meistdiskutierte Artikel', true],
    ['Pour approfondir', true],
    // a count beside the heading is ignored
    ['[ 167 comments ]', true],
    ['Kommentare (12)', true],
    // a blog's comments heading that names the post
    ['11 Antworten zu “Sunday Thoughts: Ein wenig lost, aber immer noch da!”', true],
    ['One thought on “Why we walk”', true],
    ['12 comments on the plan were read out at the meeting.', false],
    // a short heading built around a phrase
    ['Das Thema könnte dich auch interessieren:', true],
    ['More from Sportsnet', true],
    ['Vous aimerez aussi', true],
    // a heading over an author box
    ['About the author', true],
    ['Über die Autorin:', true],
    ['À propos de l’auteur', true],
    // a sentence that uses the phrase is no heading
    ['Readers who liked the first book might like the second one even more, the publisher said.', false],
    ['Comments by the minister drew criticism', false],
  ])('%s', (text, expected) => {
    expect(isEndMarker(text)).toBe(expected);
  });
});

describe('pickBody (end of the body)', () => {
  it.each([
    // a teaser title of ten words without sentence punctuation after the last paragraph goes
    ['teaser title', 'Everything that the residents need to know about the controversial new bypass consultation', false],
    // a closing sentence of the same length stays
    ['closing sentence', 'The council will meet again in the spring to decide on it.', true],
  ])('%s', (_name, last, kept) => {
    const lines = toLines(['Headline', PROSE, PROSE2, last].join('\n'));
    const pick = pickBody(lines, 1, classifyLines(lines, () => false, en), () => false);
    expect(pick.lines.includes(3)).toBe(kept);
  });
});

describe('pickBody (byline under the article)', () => {
  const bio = 'Schreibt seit 2008 für die Zeitung und beschäftigt sich mit der Frage, ob Kapitalismus auch öko kann, und war lange Korrespondent.';
  it.each([
    // a byline under most of the text stands over an author bio: the article ends above it
    ['byline over a bio', [PROSE, PROSE2, PROSE, 'Von Jane Doe', bio], [1, 2, 3]],
    // a byline near the top (under a standfirst) leaves the article alone
    ['byline near the top', [PROSE, 'Von Jane Doe', PROSE2, PROSE, PROSE2], [1, 3, 4, 5]],
  ])('%s', (_name, texts, expected) => {
    const lines = toLines(['Headline', ...texts].join('\n'));
    const byline = lines.find((l) => l.text === 'Von Jane Doe')!.index;
    const classes: LineClass[] = lines.map((l) => (l.index === 0 || l.index === byline ? 'bad' : 'good'));
    const pick = pickBody(lines, 1, classes, (i) => i === byline, { isByline: (i) => i === byline });
    expect(pick.lines).toEqual(expected);
  });
});

describe('pickBody (short sentences beside the text)', () => {
  const list = ['Es ist völlig normal, so zu sein.', 'Die Zeit verändert deine Art zu denken.', 'Du wirst manchmal sehr empfindsam sein.'];
  it.each([
    // a run of short sentences under a paragraph is a list inside the article: all of it stays
    ['list of short sentences', [PROSE, PROSE2, ...list, 'Related Posts', 'Menu'], [1, 2, 3, 4, 5]],
    // short lines that are no sentences (widgets, teaser titles) do not follow
    ['widgets', [PROSE, PROSE2, 'Share this', 'Tweet', 'Related Posts'], [1, 2]],
  ])('%s', (_name, texts, expected) => {
    const lines = toLines(['Headline', ...texts].join('\n'));
    const pick = pickBody(lines, 1, classifyLines(lines, () => false, en), () => false);
    expect(pick.lines).toEqual(expected);
  });
});

describe('pickBody (author box without a byline)', () => {
  const bio = 'Hallo, ich bin Foodbloggerin, Backbuchautorin und Journalistin, und seit meiner Kindheit backe ich leidenschaftlich gern für alle, die ich mag.';
  it.each([
    // a heading naming the writer over a prose bio, under the text: the article ends above it
    ['Über Kathrin over a bio', [PROSE, PROSE2, PROSE, 'Über Kathrin', bio], [1, 2, 3]],
    ['About Matthew Humphries over a bio', [PROSE, PROSE2, PROSE, 'About Matthew Humphries', bio], [1, 2, 3]],
    // the same heading over no prose (a menu item) leaves the text alone
    ['About Us in a menu', [PROSE, PROSE2, PROSE, 'About Us', 'Contact', PROSE2], [1, 2, 3, 6]],
    // near the top it is a subheading of the article
    ['near the top', [PROSE, 'Über Kathrin', bio, PROSE2, PROSE, PROSE2], [1, 2, 3, 4, 5, 6]],
  ])('%s', (_name, texts, expected) => {
    const lines = toLines(['Headline', ...texts].join('\n'));
    const classes: LineClass[] = lines.map((l) => (l.index === 0 || l.text === 'Contact' || l.text === 'About Us' ? 'bad' : 'good'));
    const pick = pickBody(lines, 1, classes, () => false);
    expect(pick.lines).toEqual(expected);
  });
});

describe('pickBody (author box naming the writer)', () => {
  const bio = 'Inga Buller ist Head of Social & Community und testet gerne neue Haushalts-Gadgets wie Staubsaugerroboter.';
  it.each([
    // the writer's name alone over a bio, under most of the text: the article ends above it
    ['name over a bio', [PROSE, PROSE2, PROSE, 'Inga Buller', bio], 'Inga Buller', [1, 2, 3]],
    // a last paragraph that opens with the writer's name is their bio
    ['bio opening with the name', [PROSE, PROSE2, PROSE, bio], 'Inga Buller', [1, 2, 3]],
    // another name leaves the text alone
    ['someone else', [PROSE, PROSE2, PROSE, 'Inga Buller', bio], 'Jane Doe', [1, 2, 3, 4, 5]],
    // a paragraph naming the writer with most of the text still below it is article text
    ['name opening a paragraph early', [PROSE, bio, PROSE2, PROSE, PROSE2], 'Inga Buller', [1, 2, 3, 4, 5]],
    // a one-word name opens ordinary sentences
    ['one-word name', [PROSE, PROSE2, PROSE, 'Redaktion', bio], 'Redaktion', [1, 2, 3, 4, 5]],
  ])('%s', (_name, texts, author, expected) => {
    const lines = toLines(['Headline', ...texts].join('\n'));
    const classes: LineClass[] = lines.map((l) => (l.index === 0 ? 'bad' : 'good'));
    const pick = pickBody(lines, 1, classes, () => false, { author });
    expect(pick.lines).toEqual(expected);
  });
});

describe('pickBody (ingredient lists)', () => {
  const items = ['300 Gramm Butter weich', '6 mittelgroße Eier', '½ Teelöffel Zimt'];
  it.each([
    // a run of quantities between two parts of the article is a list inside it
    ['ingredients between paragraphs', [PROSE, 'Zutaten', ...items, 'Zubereitung', PROSE2], [1, 3, 4, 5, 7]],
    // two quantities are not yet a list
    ['two items', [PROSE, 'Zutaten', ...items.slice(0, 2), 'Zubereitung', PROSE2], [1, 6]],
    // counts with an abbreviation (a shop's list) are no ingredients
    ['counts', [PROSE, 'Zutaten', '13 Fl', '92 Fl', '45 Fl', 'Zubereitung', PROSE2], [1, 7]],
    // after the last paragraph nothing encloses them
    ['under the text', [PROSE, PROSE2, 'Zutaten', ...items], [1, 2]],
  ])('%s', (_name, texts, expected) => {
    const lines = toLines(['Headline', ...texts].join('\n'));
    const classes: LineClass[] = lines.map((l) => (l.text === PROSE || l.text === PROSE2 ? 'good' : 'bad'));
    const pick = pickBody(lines, 1, classes, () => false);
    expect(pick.lines).toEqual(expected);
  });
});

describe('pickBody (comment thread longer than the article)', () => {
  const comment = (k: number) => `Reader ${k} wrote that the council should have listened to the residents long before the plan was drawn up, and that the school will suffer from it for years.`;
  // the thread holds more than three times the article's text, past a gap of furniture
  const thread = [...Array.from({ length: 5 }, () => 'Reply'), ...Array.from({ length: 20 }, (_, k) => comment(k))];
  it.each([
    // a comments heading under three paragraphs ends the article, though the thread holds more text
    ['thread under the article', [PROSE, PROSE2, PROSE, 'Comments', ...thread], [1, 2, 3]],
    // a comment count under the lede is a link: the article goes on under it
    ['count under the lede', [`${PROSE} ${PROSE2}`, '0 Comments', PROSE2, PROSE, PROSE2], [1, 3, 4, 5]],
  ])('%s', (_name, texts, expected) => {
    const lines = toLines(['Headline', ...texts].join('\n'));
    const furniture = (i: number) => lines[i]?.text === 'Reply';
    const pick = pickBody(lines, 1, classifyLines(lines, furniture, en), furniture);
    expect(pick.lines).toEqual(expect.arrayContaining(expected));
    expect(pick.lines.length).toBeLessThanOrEqual(expected.length + 1);
  });
});

describe('pickBody (sign-off)', () => {
  it.each([
    // a greeting and the writer's name under the last paragraph stay with the text
    ['x Franzi', true],
    ['Euer HansEhrlich', true],
    ['Liebe Grüße, Anna', true],
    // a short line that is no greeting (a teaser title, a widget) goes
    ['Weitere Rezepte', false],
  ])('%s', (last, kept) => {
    const lines = toLines(['Headline', PROSE, PROSE2, last, 'Related Posts'].join('\n'));
    const pick = pickBody(lines, 1, classifyLines(lines, () => false, en), (i) => i === 4);
    expect(pick.lines.includes(3)).toBe(kept);
  });
});

describe('pickBody (link lists)', () => {
  const links = ['How one Calgary company turns CO2 into soap', 'Innovation Energy: Canada leads the way in carbon capture'];
  it.each([
    // link titles under "Related" go, and the article goes on under them
    ['inside the article', [PROSE, 'Related', ...links, PROSE2, PROSE], [1, 5, 6]],
    // under a lead-in ending in a colon, at the end, a short question is a link title too
    ['after a lead-in', [PROSE, PROSE2, 'Mehr zum Thema:', 'Alternativen zum Kükentöten', 'Welches Potenzial hat die Haltung von Zweinutzungshühnern?'], [1, 2]],
  ])('%s', (_name, texts, expected) => {
    const lines = toLines(['Headline', ...texts].join('\n'));
    const leadIn = (i: number) => lines[i]?.text === 'Mehr zum Thema:';
    const classes: LineClass[] = lines.map((l) => (l.index === 0 || leadIn(l.index) ? 'bad' : 'good'));
    const pick = pickBody(lines, 1, classes, leadIn, { isLeadIn: leadIn });
    expect(pick.lines).toEqual(expected);
  });
});

describe('pickBody (dated items)', () => {
  const dated = (n: number) => Array.from({ length: n }, (_, k) => [`November ${k + 10}, 2019`, `Teaser ${k}: ${PROSE2}`]).flat();
  it.each([
    // a list of dated teasers after the article: the body ends at the first date
    ['dated teaser list', [PROSE, PROSE2, PROSE, ...dated(3)], 3],
    // one date line inside the article is dropped alone
    ['lone date line', [PROSE, PROSE2, 'November 19, 2019', PROSE, PROSE2], 4],
    // dates near the top of the article (its own) do not end it
    ['dates at the top', [PROSE, 'November 19, 2019', PROSE2, 'November 20, 2019', PROSE, PROSE2, PROSE, PROSE2, PROSE, PROSE2], 8],
    // a date with other words on the line is text ("Termin: 29.02.2020, 19 Uhr")
    ['date with words', [PROSE, PROSE2, PROSE, 'Termin: 29.02.2020, 19 Uhr', PROSE2, 'Termin: 06.03.2020, 19 Uhr', PROSE], 7],
  ])('%s', (_name, texts, count) => {
    const lines = toLines(['Headline', ...texts].join('\n'));
    const pick = pickBody(lines, 1, classifyLines(lines, () => false, en), () => false);
    expect(pick.lines.length).toBe(count);
  });
});

describe('pickBody (related box inside the article)', () => {
  const teasers = ['Dangers of Vaping: Facts and Statistics on Health Risks', 'Cannabis Could Ease Symptoms of Depression in Patients'];
  it.each([
    // a few teaser titles under "Related stories", then the article goes on: the box goes, the text stays
    ['box inside the article', [PROSE, PROSE2, 'Related stories', ...teasers, PROSE2, PROSE], [1, 2, 6, 7]],
    // the same heading with no prose after the teasers ends the article
    ['box at the end', [PROSE, PROSE2, PROSE, 'Related stories', ...teasers], [1, 2, 3]],
    // a comments heading ends the article even when prose follows
    ['comments', [PROSE, PROSE2, 'Comments', ...teasers, PROSE2, PROSE], [1, 2]],
    // prose right under the heading (teasers with their summaries) is no resumed article
    ['teasers with summaries', [PROSE, PROSE2, PROSE, 'Related stories', PROSE2, PROSE], [1, 2, 3]],
  ])('%s', (_name, texts, kept) => {
    const lines = toLines(['Headline', ...texts].join('\n'));
    const pick = pickBody(lines, 1, classifyLines(lines, () => false, en), () => false);
    expect(pick.lines).toEqual(kept);
  });
});

describe('analyseText (attribution lines inside the article)', () => {
  it('keeps quotes set between "– Name" attribution lines, which are transparent to context', () => {
    const quote = '“The show was really great, we enjoyed every minute of it and the actors were so talented.”';
    const text = ['The Show Reviews', '', PROSE, '', quote, '– Man**', '', quote.replace('great', 'fun'), '– Ali***', '', PROSE2].join('\n');
    const body = analyseText(text, 'reviews.txt', { entities: false }).draft?.body ?? [];
    expect(body.filter((p) => p.startsWith('“The show'))).toHaveLength(2);
  });
});
