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
export function definedAcronyms(text: string, found: readonly Span[]): { acronyms: Map<string, string>; mentions: Span[] } {
  const acronyms = new Map<string, string>();
  const mentions: Span[] = [];
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
    if (!hit && !found.some((f) => span.start < f.end && span.end > f.start)) mentions.push(span);
  }
  return { acronyms, mentions };
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
