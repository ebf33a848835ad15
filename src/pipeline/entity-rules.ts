/**
 * Detector-independent rules around the recogniser: shouted lines read in title case, persons
 * named right after a title, and acronyms defined in brackets ("Libyan National Army (LNA)").
 */
import { acronymOf, initials } from '../archive/names.ts';
import titleList from '../heuristics/entity-titles.json' with { type: 'json' };
import names from '../heuristics/entity-names.json' with { type: 'json' };
import { cleanMention } from './entity-clean.ts';
import type { EntityType } from '../types.ts';

interface Span {
  text: string;
  type: EntityType;
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_EVIDENCE = new Set(titleList.notEvidence.words);
const AMBIGUOUS = new Set(titleList.ambiguousLowercase.words);
const STOPS = new Set(titleList.headlineStops.words);
const PARTICLE_ALT = names.particles.words.map(escapeRegExp).join('|');
const NAME_WORD = `(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|(?:${PARTICLE_ALT})(?:-?\\p{Lu}[\\p{L}\\p{M}'’-]*)?)`;
const TITLED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${titleList.titles
    .filter((t) => !NOT_EVIDENCE.has(t))
    .sort((a, b) => b.length - a.length)
    .map(anyCase)
    .join('|')})\\.?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4})`,
  'gu',
);

/** A pattern matching a word in any case; the name after it must still start with a capital. */
function anyCase(word: string): string {
  return [...word].map((c) => (/\p{L}/u.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeRegExp(c))).join('');
}

/** Lines written in capitals ('TRUMP MEETS HAFTAR') in title case, same length, so names read as names. */
export function shoutedToTitleCase(text: string): string {
  return text.replace(/[^\n]+/g, (line) => {
    const letters = line.match(/\p{L}/gu) ?? [];
    const upper = line.match(/\p{Lu}/gu) ?? [];
    const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (words < 3 || letters.length < 8 || upper.length / letters.length < 0.8) return line;
    return line.replace(/\p{L}+/gu, (w) => w[0] + [...w.slice(1)].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join(''));
  });
}

/** Persons the recogniser missed: capitalised names right after a title ('General Haftar'). */
export function titledNames(text: string, found: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(TITLED_RE)) {
    const title = m[1]!;
    if (AMBIGUOUS.has(title.toLowerCase()) && !/^\p{Lu}/u.test(title)) continue;
    const words = m[2]!.split(/\s+/);
    const stop = words.findIndex((w, i) => i > 0 && STOPS.has(w.toLowerCase()));
    const kept = (stop >= 0 ? words.slice(0, stop) : words).join(' ');
    const start = m.index + m[0].length - m[2]!.length;
    const end = start + kept.length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    out.push({ text: kept, type: 'person', start, end });
  }
  return out;
}

/**
 * Acronyms defined in brackets: 'Government of National Accord (GNA)'. The long name is the
 * mention ending just before the bracket whose initials fit, else the capitalised words there
 * whose initials spell the acronym. Returns the acronym -> long name map and any long names
 * the recogniser missed.
 */
export function definedAcronyms(
  text: string,
  found: readonly Span[],
): { acronyms: Map<string, string>; mentions: Span[]; superseded: Set<Span> } {
  const acronyms = new Map<string, string>();
  const mentions: Span[] = [];
  const superseded = new Set<Span>();
  for (const m of text.matchAll(/\(\s*(\p{Lu}[\p{Lu}.]{1,9})\s*\)/gu)) {
    const acr = cleanMention(m[1]!, 'organization');
    const letters = acr && acronymOf(acr);
    if (!acr || !letters) continue;
    const before = text.slice(0, m.index).replace(/\s+$/, '');
    const hit = found.find((f) => f.end >= before.length - 1 && f.end <= m.index && f.type !== 'person' && initials(cleanMention(f.text, f.type) ?? '') === letters);
    const span = hit ?? spellOut(before, letters);
    const name = span && cleanMention(span.text, span.type);
    if (!span || !name) continue;
    acronyms.set(acr, name);
    if (hit) continue;
    // the spelled-out name replaces mentions of a part of it ('National Accord' in 'Government of National Accord (GNA)')
    const overlapping = found.filter((f) => span.start < f.end && span.end > f.start);
    if (overlapping.every((f) => f.start >= span.start && f.end <= span.end && f.type !== 'person')) {
      for (const f of overlapping) superseded.add(f);
      mentions.push(span);
    }
  }
  return { acronyms, mentions, superseded };
}

/** The shortest run of words ending `before` whose initials (stop words skipped) are `letters`. */
function spellOut(before: string, letters: string): Span | undefined {
  const words = [...before.matchAll(/[\p{L}\p{M}'’-]+/gu)].slice(-(letters.length * 2 + 2));
  for (let i = words.length - 1; i >= 0; i--) {
    const first = words[i]!;
    if (!/^\p{Lu}/u.test(first[0])) continue;
    const start = first.index;
    const phrase = before.slice(start);
    if (!/^[\p{L}\p{M}'’\s-]+$/u.test(phrase)) return undefined;
    const got = initials(phrase);
    if (got === letters) return { text: phrase, type: 'organization', start, end: start + phrase.length };
    if (got && got.length > letters.length) return undefined;
  }
  return undefined;
}

const TITLE_PHRASES = new Set(titleList.titles.map((t) => t.toLowerCase()));
const ORG_WORD_TITLES = new Set(titleList.orgWordTitles.words);
const ROLE_WORDS = new Set(titleList.roleWords.words);
const MODIFIERS = new Set(titleList.notEvidence.words);
const JUNK_WORDS = new Set(names.junk.words);
const PARTICLE_SET = new Set(names.particles.words);
const CAPITALISED = /^\p{Lu}/u;

/** Lower case without surrounding punctuation. */
const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(span: Span): Word[] {
  return [...span.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length }));
}

/** The span of words [from, to) of a mention. */
function part(text: string, words: readonly Word[], from: number, to: number, type: EntityType): Span {
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  return { text: text.slice(start, end), type, start, end };
}

/** A title phrase of 1-3 words starting at word k (lower case), or 0. */
function titleAt(lower: readonly string[], k: number): number {
  for (let len = 3; len >= 1; len--) {
    if (k + len > lower.length) continue;
    const phrase = lower.slice(k, k + len).join(' ');
    if (TITLE_PHRASES.has(phrase) && !ORG_WORD_TITLES.has(phrase) && !MODIFIERS.has(phrase)) return len;
  }
  return 0;
}

/** The organisation part before a role: trailing role words and modifiers off; undefined when nothing named is left. */
function orgBefore(
  text: string,
  words: readonly Word[],
  lower: readonly string[],
  k: number,
  type: EntityType,
  isMisc: (word: string) => boolean,
): Span | undefined {
  let to = k;
  while (to > 0 && (MODIFIERS.has(lower[to - 1]!) || TITLE_PHRASES.has(lower[to - 1]!))) to--;
  // a nationality alone ('Libyan') names no organisation
  if (to === 0 || (to === 1 && isMisc(lower[0]!))) return undefined;
  return part(text, words, 0, to, type);
}

/**
 * Organisation or place mentions that run on into a role and a person's name, split where the
 * role is: 'Libyan General Khalifa' -> the person 'Khalifa' (a nationality alone names no
 * organisation); 'U.S. Department of Energy Matthew Zais' -> 'U.S. Department of Energy' and the
 * person 'Matthew Zais' when a role word ('Energy') is followed by a known given name; a mention
 * ending in a title right before a capitalised name ('Libyan General| Khalifa Haftar') is a role,
 * not a name. `words` is what the recogniser learned of words: lower-case given names, and
 * which words are only nationalities and the like (MISC).
 */
export function splitRoleSpans(
  text: string,
  found: readonly Span[],
  words: { givenNames: ReadonlySet<string>; isMisc: (word: string) => boolean },
): Span[] {
  const { givenNames } = words;
  const out: Span[] = [];
  for (const m of found) {
    if (m.type === 'person') {
      out.push(m);
      continue;
    }
    const tokens = wordsOf(m);
    const lower = tokens.map((w) => bare(w.text));
    const n = tokens.length;
    const nameLike = (from: number) =>
      from < n &&
      n - from <= 4 &&
      CAPITALISED.test(tokens[from]!.text) &&
      tokens.slice(from).every((w, j) => (CAPITALISED.test(w.text) || PARTICLE_SET.has(lower[from + j]!)) && !JUNK_WORDS.has(lower[from + j]!));
    let done = false;
    for (let k = 1; k < n && !done; k++) {
      const len = titleAt(lower, k);
      if (len > 0 && (k + len === n ? /^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3)) : nameLike(k + len))) {
        const org = orgBefore(text, tokens, lower, k, m.type, words.isMisc);
        if (org) out.push(org);
        if (k + len < n) out.push(part(text, tokens, k + len, n, 'person'));
        done = true;
      } else if (ROLE_WORDS.has(lower[k]!) && n - k - 1 >= 2 && givenNames.has(lower[k + 1]!) && nameLike(k + 1)) {
        out.push(part(text, tokens, 0, k + 1, m.type), part(text, tokens, k + 1, n, 'person'));
        done = true;
      }
    }
    if (!done) out.push(m);
  }
  return out;
}

const TYPE_OF_LABEL: Record<string, EntityType> = { LOC: 'place', ORG: 'organization' };
const PATRONYM_RE = new RegExp(`^[^\\S\\n]+(?:${names.patronymParticles.words.join('|')})[^\\S\\n]+\\p{Lu}[\\p{L}\\p{M}'’-]*`, 'u');

/**
 * A capitalised word, a patronymic particle and a capitalised word are a person's name
 * ('UAE Abdullah| bin |Zayed' -> the place 'UAE' and the person 'Abdullah bin Zayed'): a mention
 * ending right before such a particle gives its last word to the person, and mentions inside
 * the rest of the name go.
 */
export function joinPatronyms(text: string, found: readonly Span[]): Span[] {
  const out: Span[] = [];
  const skip = new Set<Span>();
  for (const m of found) {
    if (skip.has(m)) continue;
    const tail = PATRONYM_RE.exec(text.slice(m.end, m.end + 60));
    const tokens = wordsOf(m);
    const last = tokens.at(-1);
    if (!tail || !last || !CAPITALISED.test(last.text)) {
      out.push(m);
      continue;
    }
    const end = m.end + tail[0].length;
    for (const f of found) if (f !== m && f.start >= m.end && f.start < end) skip.add(f);
    if (m.type === 'person') {
      out.push({ ...m, text: text.slice(m.start, end), end });
      continue;
    }
    if (tokens.length > 1) out.push(part(text, tokens, 0, tokens.length - 1, m.type));
    out.push({ text: text.slice(last.start, end), type: 'person', start: last.start, end });
  }
  return out.filter((m) => !skip.has(m));
}

/**
 * A person mention that starts with a known place or organisation ('Middle East| Victoria
 * Coates', where the recogniser ran two names together) loses it, when a full name of two or
 * more words (or a known given name) is left and the first word is not a known given name ('Victoria Coates' keeps
 * 'Victoria', which is also a place). `words.typesOf` gives the types the training data knows a
 * name as.
 */
export function splitNamePrefix(
  text: string,
  found: readonly Span[],
  words: { givenNames: ReadonlySet<string>; typesOf: (name: string) => readonly string[] },
): Span[] {
  return found.flatMap((m): Span[] => {
    if (m.type !== 'person') return [m];
    const tokens = wordsOf(m);
    const n = tokens.length;
    if (n < 2 || words.givenNames.has(bare(tokens[0]!.text))) return [m];
    // what is left is a full name, or a known given name ('Libya Mohammed' -> 'Mohammed', for the given-name rules)
    const longest = words.givenNames.has(bare(tokens.at(-1)!.text)) ? n - 1 : n - 2;
    for (let p = Math.min(3, longest); p >= 1; p--) {
      const types = words.typesOf(tokens.slice(0, p).map((t) => t.text).join(' '));
      const label = types.find((t) => TYPE_OF_LABEL[t]);
      if (!label || types.includes('PER')) continue;
      if (!tokens.slice(p).every((t) => CAPITALISED.test(t.text) || PARTICLE_SET.has(bare(t.text)))) continue;
      return [part(text, tokens, 0, p, TYPE_OF_LABEL[label]!), part(text, tokens, p, n, 'person')];
    }
    return [m];
  });
}

/** A line mostly in capitalised words: a title-case headline, where capitals say nothing. */
function titleCaseLine(text: string, at: number): boolean {
  // at most 200 characters either side, line breaks looked for only there: a huge one-line text stays linear
  const lo = Math.max(0, at - 200);
  const back = text.slice(lo, at + 1).lastIndexOf('\n');
  const from = back < 0 ? lo : lo + back + 1;
  const ahead = text.slice(at, at + 200).indexOf('\n');
  const to = ahead < 0 ? Math.min(text.length, at + 200) : at + ahead;
  const words = text.slice(from, to).match(/\p{L}[\p{L}\p{M}'’.-]*/gu) ?? [];
  const capitalised = words.filter((w) => CAPITALISED.test(w)).length;
  return words.length >= 3 && capitalised / words.length >= 0.6;
}

/**
 * An organisation the recogniser cut short at its start ('Special Operations| Command Forward')
 * gets back the capitalised words right before it, on the same line, when a lower-case word
 * precedes them (so a sentence's first word or a headline never joins) and none of them is a
 * title, a weekday or month, or part of another mention.
 */
export function extendOrganisations(text: string, found: readonly Span[]): Span[] {
  return found.map((mention) => {
    let m = mention;
    if (m.type !== 'organization' || titleCaseLine(text, m.start)) return m;
    // a name going on with a hyphenated particle ('Ansar| al-Sharia') takes it
    const after = new RegExp(`^[^\\S\\n]+(?:${PARTICLE_ALT})-\\p{Lu}[\\p{L}\\p{M}]*(?![\\p{L}\\p{N}-])`, 'u').exec(text.slice(m.end, m.end + 40));
    if (after && !found.some((f) => f !== m && f.start >= m.end && f.start < m.end + after[0].length)) {
      m = { ...m, text: text.slice(m.start, m.end + after[0].length), end: m.end + after[0].length };
    }
    const before = text.slice(Math.max(0, m.start - 120), m.start);
    const run = /(?<=(?:^|[^\S\n])\p{Ll}[\p{L}-]*[^\S\n]+)((?:\p{Lu}[\p{L}\p{M}&-]*[^\S\n]+)+)$/u.exec(before);
    if (!run) return m;
    const words = run[1]!.trim().split(/\s+/);
    if (words.some((w) => TITLE_PHRASES.has(w.toLowerCase()) || JUNK_WORDS.has(w.toLowerCase()) || MODIFIERS.has(w.toLowerCase()))) return m;
    const start = m.start - run[1]!.length;
    if (found.some((f) => f !== mention && f.start < m.start && f.end > start)) return m;
    return { ...m, text: text.slice(start, m.end), start };
  });
}
