/**
 * Archive-wide recall: a name the archive knows (a full name, or the surname of the one person
 * who has it) also counts in articles whose recogniser missed it ("Sarraj and Haftar met").
 * Only articles that do not already mention the entity are searched, so nothing is counted twice.
 */
import type { EntityType } from '../types.ts';
import { charClasses } from './char-classes.ts';
import { fold, parsePerson, sameGiven } from './names.ts';

/** What the scan needs to know about each resolved group. */
export interface KnownGroup {
  type: EntityType;
  forms: Iterable<string>;
  articles: ReadonlySet<string>;
}

/** A name found in an article: the group it belongs to and the spelling seen. */
export interface KnownHit {
  group: number;
  article: string;
  form: string;
}

const UPPER = /^\p{Lu}/u;

/** What a character is to a word: outside one, inside one, or able to start one (letters, digits). */
const Part = { None: 0, Inside: 1, Start: 2 } as const;
type Part = (typeof Part)[keyof typeof Part];
const IS_START = /^[\p{L}\p{N}]$/u;
const IS_INSIDE = /^[\p{L}\p{M}\p{N}'’-]$/u;
const partOf = charClasses((ch) => (IS_START.test(ch) ? Part.Start : IS_INSIDE.test(ch) ? Part.Inside : Part.None)) as (code: number) => Part;

/** Word bounds, reused from text to text (a large archive has millions of words). */
interface Spans {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/**
 * Where the words of a text start and end: a letter or digit, then letters, marks, digits,
 * apostrophes and hyphens (/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*\/u), found without making a string
 * of each word (most are never looked up). Fills `into`, growing it when needed.
 */
export function wordSpans(text: string, into: Spans = { starts: new Int32Array(64), ends: new Int32Array(64), count: 0 }): Spans {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.codePointAt(i)!;
    if (partOf(c) !== Part.Start) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do {
      i += c > 0xffff ? 2 : 1;
      c = i < n ? text.codePointAt(i)! : -1;
    } while (c >= 0 && partOf(c) !== Part.None);
    if (count === into.starts.length) {
      into.starts = doubled(into.starts);
      into.ends = doubled(into.ends);
    }
    into.starts[count] = start;
    into.ends[count] = i;
    count++;
  }
  into.count = count;
  return into;
}

/** A copy of `a` with twice the room. */
function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The word from `start` to `end`, a possessive "'s" cut off ("Haftar's" -> "Haftar"). */
function wordAt(text: string, start: number, end: number): string {
  const possessive = end - start > 2 && text.charCodeAt(end - 1) === 115 /* s */ && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019);
  return text.slice(start, possessive ? end - 2 : end);
}

/**
 * A name found in a text before it is tied to a group: a multi-word name (`phrase`, its words
 * joined by one space) or a surname alone (`surname`), with the spelling seen.
 */
export interface NameHit {
  phrase?: string;
  surname?: string;
  form: string;
}

/**
 * What the last scan of an archive found, kept for the next build (see findKnownNames): the
 * gazetteer's entries, and each text's hits by a key that changes whenever the text does.
 */
export interface KnownScan {
  entries: string[];
  hits: Record<string, NameHit[]>;
}

/**
 * Finds known names in articles that do not mention their entity yet. With `previous` (the last
 * build's scan) and a key per text (`keys`: changes whenever the text does), a text scanned before
 * is scanned again only when it contains a word of a name the gazetteer gained or lost since (or
 * whose known given names changed); its other hits are the same, as a text's hits depend only on
 * the gazetteer's entries for the words in it. Returns the hits, and the scan for the next build.
 */
export function findKnownNames(
  groups: readonly KnownGroup[],
  texts: ReadonlyMap<string, string>,
  previous?: KnownScan,
  keys?: ReadonlyMap<string, string>,
): KnownHit[] & { scan: KnownScan } {
  const gaz = gazetteer(groups);
  const entries = gazetteerEntries(gaz);
  const stale = previous ? changedWords(previous.entries, entries) : undefined;
  const isStale = stale ? wordFinder(stale) : undefined;
  const scanner = textScanner(gaz);
  const hits: KnownHit[] = [];
  const kept: Record<string, NameHit[]> = {};
  for (const [article, text] of texts) {
    const key = keys?.get(article);
    const before = key !== undefined ? previous?.hits[key] : undefined;
    const found = before && !isStale!(text) ? before : scanner(text);
    if (key !== undefined) kept[key] = found;
    for (const hit of found) {
      const group = hit.phrase !== undefined ? gaz.phraseGroups.get(hit.phrase) : gaz.surnames.get(hit.surname!)?.group;
      if (group !== undefined && !groups[group]!.articles.has(article)) hits.push({ group, article, form: hit.form });
    }
  }
  return Object.assign(hits, { scan: { entries, hits: kept } });
}

/** The names of a text found by the gazetteer, longest multi-word name first, in text order. */
function textScanner({ surnames, phrases }: Gazetteer): (text: string) => NameHit[] {
  // Only a word whose first character starts some known name is looked up.
  const firsts = new Set([...phrases.keys(), ...surnames.keys()].map((w) => w.charCodeAt(0)));
  // "Is this word, lower-cased, also in the text?", one compiled pattern per word.
  const lowerPatterns = new Map<string, RegExp>();
  const spans: Spans = { starts: new Int32Array(4096), ends: new Int32Array(4096), count: 0 };
  return (text) => {
    const hits: NameHit[] = [];
    const { starts, ends, count } = wordSpans(text, spans);
    const word = (k: number) => wordAt(text, starts[k]!, ends[k]!);
    const adjacent = (k: number) => spacesOnly(text, ends[k - 1]!, starts[k]!);
    for (let i = 0; i < count; i++) {
      if (!firsts.has(text.charCodeAt(starts[i]!))) continue;
      const w = word(i);
      // A full multi-word name, the longest that matches: walk the tree of names word by word.
      let node = phrases.get(w);
      let phrase: { form: string; length: number } | undefined;
      for (let k = 1; node?.children && i + k < count && adjacent(i + k); k++) {
        node = node.children.get(word(i + k));
        if (node?.group !== undefined) phrase = { form: node.form!, length: k + 1 };
      }
      if (phrase) {
        hits.push({ phrase: phrase.form, form: phrase.form });
        i += phrase.length - 1;
        continue;
      }
      const s = surnames.get(w);
      if (!s || !UPPER.test(w)) continue;
      if (startsSentence(text, starts[i]!)) {
        const folded = fold(w);
        let lower = lowerPatterns.get(folded);
        if (!lower) {
          lower = new RegExp(`(?<![\\p{L}])${folded}(?![\\p{L}])`, 'u');
          lowerPatterns.set(folded, lower);
        }
        if (lower.test(text)) continue;
      }
      const prev = i > 0 ? word(i - 1) : undefined;
      const given = prev && UPPER.test(prev) && adjacent(i) && s.given.some((g) => sameGiven(fold(prev), g)) ? prev : undefined;
      hits.push({ surname: w, form: given ? `${given} ${w}` : w });
    }
    return hits;
  };
}

/**
 * The gazetteer as entries that tell two gazetteers apart for a scan: each multi-word name, and
 * each surname with the given names it accepts (group numbers left out: they are tied afresh).
 */
function gazetteerEntries({ surnames, phraseGroups }: Gazetteer): string[] {
  const entries = [...phraseGroups.keys()].map((form) => `p\u0000${form}`);
  for (const [last, { given }] of surnames) entries.push(`s\u0000${last}\u0000${given.join('\u0000')}`);
  return entries.sort();
}

/** The first words of the entries in one list and not the other: the words a changed name starts with. */
function changedWords(before: readonly string[], after: readonly string[]): Set<string> {
  const old = new Set(before);
  const now = new Set(after);
  const words = new Set<string>();
  const firstWord = (entry: string) => entry.split('\u0000')[1]!.split(' ')[0]!;
  for (const e of after) if (!old.has(e)) words.add(firstWord(e));
  for (const e of before) if (!now.has(e)) words.add(firstWord(e));
  return words;
}

/** Whether a text has one of `words` as a word (a possessive "'s" cut off, as the scan reads it). */
function wordFinder(words: ReadonlySet<string>): (text: string) => boolean {
  if (words.size === 0) return () => false;
  const firsts = new Set([...words].map((w) => w.charCodeAt(0)));
  const spans: Spans = { starts: new Int32Array(4096), ends: new Int32Array(4096), count: 0 };
  return (text) => {
    const { starts, ends, count } = wordSpans(text, spans);
    for (let i = 0; i < count; i++) if (firsts.has(text.charCodeAt(starts[i]!)) && words.has(wordAt(text, starts[i]!, ends[i]!))) return true;
    return false;
  };
}

/** A tree of multi-word names by word: a node ends a name when it has a group. */
interface PhraseNode {
  group?: number;
  form?: string;
  children?: Map<string, PhraseNode>;
}

/** Adds a name to the tree (and its group to `groups`, by form); a name already there keeps its first group. */
function addPhrase(roots: Map<string, PhraseNode>, groups: Map<string, number>, words: readonly string[], group: number): void {
  let level = roots;
  let node: PhraseNode | undefined;
  for (const [k, word] of words.entries()) {
    node = level.get(word);
    if (!node) {
      node = {};
      level.set(word, node);
    }
    if (k < words.length - 1) {
      node.children ??= new Map();
      level = node.children;
    }
  }
  if (node && node.group === undefined) {
    node.group = group;
    node.form = words.join(' ');
    groups.set(node.form, group);
  }
}

interface Gazetteer {
  /** Multi-word names, as a tree by first word. */
  phrases: Map<string, PhraseNode>;
  /** The group of each multi-word name, by its words joined by one space. */
  phraseGroups: Map<string, number>;
  surnames: Map<string, { group: number; given: string[] }>;
}

/** Multi-word names by first word; surnames that name exactly one person and nothing else. */
function gazetteer(groups: readonly KnownGroup[]): Gazetteer {
  const phrases = new Map<string, PhraseNode>();
  const phraseGroups = new Map<string, number>();
  const bySurname = new Map<string, { groups: Set<number>; given: Set<string> }>();
  const single = new Map<string, Set<number>>();
  groups.forEach((g, i) => {
    for (const form of g.forms) {
      const words = form.split(/\s+/);
      if (words.length === 1) {
        single.set(form, (single.get(form) ?? new Set()).add(i));
        continue;
      }
      if (!words.every((w) => /^\p{Lu}/u.test(w)) && g.type === 'person') continue;
      addPhrase(phrases, phraseGroups, words, i);
      if (g.type !== 'person') continue;
      const p = parsePerson(form);
      const last = words.at(-1)!;
      if (p.given.length === 0 || !/^\p{Lu}/u.test(last) || last.length < 3) continue;
      const entry = bySurname.get(last) ?? { groups: new Set(), given: new Set() };
      entry.groups.add(i);
      for (const gv of p.given.slice(0, 1)) entry.given.add(gv);
      bySurname.set(last, entry);
    }
  });
  const surnames = new Map<string, { group: number; given: string[] }>();
  for (const [last, { groups: owners, given }] of bySurname) {
    const other = single.get(last);
    if (owners.size !== 1 || (other && [...other].some((g) => !owners.has(g)))) continue;
    surnames.set(last, { group: [...owners][0]!, given: [...given] });
  }
  return { surnames, phrases, phraseGroups };
}

/** text[from, to) is one or more spaces or tabs. */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The word starts the text, a line or a sentence. */
function startsSentence(text: string, start: number): boolean {
  return /(?:^|[.!?…:"“”]\s+|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start)) || start === 0;
}
