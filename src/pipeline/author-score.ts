/**
 * Rule 6 of the author step (see author.ts): a person's name scored on its evidence. Every short
 * line holding a name that opens with a known given name is a candidate; points for a marker, a
 * date, a role, its place and a bio add up, and the best candidate names the author when it
 * scores enough. The name readers of author.ts come in as `NameReaders`, so this file depends
 * on none of its rules' order.
 */
import rules from '../heuristics/author.json' with { type: 'json' };
import months from '../heuristics/months.json' with { type: 'json' };
import { parseDateText } from './date-line.ts';
import { isGivenName } from './given-names.ts';
import { type Line, words } from './lines.ts';

/** The byline readers of author.ts that rule 6 reuses. */
export interface NameReaders {
  readByline(text: string): string | undefined;
  nameAt(rest: string, single: boolean, handle?: boolean): string | undefined;
  namesLine(text: string): string | undefined;
  normaliseName(raw: string): string;
  isDateish(text: string): boolean;
  isRoleLine(text: string): boolean;
  isCommentMeta(text: string): boolean;
  /** A lower-case particle or connector that may stand inside a name ("van", "de", "and"). */
  isJoiner(word: string): boolean;
}

/** What the page tells about where the article is: free lines, anchors (headline, text start, date line). */
export interface PageFacts {
  free: (l: Line) => boolean;
  anchors: readonly number[];
  textStart: number;
  /** Words the page writes in lower case somewhere. */
  lowerWords: () => Set<string>;
}

export interface ScoredHit {
  rule: string;
  confidence: number;
  author: string;
  lines: number[];
  evidence: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTHS = new Set(Object.entries(months).flatMap(([k, v]) => (k === '_why' ? [] : (v as string[]))));

/** A time of day or a date on a name's line ("06 PM | 18 Mai", "17.10.2019, 13:56 Uhr"). */
const TIME = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm|uhr|h)\b/iu;

/**
 * Rule 6: every short line that holds a person's name is scored on its evidence, and the best
 * one wins when it scores enough. The name must open with a known given name (given-names.ts):
 * the shape alone ("Greator Festival", "Betriebliche Altersvorsorge") is as often a label.
 * Points (author.json `score`): a byline marker, a date or time on the line or beside it, a role
 * below, nearness to the headline or the text start, a signature right under the last prose
 * line; a name the story itself talks about (its surname inside prose lines) loses points.
 */
export function scoreNameLines(lines: readonly Line[], page: PageFacts, read: NameReaders): ScoredHit | undefined {
  const { free, anchors, textStart, lowerWords } = page;
  const points = rules.score;
  const found: { name: string; score: number; evidence: string[]; line: Line }[] = [];
  const prose = lines.filter((l) => words(l.text).length >= points.proseMinWords);
  for (const line of lines) {
    // A name has a capital and two words at least: most lines are out before any regex runs.
    if (!free(line) || !/\s/.test(line.text) || !/\p{Lu}/u.test(line.text) || words(line.text).length > points.maxWords || read.isCommentMeta(line.text)) continue;
    if (!line.text.split(/[^\p{L}'’.-]+/u).some((t) => t.length > 1 && isGivenName(t))) continue;
    const text = line.text;
    let name: string | undefined;
    let score = 0;
    const evidence: string[] = [];
    const own = candidateName(text, read);
    if (own) {
      name = own.name;
      score += own.score;
      evidence.push(...own.evidence);
    }
    if (!name) continue;
    // A list of names keeps the people whose names open with a given name ("David Pogue, Yahoo Tech").
    const people = name.split(/\s*,\s*|\s+(?:and|und|&|y|et|i|e)\s+/).filter((p) => isGivenName(p.split(/\s+/)[0]!));
    if (people.length === 0) continue;
    if (people.length === 1) name = read.normaliseName(people[0]!);
    const tokens = name.split(/\s+/);
    if (tokens.length < 2 || !isGivenName(tokens[0]!) || tokens.some((t) => /['’]s$/u.test(t))) continue;
    // Between the given name and the surname stand only more given names, initials or particles
    // ("Mary Ann Smith", "John F. Kennedy"): "Jane Doe Redakteurin" is a name and a word.
    if (tokens.slice(1, -1).some((t) => !isGivenName(t) && !/^\p{Lu}\.$/u.test(t) && !read.isJoiner(t.toLowerCase()))) {
      if (tokens.length > 4 || /\s(?:and|und|&|y|et|i|e)\s/.test(name)) continue;
      name = read.normaliseName(tokens.slice(0, 2).join(' '));
      tokens.splice(2);
    }
    if (tokens.some((t) => /^\p{Lu}{2,}$/u.test(t) && /\p{Ll}/u.test(text)) || tokens.slice(1).some((t) => !read.isJoiner(t.toLowerCase()) && lowerWords().has(t.toLowerCase()))) continue;
    score += points.givenName;
    const around = [lines[line.index - 1], lines[line.index + 1]];
    if (!evidence.includes('date on the line') && around.some((l) => l && read.isDateish(l.text))) {
      score += points.date;
      evidence.push('date beside');
    }
    const after = lines[line.index + 1];
    if (after && read.isRoleLine(after.text)) {
      score += points.role;
      evidence.push('role below');
    }
    if (anchors.some((a) => Math.abs(line.index - a) <= rules.nameLineMaxDistance)) {
      score += points.near;
      evidence.push('near the headline');
    }
    const before = lines[line.index - 1];
    if (line.index > textStart && before && words(before.text).length >= points.proseMinWords) {
      score += points.signature;
      evidence.push('under prose');
    }
    // A story calls the people it is about by their surname alone ("Thabe said"); a writer's name
    // stands whole, alone on a line, in a bio, a sign-off or a copyright line.
    const surname = new RegExp(`(?<![\\p{L}]|\\p{Lu}[\\p{L}.'’-]*\\s)${escapeRe(tokens.at(-1)!)}(?![\\p{L}])`, 'u');
    if (prose.some((l) => l.index !== line.index && surname.test(l.text))) {
      score += points.inStory;
      evidence.push('surname alone in the story');
    }
    // A menu prints its entries twice (desktop, mobile): only a bio, a sign-off or a copyright line
    // count. A bio talks about writing; a story's paragraphs also open with the name of its subject.
    if (lines.some((l) => l.index !== line.index && ((l.text.startsWith(`${name} `) && words(l.text).length >= points.proseMinWords / 2 && BIO_WORDS.test(l.text)) || new RegExp(`^[—–-]\\s*${escapeRe(name)}\\b`, 'u').test(l.text) || new RegExp(`^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*${escapeRe(name)}\\b`, 'iu').test(l.text)))) {
      score += points.again;
      evidence.push('again on the page');
    }
    // A brand or a product range opens several short lines ("Martin Rütter Shop", "... Trainingssnack").
    const prefix = tokens.slice(0, 2).join(' ');
    if (new Set(lines.filter((l) => l.text.startsWith(`${prefix} `) && words(l.text).length <= 4).map((l) => l.text)).size >= 2) {
      score += points.brand;
      evidence.push('opens other labels');
    }
    found.push({ name, score, evidence, line });
  }
  // Several different dated names under the text are a comment thread: readers, not the writer.
  const dated = (c: (typeof found)[number]) => c.line.index > textStart && c.evidence.some((e) => e.startsWith('date'));
  const thread = new Set(found.filter(dated).map((c) => c.name)).size >= 2;
  let best: (typeof found)[number] | undefined;
  for (const c of found) {
    if (thread && dated(c)) {
      c.score += points.thread;
      c.evidence.push('one of a comment thread');
    }
    if (!best || c.score > best.score) best = c;
  }
  if (!best || best.score < points.threshold) return undefined;
  const { name, score, evidence, line } = best;
  return { rule: 'scored-name', confidence: Math.min(0.7, score / 10), author: name, lines: [line.index], evidence: `${line.text} (${score}: ${evidence.join(', ')})` };
}

const HONORIFIC = new RegExp(`(?<=^|\\s)(?:${rules.honorifics.map((h) => escapeRe(h)).join('|')})(?=\\s)\\s*`, 'giu');
/** A month the dump glued to the name before it ("Laura HenkelMarch 3, 2020"). */
const GLUED_MONTH = new RegExp(`(\\p{Ll})((?:${[...MONTHS].filter((m) => m.length > 2).map((m) => escapeRe(m.charAt(0).toUpperCase() + m.slice(1))).join('|')})\\.?\\s+\\d)`, 'gu');
/** Words of a bio that opens with the writer's name ("Alice Wu has been writing about ..."). */
const BIO_WORDS = new RegExp(`(?<![\\p{L}])(?:${rules.bioWords.join('|')})`, 'iu');
/** Labels of a photo, a source or a video credit: the name after them is not the writer. */
const CREDIT = new RegExp(`^(?:${rules.creditLabels.join('|')})$`, 'iu');
/** A chief, a founder or a spokesperson beside a name: someone the story quotes. */
const EXEC = new RegExp(`(?<![\\p{L}])(?:${rules.execTitles.map((t) => escapeRe(t)).join('|')})(?![\\p{L}])`, 'iu');
const COPYRIGHT = /^(?:©|\(c\)|copyright)/iu;

/**
 * The name a short line holds for rule 6, with the points its own line gives: after a byline
 * marker, alone, before a date or a time, or before a separator and a
 * few words ("Jane Doe | Redaktion"). Titles ("Dr.", "Prof.") are dropped; a name the dump glued
 * to a date ("Jane DoeMarch 3, 2020") is set apart first.
 */
function candidateName(raw: string, read: NameReaders): { name: string; score: number; evidence: string[] } | undefined {
  const points = rules.score;
  const text = raw.replace(/(\p{Ll})(\d)/gu, '$1 $2').replace(GLUED_MONTH, '$1 $2').replace(HONORIFIC, '').trim();
  const marked = read.readByline(text);
  if (marked) return { name: marked, score: points.marker, evidence: ['marker'] };
  // A name after a copyright sign is left alone: under a photo ("© Jane Doe / Agency") it is the
  // photographer, and measured on the benchmark it named the wrong person more often than the writer.
  if (COPYRIGHT.test(text)) return undefined;
  // A name set in capitals ("JANE DOE") reads like any other once its case is normalised.
  const alone = read.namesLine(/\p{Ll}/u.test(text) ? text : read.normaliseName(text));
  if (alone) return { name: alone, score: 0, evidence: [] };
  // "Text: Jane Doe", "Redaktion: Jane Doe": a short label, a colon, a name (not a photo credit).
  const labelled = /^(\p{L}+(?:\s\p{L}+)?)\s*:\s+(.+)$/u.exec(text);
  if (labelled && !CREDIT.test(labelled[1]!)) {
    const name = read.namesLine(labelled[2]!);
    if (name) return { name, score: 0, evidence: [] };
  }
  let lead = read.nameAt(text, false, false);
  if (!lead) return undefined;
  // "Jane Doe March 3, 2020": the month opens the date, not the name.
  let last = lead.split(' ').at(-1)!;
  if (MONTHS.has(last.toLowerCase().replace(/\.$/, '')) && lead.includes(' ')) {
    lead = lead.slice(0, lead.lastIndexOf(' '));
    last = lead.split(' ').at(-1)!;
  }
  const rest = text.slice(text.indexOf(last) + last.length);
  if (/\d/.test(rest) && words(rest).length <= 8 && (TIME.test(rest) || parseDateText(rest) !== undefined)) return { name: lead, score: points.date, evidence: ['date on the line'] };
  if (/^\s*[|·•–—,(]/u.test(rest) && words(rest).length <= 5 && !EXEC.test(rest)) return { name: lead, score: 0, evidence: [] };
  return undefined;
}
