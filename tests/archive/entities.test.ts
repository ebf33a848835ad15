import { describe, expect, it } from 'vitest';
import { parseAuthority } from '../../src/archive/authority.ts';
import { resolveEntities } from '../../src/archive/entities.ts';
import type { EntityRecord, EntityType, RawEntity } from '../../src/types.ts';

/** An article as a list of names: 'type:Name' or 'type:Name*3' (three mentions). */
type Article = string[];

function raw(spec: string): RawEntity {
  const m = /^(person|organization|place):(.+?)(?:\*(\d+))?$/.exec(spec)!;
  const n = Number(m[3] ?? 1);
  return { name: m[2]!, type: m[1] as EntityType, forms: { [m[2]!]: n }, mentions: n };
}

function resolve(articles: Article[], authority?: string) {
  const entries = authority === undefined ? [] : parseAuthority(authority, 'entities.yml').value;
  return resolveEntities(
    articles.map((list, i) => ({ id: `a${i}`, rawEntities: list.map(raw) })),
    { authority: entries },
  ).entities;
}

/** The entity holding a spelling (as its name or an alias). */
function holder(entities: EntityRecord[], name: string): EntityRecord | undefined {
  return entities.find((e) => e.name === name || e.aliases.includes(name));
}
const spelling = (s: string) => s.replace(/^\w+:/, '').replace(/\*\d+$/, '');

describe('merges that must happen (text alone)', () => {
  it.each<[string, Article[], string, string[]]>([
    // a surname alone joins the one full name it ends, across articles
    ['surname across articles', [['person:Khalil Marbouk*3'], ['person:Marbouk*5']], 'Khalil Marbouk', ['Marbouk']],
    // machine-translation endings on a stem
    ['translation stem', [['person:Khalil Marbouk*4'], ['person:Khalil Marboukot'], ['person:Marboukah*2']], 'Khalil Marbouk', ['Khalil Marboukot', 'Marboukah']],
    // a vowel shift with the same consonants
    ['vowel shift', [['person:Khalil Marbouk*4'], ['person:Marbokah']], 'Khalil Marbouk', ['Marbokah']],
    // given-name spelling variants: 'Kh'/'K', 'ph'/'v'
    ['given variants', [['person:Khalil Marbouk*4'], ['person:Kalil Marbouk'], ['person:Stephen Olafsen*2', 'person:Steven Olafsen']], 'Khalil Marbouk', ['Kalil Marbouk']],
    ['ph and v', [['person:Stephen Olafsen*2'], ['person:Steven Olafsen']], 'Stephen Olafsen', ['Steven Olafsen']],
    // particles and spacing: 'De Milliano' = 'deMilliano'
    ['particle spacing', [['person:Steven De Milliano*2'], ['person:Steven deMilliano'], ['person:Stephen De Milliano']], 'Steven De Milliano', ['Steven deMilliano', 'Stephen De Milliano']],
    // a short given name and an initial
    ['short given name', [['person:Christopher Stavros*3'], ['person:Chris Stavros'], ['person:C. Stavros']], 'Christopher Stavros', ['Chris Stavros', 'C. Stavros']],
    // a middle name on one side only
    ['middle name', [['person:Hillary Clinton*3'], ['person:Hillary Rodham Clinton']], 'Hillary Clinton', ['Hillary Rodham Clinton']],
    // diacritics and case
    ['diacritics', [['person:José Ñúñez*2'], ['person:Jose Nunez'], ['person:JOSE NUNEZ']], 'José Ñúñez', ['Jose Nunez', 'JOSE NUNEZ']],
    // surname variants with no full name join each other
    ['lone surnames', [['person:Marbouk*3'], ['person:Marboukot']], 'Marbouk', ['Marboukot']],
    // acronyms to the name whose initials they are
    ['acronym by initials', [['organization:Council of Free Harbours'], ['organization:CFH*4']], 'Council of Free Harbours', ['CFH']],
    ['dotted acronym', [['place:Northern Isles Union*2'], ['place:N.I.U.'], ['place:NIU']], 'Northern Isles Union', ['N.I.U.', 'NIU']],
    // an organisation's short form that ends one longer name
    ['organisation short form', [['organization:Ruritanian Royal Guard*2'], ['organization:Royal Guard']], 'Ruritanian Royal Guard', ['Royal Guard']],
    // the same name tagged organisation in one article and place in another is one entity
    ['org/place type clash', [['place:Port Authority of Zenda*3'], ['organization:Port Authority of Zenda']], 'Port Authority of Zenda', []],
  ])('%s', (_name, articles, canonical, aliases) => {
    const entities = resolve(articles);
    const e = holder(entities, canonical)!;
    expect(e.name).toBe(canonical);
    for (const a of aliases) expect(holder(entities, a)?.id, a).toBe(e.id);
  });

  it('an acronym defined in one article wins over another name with the same initials', () => {
    const defined: RawEntity = { name: 'Council of Free Harbours', type: 'organization', forms: { 'Council of Free Harbours': 1, CFH: 2 }, mentions: 3 };
    const entities = resolveEntities([
      { id: 'a', rawEntities: [defined] },
      { id: 'b', rawEntities: [raw('organization:Committee for Fair Housing')] },
      { id: 'c', rawEntities: [raw('organization:CFH*3')] },
    ]).entities;
    expect(holder(entities, 'CFH')?.name).toBe('Council of Free Harbours');
    expect(holder(entities, 'Committee for Fair Housing')?.aliases).toEqual([]);
  });
});

describe('merges that must not happen', () => {
  it.each<[string, Article[], string[]]>([
    // different given names block a merge
    ['Bill and Hillary', [['person:Bill Clinton*3'], ['person:Hillary Clinton*3']], ['Bill Clinton', 'Hillary Clinton']],
    // a surname shared by two full names stays ambiguous
    ['shared surname', [['person:Bill Clinton*3'], ['person:Hillary Clinton*3'], ['person:Clinton*4']], ['Bill Clinton', 'Hillary Clinton', 'Clinton']],
    ['two people, one surname', [['person:Ahmed Sallal'], ['person:Yusuf Sallal'], ['person:Sallal']], ['Ahmed Sallal', 'Yusuf Sallal', 'Sallal']],
    // a place and a person with the same word
    ['Georgia', [['place:Georgia*5'], ['person:Georgia Vance*2'], ['person:Georgia']], ['Georgia', 'Georgia Vance']],
    // similar given names that are different names
    ['Mark and Mary', [['person:Mark Olafsen'], ['person:Mary Olafsen']], ['Mark Olafsen', 'Mary Olafsen']],
    // similar surnames that are different names
    ['Martin and Morton', [['person:John Martin'], ['person:John Morton']], ['John Martin', 'John Morton']],
    // a short given name that fits two people chains nobody together
    ['ambiguous short given name', [['person:Christopher Stavros*2'], ['person:Christine Stavros*2'], ['person:Chris Stavros']], ['Christopher Stavros', 'Christine Stavros']],
    // an acronym with two possible expansions and no definition stays alone
    ['ambiguous acronym', [['organization:Council of Free Harbours'], ['organization:Committee for Fair Housing'], ['organization:CFH']], ['Council of Free Harbours', 'Committee for Fair Housing', 'CFH']],
    // an organisation short form that ends two longer names stays alone
    ['ambiguous short form', [['organization:Ruritanian National Army'], ['organization:Grand Fenwick National Army'], ['organization:National Army']], ['Ruritanian National Army', 'Grand Fenwick National Army', 'National Army']],
    // middle names or initials that differ ('W.' and 'H.') are different people
    ['different middle initials', [['person:George W. Bush*3'], ['person:George H. W. Bush*2'], ['person:George Bush']], ['George W. Bush', 'George H. W. Bush', 'George Bush']],
    ['Kim Jong Un and Kim Jong Il', [['person:Kim Jong Un'], ['person:Kim Jong Il']], ['Kim Jong Un', 'Kim Jong Il']],
    // a person's surname never joins an organisation or place
    ['person vs place', [['person:Ellis Washington'], ['place:Washington*4']], ['Ellis Washington', 'Washington']],
  ])('%s', (_name, articles, separate) => {
    const entities = resolve(articles);
    const ids = separate.map((s) => holder(entities, spelling(s))?.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(separate.length);
  });
});

describe('records', () => {
  it('counts mentions, lists aliases and articles, and co-occurring entities', () => {
    const { entities, byArticle } = resolveEntities([
      { id: 'a1', rawEntities: [raw('person:Khalil Marbouk*2'), raw('place:Zenda')] },
      { id: 'a2', rawEntities: [raw('person:Marbouk*3'), raw('place:Zenda'), raw('organization:Royal Guard')] },
    ]);
    const k = holder(entities, 'Khalil Marbouk')!;
    expect(k).toMatchObject({ id: 'khalil-marbouk', type: 'person', aliases: ['Marbouk'], articles: ['a1', 'a2'], mentions: 5 });
    expect(k.related).toEqual([
      { id: 'zenda', count: 2 },
      { id: 'royal-guard', count: 1 },
    ]);
    expect(byArticle.get('a2')?.[0]).toEqual({ id: 'khalil-marbouk', name: 'Khalil Marbouk', type: 'person', mentions: 3 });
  });

  it('names an entity by its fullest frequent form, not a one-off long spelling', () => {
    const articles: Article[] = [['person:Khalil Marbouk*40'], ['person:Khalil Abu Marbouk'], ['person:Marbouk*60']];
    expect(resolve(articles).map((e) => e.name)).toEqual(['Khalil Marbouk']);
  });
});

describe('known names in articles whose recogniser missed them', () => {
  const run = (articles: { list: Article; text: string }[]) =>
    resolveEntities(articles.map((a, i) => ({ id: `a${i}`, rawEntities: a.list.map(raw), text: a.text }))).entities;

  it.each<[string, { list: Article; text: string }[], string, string[], number]>([
    // the surname of the one person who has it, with a compatible given name before it
    [
      'surname and variant given name',
      [
        { list: ['person:Khalil Marbouk*2'], text: 'Khalil Marbouk spoke. Khalil Marbouk left.' },
        { list: [], text: 'Talks between Sarrak and Kalil Marbouk. Then Marbouk’s men left.' },
      ],
      'Khalil Marbouk',
      ['a0', 'a1'],
      4,
    ],
    // a multi-word organisation name
    [
      'organisation',
      [
        { list: ['organization:Council of Free Harbours'], text: 'The Council of Free Harbours met.' },
        { list: [], text: 'Delegates of the Council of Free Harbours came.' },
      ],
      'Council of Free Harbours',
      ['a0', 'a1'],
      2,
    ],
    // a surname that is also a common word at a sentence start is not counted
    [
      'common word',
      [
        { list: ['person:Amy Rice'], text: 'Amy Rice spoke.' },
        { list: [], text: 'Rice prices rose. We ate rice.' },
      ],
      'Amy Rice',
      ['a0'],
      1,
    ],
    // a surname that is also a place's name is not counted
    [
      'surname and place',
      [
        { list: ['person:Ellis Washington', 'place:Washington'], text: 'Ellis Washington went to Washington.' },
        { list: [], text: 'Officials in Washington said no.' },
      ],
      'Ellis Washington',
      ['a0'],
      1,
    ],
  ])('%s', (_name, articles, name, inArticles, mentions) => {
    const e = holder(run(articles), name)!;
    expect(e.articles).toEqual(inArticles);
    expect(e.mentions).toBe(mentions);
  });

  it('a shared surname counts for nobody', () => {
    const entities = run([
      { list: ['person:Bill Clinton', 'person:Hillary Clinton'], text: 'Bill Clinton and Hillary Clinton.' },
      { list: [], text: 'Later Clinton spoke.' },
    ]);
    expect(entities.every((e) => !e.articles.includes('a1'))).toBe(true);
  });

  it('adds the variant spelling as an alias', () => {
    const entities = run([
      { list: ['person:Khalil Marbouk*2'], text: 'Khalil Marbouk.' },
      { list: [], text: 'Talks with Kalil Marbouk.' },
    ]);
    expect(holder(entities, 'Khalil Marbouk')?.aliases).toEqual(['Kalil Marbouk']);
  });
});

describe('authority file', () => {
  const seen: Article[] = [['person:Khalil Marbouk*3', 'person:Marbouk*2'], ['person:Marboukah'], ['person:Tarek Hafsi'], ['person:Tareq Hafsi'], ['place:Zenda*2']];

  it('merges curated aliases the text alone cannot (a different name)', () => {
    const entities = resolve([...seen, ['person:Abu Dawud']], '- name: Khalil Marbouk\n  type: person\n  aliases: [Abu Dawud]\n');
    expect(holder(entities, 'Abu Dawud')?.name).toBe('Khalil Marbouk');
  });

  it('splits spellings the text would merge', () => {
    expect(holder(resolve(seen), 'Tareq Hafsi')?.name).toBe('Tarek Hafsi');
    const entities = resolve(seen, '- {name: Tarek Hafsi, type: person}\n- {name: Tareq Hafsi, type: person}\n');
    expect(holder(entities, 'Tareq Hafsi')?.id).not.toBe(holder(entities, 'Tarek Hafsi')?.id);
  });

  it('renames, adds Wikidata id and description, and keeps automatic merges', () => {
    const entities = resolve(seen, '- name: Khalil al-Marbouk\n  type: person\n  aliases: [Khalil Marbouk]\n  wikidata: Q4242\n  description: Ruritanian general\n');
    const e = holder(entities, 'Marboukah')!;
    expect(e).toMatchObject({ name: 'Khalil al-Marbouk', wikidata: 'Q4242', description: 'Ruritanian general' });
    expect(e.aliases).toEqual(['Khalil Marbouk', 'Marbouk', 'Marboukah']);
  });

  it('hides an entity everywhere', () => {
    const { entities, byArticle } = resolveEntities(
      seen.map((list, i) => ({ id: `a${i}`, rawEntities: list.map(raw) })),
      { authority: parseAuthority('- {name: Zenda, type: place, hide: true}\n', 'x').value },
    );
    expect(holder(entities, 'Zenda')).toBeUndefined();
    expect([...byArticle.values()].flat().some((r) => r.name === 'Zenda')).toBe(false);
  });

  it('a curated entry first seen as its acronym still takes the short forms its long name ends', () => {
    const entries = '- name: Council of Free Harbours\n  type: organization\n  aliases: [CFH]\n';
    const entities = resolve([['organization:CFH*2'], ['organization:Council of Free Harbours'], ['organization:Free Harbours']], entries);
    expect(holder(entities, 'Free Harbours')?.name).toBe('Council of Free Harbours');
    // without the long name anywhere, nothing to end
    expect(holder(resolve([['organization:CFH*2'], ['organization:Free Harbours']], entries), 'Free Harbours')?.name).toBe('Free Harbours');
  });

  it('fixes a type', () => {
    const entities = resolve([['place:Royal Guard*2']], '- {name: Royal Guard, type: organization}\n');
    expect(holder(entities, 'Royal Guard')?.type).toBe('organization');
  });
});

describe('entity ids', () => {
  const ids = (articles: Article[]) => new Map(resolve(articles).map((e) => [`${e.type}:${e.name}`, e.id]));

  it('do not move when an article with other entities is added', () => {
    // Two entities whose names make the same slug: one keeps the plain slug, one gets a suffix.
    const before = ids([['place:Georgia*2'], ['place:Georgia'], ['person:Georgia'], ['person:Ann Lee']]);
    expect(before.size).toBe(3);
    // The newcomers sort before the others, and one more 'Georgia' (a person) makes a third claimant.
    const after = ids([['person:Aaron Abbott'], ['organization:Aardvark Corp'], ['organization:Georgia'], ['place:Georgia*2'], ['place:Georgia'], ['person:Georgia'], ['person:Ann Lee']]);
    for (const [key, id] of before) expect(after.get(key), key).toBe(id);
  });

  it('give the plain slug to the entity in most articles', () => {
    const got = ids([['place:Georgia'], ['person:Georgia'], ['person:Georgia']]);
    expect(got.get('person:Georgia')).toBe('georgia');
    expect(got.get('place:Georgia')).toMatch(/^georgia-[0-9a-f]{6}$/);
    const other = ids([['place:Georgia'], ['place:Georgia'], ['person:Georgia']]);
    expect(other.get('place:Georgia')).toBe('georgia');
  });
});
