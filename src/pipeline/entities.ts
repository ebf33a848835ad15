/**
 * Step 10: named entities (people, organisations, places) mentioned in the title and body,
 * grouped within the article: "Khalifa Haftar" and "Haftar" are one entity.
 * Order: (1) shouted lines are read in title case, (2) the recogniser finds mentions,
 * (3) a capitalised name right after a title is a person it missed, (4) "Long Name (ACR)"
 * defines an acronym, (5) mentions are cleaned or rejected, and a one-word person cut short
 * gets its surname back, (6) later bare uses of a found name, surname (or a translated
 * spelling of it) or acronym are counted, (7) spellings are grouped (src/archive/cluster.ts).
 */
import { canonicalName, clusterUnits } from '../archive/cluster.ts';
import { acronymOf, fold, parsePerson, sameSurname } from '../archive/names.ts';
import { cleanMention } from './entity-clean.ts';
import {
  definedAcronyms,
  extendOrganisations,
  joinPatronyms,
  shoutedToTitleCase,
  splitNamePrefix,
  splitRoleSpans,
  titledNames,
} from './entity-rules.ts';
import { recognise, type WordKnowledge, wordKnowledge } from '../ner/index.ts';
import type { EntityType, RawEntity } from '../types.ts';

export { cleanMention } from './entity-clean.ts';

/** One entity mention found by a recogniser: the text as written and its span in the input. */
export interface Mention {
  text: string;
  type: EntityType;
  start: number;
  end: number;
}

/**
 * The recogniser: the only function that knows which NER is used — the averaged perceptron of
 * src/ner (CoNLL-2003-trained; see the README), whose model is loaded once per process.
 */
export function detectMentions(text: string): Mention[] {
  return recognise(text);
}

/** Finds entities in a text and groups their spellings; `detect` defaults to {@link detectMentions}. */
export function findEntities(
  text: string,
  detect: (text: string) => Mention[] = detectMentions,
  words: Pick<WordKnowledge, 'givenNames' | 'surnames' | 'usuallyLower' | 'isName' | 'isMisc' | 'typesOf'> = wordKnowledge(),
): RawEntity[] {
  const prepared = shoutedToTitleCase(text);
  const repaired = splitNamePrefix(prepared, splitRoleSpans(prepared, joinPatronyms(prepared, detect(prepared)), words), words);
  const detected = extendOrganisations(prepared, repaired);
  const titled = [...detected, ...titledNames(prepared, detected)];
  const definitions = definedAcronyms(prepared, titled);
  const found = [...titled.filter((m) => !definitions.superseded.has(m)), ...definitions.mentions];
  const named: { name: string; type: EntityType; start: number; end: number }[] = [];
  for (const m of found) {
    const name = cleanMention(m.text, m.type);
    if (!name) continue;
    // one word usually written in lower case ('Research', 'Middle') is no name, unless known as one
    if (!name.includes(' ') && !acronymOf(name) && words.usuallyLower(name) && !words.isName(name)) continue;
    const surname = m.type === 'person' && !name.includes(' ') && !/['’]s?$/.test(m.text) ? cutSurname(prepared, m.end) : undefined;
    if (surname) named.push({ name: `${name} ${surname}`, type: m.type, start: m.start, end: m.end + 1 + surname.length });
    else named.push({ name, type: m.type, start: m.start, end: m.end });
  }
  named.push(...laterUses(prepared, named, definitions.acronyms));
  // a given name alone that names no one of the article ('Mohammed') is no entity to browse
  const resolved = resolveGivenNames(named).filter(
    (m) => m.type !== 'person' || m.name.includes(' ') || !words.givenNames.has(m.name.toLowerCase()) || words.surnames.has(m.name.toLowerCase()),
  );
  return groupMentions(resolved, definitions.acronyms);
}

/**
 * The characters of a text already taken by a name: whether a span overlaps one is a look at
 * its own characters, not a scan of every span taken (which made a long text's names quadratic).
 */
class Coverage {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }
  add(start: number, end: number): void {
    this.taken.fill(1, Math.max(0, start), Math.min(this.taken.length, end));
  }
  overlaps(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < Math.min(this.taken.length, end); i++) if (this.taken[i] === 1) return true;
    return false;
  }
}

/**
 * A person named by a given name alone ('Khalifa') is the one person of the article whose full
 * name starts with it ('Khalifa Haftar'); with two such people, or when it is also someone's
 * surname, it stays as written.
 */
export function resolveGivenNames<M extends { name: string; type: EntityType }>(mentions: readonly M[]): M[] {
  const full = new Map<string, Set<string>>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const words = m.name.split(' ');
    if (words.length < 2) continue;
    const given = fold(words[0]!);
    const set = full.get(given) ?? new Set();
    set.add(m.name);
    full.set(given, set);
    surnames.add(fold(words.at(-1)!));
  }
  return mentions.map((m) => {
    if (m.type !== 'person' || m.name.includes(' ')) return m;
    const key = fold(m.name);
    const names = full.get(key);
    if (!names || surnames.has(key)) return m;
    // spellings of one person ('Khalifa Haftar', 'Khalifa Haftarot') count as one
    const people = [...names].filter((n, i, all) => !all.slice(0, i).some((o) => sameSurname(fold(o.split(' ').at(-1)!), fold(n.split(' ').at(-1)!))));
    return people.length === 1 ? { ...m, name: [...names][0]! } : m;
  });
}

/**
 * Groups mentions into the article's entities. `acronyms` maps an acronym (as written) to the
 * name it was defined for in this article, so 'GNA' joins 'Government of National Accord'.
 */
export function groupMentions(found: readonly { name: string; type: EntityType }[], acronyms: ReadonlyMap<string, string> = new Map()): RawEntity[] {
  const units = new Map<string, { name: string; type: EntityType; forms: Map<string, number>; mentions: number }>();
  for (const { name, type } of found) {
    const host = acronyms.get(name);
    const key = `${type}\u0000${host ?? name}`;
    const u = units.get(key) ?? { name: host ?? name, type, forms: new Map(), mentions: 0 };
    u.forms.set(name, (u.forms.get(name) ?? 0) + 1);
    u.mentions++;
    units.set(key, u);
  }
  const entities = clusterUnits([...units.values()]).map((group): RawEntity => {
    const forms = new Map<string, number>();
    const types = new Map<EntityType, number>();
    for (const u of group) {
      for (const [f, n] of u.forms) forms.set(f, (forms.get(f) ?? 0) + n);
      types.set(u.type, (types.get(u.type) ?? 0) + u.mentions);
    }
    const type = [...types.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const mentions = [...forms.values()].reduce((s, n) => s + n, 0);
    return { name: canonicalName(forms), type, forms: Object.fromEntries(forms), mentions };
  });
  return entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/**
 * A one-word person cut short by the recogniser ('Affairs Victoria| Coates, ...'): the single
 * capitalised word right after it, when no further capitalised word follows.
 */
function cutSurname(text: string, end: number): string | undefined {
  const m = /^ (\p{Lu}[\p{Ll}\p{M}'’-]+)(?=[,;:.)]|\s+[\p{Ll}\d(—–-])/u.exec(text.slice(end, end + 60));
  const word = m?.[1];
  if (!word || /['’]s$/.test(word)) return undefined;
  return cleanMention(word, 'person') === word ? word : undefined;
}

const WORD_CHAR = /^[\p{L}\p{N}]/u;

/** True when a letter or digit starts at `i`. */
function wordCharAt(text: string, i: number): boolean {
  const c = text.codePointAt(i);
  return c !== undefined && WORD_CHAR.test(String.fromCodePoint(c));
}

/** True when a letter or digit ends just before `i` (a surrogate pair read whole). */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  return wordCharAt(text, low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1);
}

/**
 * Later bare uses the recogniser missed: a found person's surname ("Haftar") or a translated
 * spelling of it ("Haftorah"), a defined acronym, or any found name, written with capitals as a
 * whole word outside the spans already found.
 */
function laterUses(
  text: string,
  named: readonly { name: string; type: EntityType; start: number; end: number }[],
  acronyms: ReadonlyMap<string, string>,
): { name: string; type: EntityType; start: number; end: number }[] {
  const taken = new Coverage(text.length);
  for (const m of named) taken.add(m.start, m.end);
  const wanted = new Map<string, EntityType>();
  for (const m of named) {
    if (!wanted.has(m.name) && m.name.length >= 3) wanted.set(m.name, m.type);
    if (m.type === 'person') {
      const last = m.name.split(/\s+/).at(-1)!;
      const p = parsePerson(m.name);
      if (p.given.length > 0 && last.length >= 3 && /^\p{Lu}/u.test(last) && !wanted.has(last)) wanted.set(last, 'person');
    }
  }
  for (const acr of acronyms.keys()) if (acronymOf(acr)) wanted.set(acr, named.find((m) => m.name === acronyms.get(acr))?.type ?? 'organization');
  const out: { name: string; type: EntityType; start: number; end: number }[] = [];
  for (const [name, type] of wanted) {
    // indexOf and a look at the characters around: a regular expression per name with Unicode
    // look-behind was most of the analysis time.
    for (let start = text.indexOf(name); start !== -1; start = text.indexOf(name, start + 1)) {
      const end = start + name.length;
      if (wordCharBefore(text, start) || wordCharAt(text, end)) continue;
      if (taken.overlaps(start, end)) continue;
      taken.add(start, end);
      out.push({ name, type, start, end });
    }
  }
  // Translated spellings of a found surname ('the Haftorah' beside 'Khalifa Haftar'), when they fit one person only.
  const surnames = [...new Set(named.filter((m) => m.type === 'person').map((m) => parsePerson(m.name).surname))].filter((s) => s.length >= 5);
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]{4,}(?![\p{L}\p{N}])/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.overlaps(start, end)) continue;
    const word = fold(m[0]);
    if (surnames.filter((s) => s !== word && sameSurname(s, word)).length !== 1) continue;
    taken.add(start, end);
    out.push({ name: m[0], type: 'person', start, end });
  }
  return out;
}
