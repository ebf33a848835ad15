/**
 * Cleaning of one entity mention: the name without titles, roles, possessives and surrounding
 * punctuation, or undefined when what is left is not a name (icon words, lower-case words,
 * role phrases). Rules run in the order written below.
 */
import names from '../heuristics/entity-names.json' with { type: 'json' };
import titleList from '../heuristics/entity-titles.json' with { type: 'json' };
import type { EntityType } from '../types.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLE_RE = new RegExp(
  `^(?:(?:${[...titleList.titles]
    .sort((a, b) => b.length - a.length)
    .map((t) => escapeRegExp(t).replace(/\\\.$/, ''))
    .join('|')})\\.?\\s+)+`,
  'i',
);
const ROLE_WORDS = new Set(titleList.roleWords.words);
/** Titles that can never be a whole name on their own (short and dotted ones such as 'US' can). */
const TITLES = new Set(titleList.titles.filter((t) => t.length > 3 && !t.includes('.')).map((t) => t.toLowerCase()));
const PARTICLES = new Set(names.particles.words);
const ARTICLES = new Set(names.articleParticles.words);
const CONNECTORS = new Set(names.connectors.words);
const JUNK = new Set(names.junk.words);
const NOT_ALONE = new Set(names.notAlone.words);

/** Cleans a mention of the given type; undefined when it is not a usable name. */
export function cleanMention(text: string, type: EntityType = 'person'): string | undefined {
  // 1. One line, no surrounding quotes, brackets or punctuation (a final '.' of 'Jr.' goes too).
  let name = text
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim();
  // 2. Possessives: "Haftar’s Libyan National Army" is the army; "Haftar’s" is Haftar.
  if (type !== 'person') name = name.replace(/^.*\p{L}['’]s\s+(?=\p{Lu})/u, '');
  name = name.replace(/(?:['’]s|(?<=s)['’])$/u, '');
  // 3. Whole-name capitals in a multi-word name: 'UNITED NATIONS' -> 'United Nations' (acronyms stay).
  if (/\s/.test(name) && name === name.toUpperCase()) {
    name = name.replace(/\p{L}{4,}/gu, titleCase).replace(/(?<=\s)\p{L}+(?=\s)/gu, (w) => (CONNECTORS.has(w.toLowerCase()) ? w.toLowerCase() : w));
  }
  // 4. A leading 'the' is not part of a name, nor a compound modifier before it
  //    ('UN-recognized Government of ...', 'Tripoli-based Libyan Army', 'US-led coalition').
  name = name.replace(/^the\s+/i, '').replace(/^(?:\p{L}+-\p{Ll}[\p{L}-]*\s+)+(?=\p{Lu})/u, '');
  // 5. A title or role alone ('Brigadier', 'Minister') names nobody.
  if (TITLES.has(name.toLowerCase()) || ROLE_WORDS.has(name.toLowerCase())) return undefined;
  if (type === 'person') {
    const person = cleanPerson(name);
    if (person === undefined) return undefined;
    name = person;
  } else if (!properPhrase(name.split(' '), CONNECTORS)) return undefined;
  return plausible(name, type === 'person') ? name : undefined;
}

/** Titles and role phrases off, capitals tamed, 'the' (a translated 'al-') dropped. */
function cleanPerson(raw: string): string | undefined {
  let words = raw.replace(TITLE_RE, '').split(' ');
  // A role phrase swallowed by the name ends with a role word: keep what follows the last one.
  const lastRole = words.findLastIndex((w) => ROLE_WORDS.has(w.toLowerCase()));
  if (lastRole >= 0) words = words.slice(lastRole + 1).join(' ').replace(TITLE_RE, '').split(' ');
  words = words.filter((w) => w && !ARTICLES.has(w));
  // A date word glued after a name in a headline ('Khalifa Haftar Monday') is not part of it.
  while (words.length > 1 && JUNK.has(words.at(-1)!.toLowerCase())) words.pop();
  if (!properPhrase(words, PARTICLES)) return undefined;
  return words.map((w) => (w.length > 1 && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w) ? titleCase(w) : w)).join(' ');
}

/** Every word capitalised, except allowed lower-case words inside; the last word capitalised. */
function properPhrase(words: readonly string[], lower: ReadonlySet<string>): boolean {
  if (words.length === 0) return false;
  const capital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) || /^\p{Ll}+-?\p{Lu}/u.test(w);
  if (!capital(words.at(-1)!)) return false;
  return words.every((w) => capital(w) || lower.has(w.toLowerCase()));
}

/** A name starts with a capital, digit (or a person's particle: 'al Sarraj'), has two letters in a row and is not junk. */
function plausible(name: string, person: boolean): boolean {
  if (name.length < 2 || name.length > 80 || !/\p{L}{2}/u.test(name.replace(/\./g, ''))) return false;
  const first = name.split(' ')[0]!;
  if (!/^[\p{Lu}\p{N}]/u.test(name) && !(person && PARTICLES.has(first) && name.includes(' '))) return false;
  return !name
    .toLowerCase()
    .split(' ')
    .every((w) => JUNK.has(w)) && !JUNK.has(name.toLowerCase()) && !NOT_ALONE.has(name.toLowerCase());
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
