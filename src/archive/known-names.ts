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

/** Finds known names in articles that do not mention their entity yet. */
export function findKnownNames(groups: readonly KnownGroup[], texts: ReadonlyMap<string, string>): KnownHit[] {
  const { surnames, phrases } = gazetteer(groups);
  // Only a word whose first character starts some known name is looked up.
  const firsts = new Set([...phrases.keys(), ...surnames.keys()].map((w) => w.charCodeAt(0)));
  // "Is this word, lower-cased, also in the text?", one compiled pattern per word.
  const lowerPatterns = new Map<string, RegExp>();
  const hits: KnownHit[] = [];
  const spans: Spans = { starts: new Int32Array(4096), ends: new Int32Array(4096), count: 0 };
  for (const [article, text] of texts) {
    const { starts, ends, count } = wordSpans(text, spans);
    const word = (k: number) => wordAt(text, starts[k]!, ends[k]!);
    const adjacent = (k: number) => spacesOnly(text, ends[k - 1]!, starts[k]!);
    for (let i = 0; i < count; i++) {
      if (!firsts.has(text.charCodeAt(starts[i]!))) continue;
      const w = word(i);
      // A full multi-word name, the longest that matches: walk the tree of names word by word.
      let node = phrases.get(w);
      let phrase: { group: number; form: string; length: number } | undefined;
      for (let k = 1; node?.children && i + k < count && adjacent(i + k); k++) {
        node = node.children.get(word(i + k));
        if (node?.group !== undefined) phrase = { group: node.group, form: node.form!, length: k + 1 };
      }
      if (phrase) {
        if (!groups[phrase.group]!.articles.has(article)) hits.push({ group: phrase.group, article, form: phrase.form });
        i += phrase.length - 1;
        continue;
      }
      const s = surnames.get(w);
      if (!s || !UPPER.test(w) || groups[s.group]!.articles.has(article)) continue;
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
      hits.push({ group: s.group, article, form: given ? `${given} ${w}` : w });
    }
  }
  return hits;
}

/** A tree of multi-word names by word: a node ends a name when it has a group. */
interface PhraseNode {
  group?: number;
  form?: string;
  children?: Map<string, PhraseNode>;
}

/** Adds a name to the tree; a name already there keeps its first group. */
function addPhrase(roots: Map<string, PhraseNode>, words: readonly string[], group: number): void {
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
  }
}

/** Multi-word names by first word; surnames that name exactly one person and nothing else. */
function gazetteer(groups: readonly KnownGroup[]) {
  const phrases = new Map<string, PhraseNode>();
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
      addPhrase(phrases, words, i);
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
  return { surnames, phrases };
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
