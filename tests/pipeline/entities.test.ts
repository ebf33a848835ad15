import { describe, expect, it } from 'vitest';
import { type Mention, cleanMention, findEntities, groupMentions, resolveGivenNames } from '../../src/pipeline/entities.ts';
import type { EntityType } from '../../src/types.ts';

describe('cleanMention', () => {
  it.each<[string, EntityType, string | undefined]>([
    // titles and roles are not part of a name
    ['Ambassador Jane Roe', 'person', 'Jane Roe'],
    ['Colonel Adam Fenwick', 'person', 'Adam Fenwick'],
    ['Brigadier General Tom van Dort', 'person', 'Tom van Dort'],
    ['Prime Minister Ola Berg', 'person', 'Ola Berg'],
    // a role phrase swallowed by the recogniser ends at its last role word
    ['Deputy National Security Advisor for Middle Eastern and North African Affairs Vera Holm', 'person', 'Vera Holm'],
    ['Secretary of Defense Mark Quill', 'person', 'Mark Quill'],
    ['Energy Matt Zorn', 'person', 'Matt Zorn'],
    ['Affairs Victoria', 'person', 'Victoria'],
    ['Affairs', 'person', undefined],
    // possessives and surrounding punctuation go
    ['Ravel’s', 'person', 'Ravel'],
    ['"Ravel,"', 'person', 'Ravel'],
    ["Ravel's Northern Guard", 'organization', 'Northern Guard'],
    // a translated Arabic article inside a person's name is dropped
    ['Khalil the Marbouk', 'person', 'Khalil Marbouk'],
    // shouting is tamed in names, acronyms stay
    ['Matthew SEIS', 'person', 'Matthew Seis'],
    ['UNITED FEDERATION OF PLANETS', 'organization', 'United Federation of Planets'],
    ['NATO', 'organization', 'NATO'],
    ['U.S.', 'place', 'U.S'],
    // a leading "the" is dropped, connectors inside organisation names are kept
    ['the Northern Guard', 'organization', 'Northern Guard'],
    ['Government of Unity and Accord', 'organization', 'Government of Unity and Accord'],
    // a weekday glued to a name in a headline
    ['Khalil Marbouk Monday', 'person', 'Khalil Marbouk'],
    // junk: icon words, lower-case words, lower-case endings, generic heads
    ['chevron', 'organization', undefined],
    ['Chevron', 'organization', undefined],
    ['icon', 'place', undefined],
    ['the', 'person', undefined],
    ['Research service', 'organization', undefined],
    ['White house', 'place', undefined],
    ['Department', 'organization', undefined],
    ['East', 'person', undefined],
    ['Mohammed was Shining', 'person', undefined],
    // particles may start a person's name when a surname follows
    ['al Sarrak', 'person', 'al Sarrak'],
  ])('%s (%s) -> %s', (input, type, expected) => {
    expect(cleanMention(input, type)).toBe(expected);
  });
});

describe('groupMentions', () => {
  const names = (list: [string, EntityType][]) => groupMentions(list.map(([name, type]) => ({ name, type }))).map((e) => [e.name, e.type, Object.keys(e.forms).sort()]);

  it.each<[string, [string, EntityType][], [string, EntityType, string[]][]]>([
    // a surname joins the full name in the same article
    [
      'surname',
      [['Omar Belkir', 'person'], ['Belkir', 'person'], ['Belkir', 'person']],
      [['Omar Belkir', 'person', ['Belkir', 'Omar Belkir']]],
    ],
    // two people sharing a surname: the surname alone stays on its own
    [
      'shared surname',
      [['Bill Clinton', 'person'], ['Hillary Clinton', 'person'], ['Clinton', 'person']],
      [
        ['Bill Clinton', 'person', ['Bill Clinton']],
        ['Clinton', 'person', ['Clinton']],
        ['Hillary Clinton', 'person', ['Hillary Clinton']],
      ],
    ],
    // a place and a person with the same word never merge
    [
      'Georgia',
      [['Georgia', 'place'], ['Georgia Vance', 'person'], ['Vance', 'person']],
      [
        ['Georgia', 'place', ['Georgia']],
        ['Georgia Vance', 'person', ['Georgia Vance', 'Vance']],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(names(input).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual(expected);
  });

  it('joins an acronym defined in the article to its long name', () => {
    const got = groupMentions(
      [
        { name: 'Council of Free Harbours', type: 'organization' },
        { name: 'CFH', type: 'organization' },
        { name: 'CFH', type: 'organization' },
      ],
      new Map([['CFH', 'Council of Free Harbours']]),
    );
    expect(got).toEqual([{ name: 'Council of Free Harbours', type: 'organization', forms: { 'Council of Free Harbours': 1, CFH: 2 }, mentions: 3 }]);
  });
});

describe('findEntities with any detector', () => {
  // A stand-in recogniser: finds the listed names as written, so the rules around it are tested alone.
  const detector =
    (list: [string, EntityType][]) =>
    (text: string): Mention[] =>
      list.flatMap(([name, type]) => {
        const start = text.indexOf(name);
        return start < 0 ? [] : [{ text: name, type, start, end: start + name.length }];
      });
  const summary = (text: string, list: [string, EntityType][]) =>
    findEntities(text, detector(list))
      .map((e) => `${e.type}:${e.name}=${e.mentions}`)
      .sort();

  it.each<[string, string, [string, EntityType][], string[]]>([
    // later bare surnames are counted even when the recogniser missed them
    ['later surname', 'Omar Belkir spoke. Later Belkir left, and Belkir’s aides too.', [['Omar Belkir', 'person']], ['person:Omar Belkir=3']],
    // translated spellings of a found surname count too, other capitalised words do not
    ['surname variants', 'Khalil Marbouk spoke. The Marboukah and the Marbokah left Marseille.', [['Khalil Marbouk', 'person']], ['person:Khalil Marbouk=3']],
    // a capitalised name after a title is a person the recogniser missed
    ['titled name', 'General Tarek Ossman met reporters. Ossman smiled.', [], ['person:Tarek Ossman=2']],
    // a lower-case ambiguous title is no evidence
    ['ambiguous title', 'In general Ruritania is calm.', [], []],
    // nationality adjectives are no title
    ['nationality', 'The Ruritanian National Guard moved.', [], []],
    // an acronym defined in brackets, with its long name spelled out from the capitals before it
    [
      'acronym definition',
      'The UN-backed Council of Free Harbours (CFH) met. The CFH said no.',
      [],
      ['organization:Council of Free Harbours=3'],
    ],
    // a one-word person cut short before the surname gets it back
    ['cut surname', 'Advisor for Harbour Affairs Vera Holm, and others. Holm said.', [['Affairs Vera', 'person']], ['person:Vera Holm=2']],
    // ... but not when more capitalised words follow (another name), nor after a possessive
    ['no surname before a name', 'Belkir Ruritanian National Guard moved.', [['Belkir', 'person']], ['person:Belkir=1']],
    ['no surname after a possessive', 'Belkir’s Guard moved.', [['Belkir’s', 'person']], ['person:Belkir=1']],
    // a shouted headline is read in title case
    ['shouted line', 'GENERAL TAREK OSSMAN VISITS THE PORT\n\nOssman came.', [], ['person:Tarek Ossman=2']],
  ])('%s', (_name, text, list, expected) => {
    expect(summary(text, list)).toEqual(expected);
  });

  // Word knowledge as the recogniser's lexicon would give it, fixed here so the rules are tested alone.
  const words = {
    givenNames: new Set(['matthew', 'tarek', 'james', 'omar']),
    surnames: new Set(['james']),
    usuallyLower: (w: string) => ['research', 'shining', 'apple'].includes(w.toLowerCase()),
    isName: (w: string) => ['apple', 'ruritanian'].includes(w.toLowerCase()),
    isMisc: (w: string) => w.toLowerCase() === 'ruritanian',
    typesOf: (name: string) => ({ 'middle east': ['LOC'], zenda: ['LOC', 'PER'], victoria: ['LOC'] })[name.toLowerCase()] ?? [],
  };
  const withWords = (text: string, list: [string, EntityType][]) =>
    findEntities(text, detector(list), words)
      .map((e) => `${e.type}:${e.name}=${e.mentions}`)
      .sort();

  it.each<[string, string, [string, EntityType][], string[]]>([
    // a role word then a known given name: the organisation ends at the role, a person follows
    [
      'role then name',
      'Talks at the Ruritanian Department of Energy Matthew Zorn, and more.',
      [['Ruritanian Department of Energy Matthew Zorn', 'organization']],
      ['organization:Ruritanian Department of Energy=1', 'person:Matthew Zorn=1'],
    ],
    // ... not without a given name ('Research Centre' names no one)
    [
      'role then no name',
      'Talks at the Department of Energy Research Centre, and more.',
      [['Department of Energy Research Centre', 'organization']],
      ['organization:Department of Energy Research Centre=1'],
    ],
    // a title inside an organisation: the nationality before it names nothing, the person gets the surname back
    ['title inside', 'They met the Ruritanian General Tarek Ossman today.', [['Ruritanian General Tarek', 'organization']], ['person:Tarek Ossman=1']],
    // an organisation ending in a title right before a name is a role
    [
      'title at the end',
      'They met the Ruritanian General Tarek Ossman, on Monday.',
      [
        ['Ruritanian General', 'organization'],
        ['Tarek Ossman', 'person'],
      ],
      ['person:Tarek Ossman=1'],
    ],
    // what is left before the role is kept when it names something
    [
      'organisation before a title',
      'They met Harbour Guard General Tarek Ossman today.',
      [['Harbour Guard General Tarek', 'organization']],
      ['organization:Harbour Guard=1', 'person:Tarek Ossman=1'],
    ],
    // titles that are ordinary words of organisation names never split
    ['org-word title', 'Shares of Burger King Corp rose.', [['Burger King Corp', 'organization']], ['organization:Burger King Corp=1']],
    ['title first', 'Shares of General Harbours rose.', [['General Harbours', 'organization']], ['organization:General Harbours=1']],
    // an organisation cut short at its start gets the capitalised words before it back
    [
      'cut organisation',
      'They work with Special Harbour Command Forward and the port.',
      [['Command Forward', 'organization']],
      ['organization:Special Harbour Command Forward=1'],
    ],
    // ... but not a sentence's first word, a title-case headline, or a title
    ['sentence start', 'Yesterday Harbour Command said no.', [['Harbour Command', 'organization']], ['organization:Harbour Command=1']],
    ['headline', 'Officials Meet Harbour Command In Port', [['Harbour Command', 'organization']], ['organization:Harbour Command=1']],
    ['title before', 'said the spokesman Colonel Harbour Command today.', [['Harbour Command', 'organization']], ['organization:Harbour Command=1']],
    // a hyphenated particle continues the name
    ['particle', 'Militants from the Ansar al-Harbour group came.', [['Ansar', 'organization']], ['organization:Ansar al-Harbour=1']],
    // an acronym's spelled-out name replaces the recogniser's part of it
    ['part of an acronym name', 'The UN-backed Council of Free Harbours (CFH) met.', [['Free Harbours', 'organization']], ['organization:Council of Free Harbours=2']],
    // a known place run into a person's name comes off
    [
      'place before a person',
      'on Middle East Victoria Coates, and others',
      [['Middle East Victoria Coates', 'person']],
      ['person:Victoria Coates=1', 'place:Middle East=1'],
    ],
    // ... not a known given name, nor a name that is also a person's, nor leaving a single word
    ['given name first', 'with Matthew Victoria Coates, and others', [['Matthew Victoria Coates', 'person']], ['person:Matthew Victoria Coates=1']],
    ['also a person', 'with Zenda Victoria Coates, and others', [['Zenda Victoria Coates', 'person']], ['person:Zenda Victoria Coates=1']],
    ['one word left', 'with Victoria Coates, and others', [['Victoria Coates', 'person']], ['person:Victoria Coates=1']],
    // ... or a known given name left alone, which the given-name rules then read
    ['place before a given name', 'of Middle East Tarek was there', [['Middle East Tarek', 'person']], ['place:Middle East=1']],
    // a given name alone that names no one of the article is dropped, unless also a surname or resolved
    ['lone given name', 'Later Tarek spoke.', [['Tarek', 'person']], []],
    ['given name also a surname', 'Later James spoke.', [['James', 'person']], ['person:James=1']],
    // a word, a patronymic particle and a word are a person, whatever the recogniser made of them
    [
      'patronym',
      'He met the Minister of the UAE Abdullah bin Zayed, who said',
      [
        ['UAE Abdullah', 'organization'],
        ['Zayed', 'organization'],
      ],
      ['organization:UAE=1', 'person:Abdullah bin Zayed=1'],
    ],
    ['patronym after a person', 'He met Abdullah bin Zayed, who said', [['Abdullah', 'person']], ['person:Abdullah bin Zayed=1']],
    // other particles belong to places too
    ['no patronym', 'They flew to Santiago de Cuba, and', [['Santiago', 'place']], ['place:Santiago=1']],
    // one word usually written in lower case is no name, unless known as one
    ['lower-case word', 'A report from the congressional Research service came.', [['Research', 'organization']], []],
    ['known name', 'A report from Apple came.', [['Apple', 'organization']], ['organization:Apple=1']],
    // a word that is only part of names
    ['fragment', 'Advisor for Middle Eastern Affairs', [['Middle', 'place']], []],
    ['whole name', 'Peace in the Middle East came.', [['Middle East', 'place']], ['place:Middle East=1']],
  ])('%s', (_name, text, list, expected) => {
    expect(withWords(text, list)).toEqual(expected);
  });

  it('never keeps icon words from a menu', () => {
    const text = 'icon chevron downicon chevron lefticon';
    expect(findEntities(text, detector([['chevron', 'organization']]))).toEqual([]);
  });
});

describe('resolveGivenNames', () => {
  const p = (name: string, type: EntityType = 'person') => ({ name, type });
  it.each<[string, { name: string; type: EntityType }[], string[]]>([
    // a given name alone is the one person of the article with it
    ['resolves', [p('Tarek Ossman'), p('Tarek')], ['Tarek Ossman', 'Tarek Ossman']],
    // spellings of one person count as one
    ['spellings', [p('Khalil Marbouk'), p('Khalil Marboukah'), p('Khalil')], ['Khalil Marbouk', 'Khalil Marboukah', 'Khalil Marbouk']],
    // two people with that given name: it stays
    ['two people', [p('Bill Clinton'), p('Bill Murray'), p('Bill')], ['Bill Clinton', 'Bill Murray', 'Bill']],
    // also someone's surname: it stays
    ['also a surname', [p('Tarek Ossman'), p('Amal Tarek'), p('Tarek')], ['Tarek Ossman', 'Amal Tarek', 'Tarek']],
    // a place or organisation is never a person's given name
    ['other type', [p('Jordan Vance'), p('Jordan', 'place')], ['Jordan Vance', 'Jordan']],
    // no full name: it stays
    ['alone', [p('Tarek')], ['Tarek']],
  ])('%s', (_name, mentions, expected) => {
    expect(resolveGivenNames(mentions).map((m) => m.name)).toEqual(expected);
  });
});
