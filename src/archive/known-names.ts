/**
 * Archive-wide recall: a name the archive knows (a full name, or the surname of the one person
 * who has it) also counts in articles whose recogniser missed it ("Sarraj and Haftar met").
 * Only articles that do not already mention the entity are searched, so nothing is counted twice.
 */
import type { EntityType } from '../types.ts';
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

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** Finds known names in articles that do not mention their entity yet. */
export function findKnownNames(groups: readonly KnownGroup[], texts: ReadonlyMap<string, string>): KnownHit[] {
  const { surnames, phrases } = gazetteer(groups);
  const hits: KnownHit[] = [];
  for (const [article, text] of texts) {
    const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0].replace(/['’]s$/, ''), start: m.index, end: m.index + m[0].length }));
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      // A full multi-word name, longest first.
      const phrase = (phrases.get(w.text) ?? []).find((p) => p.words.every((x, k) => words[i + k]?.text === x && (k === 0 || adjacent(text, words[i + k - 1]!, words[i + k]!))));
      if (phrase) {
        if (!groups[phrase.group]!.articles.has(article)) hits.push({ group: phrase.group, article, form: phrase.words.join(' ') });
        i += phrase.words.length - 1;
        continue;
      }
      const s = /^\p{Lu}/u.test(w.text) ? surnames.get(w.text) : undefined;
      if (!s || groups[s.group]!.articles.has(article)) continue;
      if (startsSentence(text, w.start) && new RegExp(`(?<![\\p{L}])${fold(w.text)}(?![\\p{L}])`, 'u').test(text)) continue;
      const prev = words[i - 1];
      const given = prev && /^\p{Lu}/u.test(prev.text) && adjacent(text, prev, w) && s.given.some((g) => sameGiven(fold(prev.text), g)) ? prev.text : undefined;
      hits.push({ group: s.group, article, form: given ? `${given} ${w.text}` : w.text });
    }
  }
  return hits;
}

/** Multi-word names by first word; surnames that name exactly one person and nothing else. */
function gazetteer(groups: readonly KnownGroup[]) {
  const phrases = new Map<string, { words: string[]; group: number }[]>();
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
      const list = phrases.get(words[0]!) ?? [];
      list.push({ words, group: i });
      phrases.set(words[0]!, list);
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
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const surnames = new Map<string, { group: number; given: string[] }>();
  for (const [last, { groups: owners, given }] of bySurname) {
    const other = single.get(last);
    if (owners.size !== 1 || (other && [...other].some((g) => !owners.has(g)))) continue;
    surnames.set(last, { group: [...owners][0]!, given: [...given] });
  }
  return { surnames, phrases };
}

/** Two words separated by spaces only. */
function adjacent(text: string, a: { end: number }, b: { start: number }): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start));
}

/** The word starts the text, a line or a sentence. */
function startsSentence(text: string, start: number): boolean {
  return /(?:^|[.!?…:"“”]\s+|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start)) || start === 0;
}
