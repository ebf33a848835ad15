/**
 * Step 6: the author, from a byline ("By Jane Doe", "Von Jane Doe | 3. März 2020", "Posted by
 * jdoe on ..."), a name beside the date line, a name line under the headline, or a name line
 * followed by a bio at the end of the article. Rules run from the most to the least direct
 * evidence; the first that fits wins. Last, rule 6 (author-score.ts) scores every line holding a
 * person's name on its evidence. A bare name-shaped line is not enough: measured on the
 * benchmark, such lines are more often a section, a place or a company than the writer, unless
 * the name opens with a known given name and one more piece of evidence stands beside it; a name
 * in a copyright line is a photographer as often. A wrong author is worse than none. Names are
 * normalised (spacing, capitals, no "By").
 */
import rules from '../heuristics/author.json' with { type: 'json' };
import months from '../heuristics/months.json' with { type: 'json' };
import type { Step } from '../types.ts';
import { parseDateText } from './date-line.ts';
import { scoreNameLines } from './author-score.ts';
import { isGivenName } from './given-names.ts';
import { type Line, words } from './lines.ts';

export interface AuthorPick {
  author: string | undefined;
  bio: string | undefined;
  /** Lines claimed by the byline and bio. */
  lines: number[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARKER = new RegExp(`(?:^|[\\s|•/–—(-])(?:${rules.markers.map((m) => (m.includes('\\') ? m : escapeRe(m))).join('|')})\\s*[:–—-]?\\s+`, 'giu');
const STOP = /\s+(?:am|on|um|le|el|the|at|in|under|op|w|dnia|il|à|a las|for|für|zuletzt|kategorien|category)(?:\s|:)|\s*[|/•–—·]\s*|,\s|\s+-\s|\s\d|\d{1,2}[./]|@|\(|\s+\d/iu;
/** What NAME_ROLE needs between the name and the role. */
const ROLE_SEPARATOR = /[|,–]/;
const NAME_ROLE = new RegExp(`^([^|,–]+?)\\s*[|,–]\\s*(?:${rules.roles.map((r) => escapeRe(r)).join('|')})\\b`, 'iu');
/** A role the dump glued to the name ("Meg JamesStaff Writer"). */
const GLUED_ROLE = new RegExp(`(\\p{Ll})(?:${rules.roles.map((r) => escapeRe(r.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()))).join('|')})$`, 'u');
/** A line that is only a byline marker, the name on the next line ("Von" / "Jane Doe"). */
const MARKER_ONLY = new RegExp(`^(?:${rules.markers.map((m) => (m.includes('\\') ? m : escapeRe(m))).join('|')}|${rules.markerLines.map((m) => escapeRe(m)).join('|')})\\s*:?$`, 'iu');
/** A user name, then a comment link or count, after the date on a blog's meta line ("jdoe Leave a comment"). */
const HANDLE_TAIL = new RegExp(`^([\\p{Ll}\\p{N}_.-]{3,30})\\s+(?:${rules.commentTails.join('|')})\\s*$`, 'iu');
/** Words that join a name to the date after it ("Jane Doe Zuletzt geändert am 06.11.2023"): a separator. */
const DATE_LEAD = new RegExp(`\\s+(?:${rules.dateLeads.map((d) => escapeRe(d)).join('|')})\\s*:?\\s+(?=\\S*\\d)`, 'iu');
/** A date or time line beside a name line: "19 février 2020", "1 day ago", "- Nov. 18th 2019 8:54 am". */
const RELATIVE_TIME = new RegExp(`^\\W*(?:${rules.relativeTimes.join('|')})`, 'iu');
const PARTICLES = new Set(rules.particles);
const SUFFIXES = new Set(rules.suffixes);
const NOT_NAMES = new Set(rules.notNames);
/** Adjective endings no given name or surname has ("Europäische Union", "Spezifische Betreuung"). */
const NOT_NAME_ENDING = new RegExp(`\\p{Ll}(?:${rules.notNameEndings.join('|')})$`, 'u');
const MONTHS = new Set(Object.entries(months).flatMap(([k, v]) => (k === '_why' ? [] : (v as string[]))));
const CONNECTORS = new Set(['and', 'und', '&', 'y', 'et', 'i', 'e']);
const NAME_TOKEN = /^\p{Lu}[\p{L}'’-]*\.?$|^\p{Lu}\.$/u;
const HANDLE = /^[\p{L}\p{N}_.-]{2,30}$/u;
/** A bio talks about the writer's work: first person, or "is a ... journalist/reporter". */
const BIO = /\b(I (?:cover|write|am|have|report)|journalist|reporter|correspondent|editor|writes (?:about|for)|is a (?:senior |staff |freelance )?(?:writer|reporter)|ist (?:freie[rn]? )?(?:journalist|redakteur|autor)(?:in)?)\b/i;

/** Normalises a name: single spaces, no trailing punctuation, Title Case when set in capitals. */
export function normaliseName(raw: string): string {
  let name = raw.replace(/\u00ad/g, '').replace(/\s+/g, ' ').replace(GLUED_ROLE, '$1').replace(/[\s,;:.–-]+$/u, '').trim();
  if (/\.$/.test(raw.trim()) && /\b(?:jr|sr|\p{Lu})$/iu.test(name)) name += '.';
  if (!/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name)) name = name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
  return name;
}

/**
 * The name at the start of `rest` (after a byline marker), or undefined when it is no name.
 * The name must fill everything up to the next separator: "Von Risiken und Nebenwirkungen" and
 * "von Barzahler-Rabatten profitieren" are phrases, not bylines. One capitalised word alone is
 * a name only when `single` allows it (a dated or explicit byline); `handle` allows a user name.
 */
export function nameAt(rest: string, single: boolean, handle = single): string | undefined {
  const head = rest.split(STOP)[0]!.trim();
  const tokens = head.split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  let cut = false;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (NOT_NAMES.has(lower.replace(/[.,:]$/, ''))) {
      cut = taken.length > 0;
      break;
    }
    if (NAME_TOKEN.test(token) || (taken.length > 0 && (PARTICLES.has(lower) || SUFFIXES.has(lower) || CONNECTORS.has(lower)))) taken.push(token);
    else break;
  }
  if (taken.length > 0 && (taken.length === tokens.length || cut) && taken.length <= 8) {
    while (taken.length > 0 && (CONNECTORS.has(taken.at(-1)!.toLowerCase()) || PARTICLES.has(taken.at(-1)!.toLowerCase()))) taken.pop();
    // Several people: each name has a first and a last name ("Risiken und Nebenwirkungen" is no pair of people).
    const people = taken.join(' ').split(/\s+(?:and|und|&|y|et|i|e)\s+/i);
    if (people.length > 1 && people.some((p) => p.split(' ').length < 2)) return undefined;
    if (taken.length >= 2 || (taken.length === 1 && single)) return normaliseName(taken.join(' '));
    return undefined;
  }
  const first = tokens[0];
  if (handle && first && tokens.length === 1 && HANDLE.test(first) && /\p{Ll}/u.test(first) && !NOT_NAMES.has(first.toLowerCase()) && /\p{L}{2}/u.test(first)) return first;
  return undefined;
}

/** Reads a byline: a marker ("By", "von", "Posted by") at the start of the line, or on a dated meta line. */
export function readByline(text: string): string | undefined {
  const n = words(text).length;
  if (n > 20 || text.length > 160) return undefined;
  // "Jane Doe | Reuters", "Jane Doe, staff writer": a name, then a wire or a role. (The long
  // patterns below are only tried on a line with the separator or space they need.)
  const piped = ROLE_SEPARATOR.test(text) ? NAME_ROLE.exec(text) : null;
  if (piped) {
    const name = nameAt(piped[1]!, false, false);
    if (name) return name;
  }
  if (!/\s/.test(text)) return undefined;
  // Whether the line holds a date, read only for a line with a byline marker (most have none).
  let dated: boolean | undefined;
  for (const m of text.matchAll(MARKER)) {
    const lead = text.slice(0, m.index);
    const atStart = /^\W*$/.test(lead) || META_LEAD.test(lead);
    if (!atStart) {
      dated ??= parseDateText(text) !== undefined;
      if (!dated) continue;
    }
    // A long marker or one with a colon ("Autor:") is explicit; a dash after a short word ("Text - Planung") is not.
    const explicit = m[0].replace(/[–—-]/g, '').trim().length > 4;
    dated ??= parseDateText(text) !== undefined;
    const name = nameAt(text.slice(m.index + m[0].length), dated || explicit, true);
    if (name) return name;
  }
  return undefined;
}

/** A byline whose name may be one word or a user name: "von Ulrike", "von Marianne1" (a date line follows). */
function readBylineSingle(text: string): string | undefined {
  for (const m of text.matchAll(MARKER)) {
    if (!/^\W*$/.test(text.slice(0, m.index))) continue;
    const rest = text.slice(m.index + m[0].length);
    if (words(rest).length <= 3) return nameAt(rest, true, true);
  }
  return undefined;
}

/** A comment's meta line ("Kommentar von Jane — 2019-01-01 @ 00:39 | Antworten"): a reader, not the writer. */
const COMMENT_META = new RegExp(`(?:^|[\\s|·•])(?:${rules.commentReplies.join('|')})\\s*$`, 'iu');

/** A job title under a name ("Political Editor", "Redakteur für Wirtschaft"). */
const ROLE_LINE = new RegExp(`^(?:[\\p{L}-]+\\s)?(?:${rules.roles.map((r) => escapeRe(r)).join('|')})\\b`, 'iu');

/** Words that may stand before a byline marker on a meta line ("Posted in News by ..."). */
const META_LEAD = /^\W*(?:posted|post author|veröffentlicht|publié|publicado|geschrieben|artikel|beitrag)\b/iu;

/**
 * A line shaped like a name and nothing else: two to four capitalised words. German labels such
 * as "Betriebliche Altersvorsorge" have this shape too, which the headline scoring counts on.
 */
export function hasNameShape(text: string): boolean {
  const tokens = text.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4 || /[0-9@:|]/.test(text)) return false;
  if (!/\p{Ll}/u.test(text)) return false;
  return nameAt(text, false, false) === normaliseName(text) && !tokens.some((t) => NOT_NAMES.has(t.toLowerCase()));
}

/** A line that is a name and nothing else: name-shaped, with no word that ends like an adjective or a noun. */
export function isNameLine(text: string): boolean {
  return hasNameShape(text) && !text.split(/\s+/).some((t) => NOT_NAME_ENDING.test(t));
}

/** A date line that also names a person ("Jane Doe | 9 December 2019", "11.12.2019 - Jane Doe"). */
function nameBesideDate(raw: string, isLabel: (word: string) => boolean = () => false): string | undefined {
  if (words(raw).length > 12) return undefined;
  // Two page elements glued by the dump ("Jane Doe22. Februar 2020") are set apart too.
  const glued = /\p{L}\d/u.test(raw);
  const text = raw.replace(/(\p{L})(\d)/gu, '$1 | $2').replace(DATE_LEAD, ' | ');
  const found = parseDateText(text);
  if (!found) return undefined;
  // A blog's meta line: the date first, then the name and maybe a comment count ("September 17, 2019 Jane Doe 0").
  if (text.startsWith(found.matched)) {
    const name = nameAt(text.slice(found.matched.length).replace(/^[\s|/,–—-]+/, ''), false, false);
    // Sections follow dates as often ("27.01.2022 Wissenschaft Klima"): a word the page prints as a menu line of its own is no name.
    // A month after the first word ("MineralölINFO November 2021") is a headline with a date; capitals only is a site name.
    const tokens = name?.split(/\s+/) ?? [];
    if (name && isNameLine(name) && /\p{Ll}/u.test(text.slice(found.matched.length)) && !tokens.some(isLabel) && !tokens.slice(1).some((t) => MONTHS.has(t.toLowerCase()))) return name;
    const user = HANDLE_TAIL.exec(text.slice(found.matched.length).replace(/^[\s|/,–—-]+/, ''))?.[1];
    if (user && /\p{L}{3}/u.test(user) && !MONTHS.has(user.toLowerCase())) return user;
  }
  // The name and the date must be set apart ("Jane Doe | 9 December 2019"): "Ehrenamt
  // Jugendverbände 23.01.2020" is a section label beside a date.
  // "The Guardian 02/10/2020 Anna Fazackerley": a publisher, the date, then the name ends the line.
  const [before = '', after = ''] = text.split(found.matched).map((p) => p.trim());
  if (before && after && isNameLine(after) && !isNameLine(before) && !after.split(/\s+/).some(isLabel)) return normaliseName(after);
  if (!glued && !/\s[|/–—-]\s|,\s/.test(text.replace(found.matched, ' '))) return undefined;
  const rest = text.replace(found.matched, ' | ').split(/\s*[|/,–—-]\s*|\s{2,}/).map((s) => s.trim()).filter(Boolean);
  const names = rest.filter((s) => isNameLine(s));
  if (names.length === 1) return normaliseName(names[0]!);
  // "Jane Doe – 14.09.2022 – Column, Tiny Jane": the name that leads the line, before the date.
  const lead = text.slice(0, text.indexOf(found.matched)).split(/\s*[|/,–—-]\s*/).filter(Boolean);
  return names.length > 1 && lead.length === 1 && isNameLine(lead[0]!.trim()) ? normaliseName(lead[0]!.trim()) : undefined;
}

/** True when a line is a date, a time or a relative time ("1 day ago"), alone or nearly. */
export function isDateish(text: string): boolean {
  if (words(text).length > 12) return false;
  return RELATIVE_TIME.test(text) || parseDateText(text) !== undefined;
}

/** A name, or a list of names ("Jane Doe, John Roe"), that fills the line. */
export function namesLine(text: string): string | undefined {
  const clean = text.replace(/[,;]\s*$/, '');
  if (isNameLine(clean)) return normaliseName(clean);
  const parts = clean.split(/\s*,\s*|\s+(?:and|und|&|et|y|i)\s+/);
  if (parts.length >= 2 && parts.length <= 4 && parts.every((p) => isNameLine(p) || isNameLine(normaliseName(p)))) return normaliseName(clean);
  return undefined;
}

/** Letters only, lower case, without accents: how a name is spelt in an e-mail address or a handle. */
const fold = (text: string) => text.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');

/** True when a line holds an e-mail address or a handle spelt from the name ("Edilson La Rosa" / "edilsonlarosa@..."). */
export function handleOf(name: string, text: string): boolean {
  const parts = name.split(/\s+/).map(fold).filter(Boolean);
  if (parts.length < 2) return false;
  const [first, last] = [parts[0]!, parts.at(-1)!];
  const spellings = [parts.join(''), first + last, first[0]! + last, last + first];
  const handles = text.match(/[\p{L}\p{N}._-]{3,}(?=@[\p{L}\p{N}-]+\.)|(?<=^|\s)@?[\p{Ll}\p{N}._]{3,30}(?=$|\s)/gu) ?? [];
  return handles.map(fold).some((h) => h.length >= 5 && spellings.some((s) => h.startsWith(s) || (s.startsWith(h) && h.length >= s.length - 2)));
}

const DESK = new RegExp(`^(?:\\p{L}[\\p{L}\\p{N}.&-]*\\s+){0,2}(?:${rules.desks.map((d) => escapeRe(d)).join('|')})(?:\\s+\\p{L}[\\p{L}\\p{N}.&-]*){0,2}$`, 'iu');
/** A line that names an editorial desk ("Redaktion", "Greentech.LIVE Redaktion"): the gold's author when it stands beside the date. */
function deskLine(text: string): string | undefined {
  const clean = text.trim();
  return /^\p{Lu}/u.test(clean) && DESK.test(clean) ? clean : undefined;
}

interface Hit {
  rule: string;
  confidence: number;
  author: string;
  bio?: string;
  lines: number[];
  evidence: string;
}

/** Finds the author; lines listed in `claimed` are skipped. `titleIndex` is the headline's line, `dateLine` the publication date's. */
export function pickAuthor(lines: readonly Line[], claimed: ReadonlySet<number>, titleIndex = -1, textStart = -1, dateLine = -1): Step<AuthorPick> {
  const free = (l: Line) => !claimed.has(l.index);
  let lower: Set<string> | undefined;
  const lowerWords = () => {
    lower ??= new Set(lines.flatMap((l) => l.text.match(/(?<=^|[\s(„“"'«])\p{Ll}[\p{L}’'-]*(?=$|[\s,.;:!?)"”»])/gu) ?? []));
    return lower;
  };
  let labels: Set<string> | undefined;
  const isLabel = (word: string) => {
    labels ??= new Set(lines.filter((l) => !/\s/.test(l.text.trim())).map((l) => l.text.trim().toLowerCase()));
    return labels.has(word.toLowerCase());
  };
  const aroundTitle = titleIndex >= 0 ? lines.slice(Math.max(0, titleIndex - 3), titleIndex + 13) : lines.slice(0, 25);
  // The byline also stands just above the article text, which helps when the headline was missed.
  const aboveText = textStart >= 0 ? lines.slice(Math.max(0, textStart - rules.nameLineMaxDistance), textStart + 1) : [];
  const near = [...new Set([...aroundTitle, ...aboveText])].sort((a, b) => a.index - b.index);
  const anchors = [titleIndex, textStart].filter((a) => a >= 0);
  // 1. A byline; a marker alone on its line takes the name on the next one ("Von" / "Jane Doe"),
  // and one word after "von" counts when a date follows ("von Ulrike" / "18.10.2019").
  const byline = (region: readonly Line[], rule = 'byline', maxWords = Number.POSITIVE_INFINITY): Hit | undefined => {
    for (const line of region.filter(free)) {
      // Anywhere on the page, a byline is short and opens with a word (not a date line's figures).
      const anywhere = maxWords < Number.POSITIVE_INFINITY;
      const author = !anywhere || (words(line.text).length <= maxWords && /^\W*\p{L}/u.test(line.text) && !COMMENT_META.test(line.text)) ? readByline(line.text) : undefined;
      // Far from the headline, a name set in capitals ("von AUTO ZEITUNG 02.11.2021") is a publisher unless it opens with a given name.
      const shouted = anywhere && author !== undefined && /^\W*\p{L}{2,4}\s/u.test(line.text) && !/\p{Ll}/u.test(line.text.replace(/^\W*\p{L}+\s/u, '')) && !isGivenName(author.split(/\s+/)[0]!);
      if (author && !shouted) return { rule, confidence: rule === 'byline' ? 0.85 : 0.65, author, lines: [line.index], evidence: line.text };
      const next = lines[line.index + 1];
      if (!next || !free(next)) continue;
      if (MARKER_ONLY.test(line.text)) {
        const name = MARKER_ONLY.test(next.text.replace(/\(s\)/, '')) ? undefined : nameAt(next.text, true, true);
        if (name && words(next.text).length <= 5) return { rule: 'byline-two-lines', confidence: 0.8, author: name, lines: [line.index, next.index], evidence: `${line.text} / ${next.text}` };
      }
      // The date stands right below, or above the headline right above ("17 Feb 2020" / headline / "von Kathrin").
      const dateLine = isDateish(next.text) ? next : line.index - 1 === titleIndex ? [lines[line.index - 2]].find((l) => l && isDateish(l.text)) : undefined;
      if (dateLine) {
        const single = readBylineSingle(line.text);
        if (single) return { rule: 'byline-above-date', confidence: 0.75, author: single, lines: [line.index], evidence: `${line.text} / ${dateLine.text}` };
      }
    }
    return undefined;
  };
  // 3. A name beside the date on one line.
  const besideDate = (region: readonly Line[]): Hit | undefined => {
    // A meta line taken for the headline ("Nike Jane – 14.09.2022 – Kolumne") still names the writer.
    for (const line of region.filter((l) => free(l) || l.index === titleIndex)) {
      const author = nameBesideDate(line.text, isLabel);
      if (author) return { rule: 'name-beside-date', confidence: 0.7, author, lines: free(line) ? [line.index] : [], evidence: line.text };
    }
    return undefined;
  };
  const aroundOnly = titleIndex >= 0 ? aroundTitle : [];
  const textOnly = near.filter((l) => !aroundOnly.includes(l));
  const hit = ((): Hit | undefined => {
    // Rules 1 and 3 read the headline's neighbourhood before the lines above the text: a dated
    // name under the headline is nearer evidence than a byline far down by a wrong text start.
    const first = byline(aroundOnly) ?? besideDate(aroundOnly) ?? byline(textOnly);
    if (first) return first;
    // 2. A name line followed by a bio, in the last lines of the page.
    for (let i = lines.length - 2; i >= Math.max(0, lines.length - 10); i--) {
      const line = lines[i]!;
      const bio = lines[i + 1]!;
      if (!free(line) || !isNameLine(line.text)) continue;
      if (BIO.test(bio.text)) return { rule: 'name-and-bio', confidence: 0.8, author: normaliseName(line.text), bio: bio.text, lines: [line.index, bio.index], evidence: `${line.text} / ${bio.text.slice(0, 160)}` };
    }
    // 2b. EXP anywhere after the text start: a name line, then a bio that opens with the name ("Tanja ist seit 2023 Redakteurin ...").
    for (const line of lines.filter(free)) {
      if (line.index < textStart || !isNameLine(line.text)) continue;
      const bio = lines[line.index + 1];
      const name = normaliseName(line.text);
      const [first, ...rest] = name.split(/\s+/);
      if (!bio || !free(bio) || words(bio.text).length < 8) continue;
      if (bio.text.startsWith(`${name} `) || bio.text.startsWith(`${first} `)) {
        if ([first!, ...rest].some((t) => lowerWords().has(t.toLowerCase())) || /\p{Lu}{2}/u.test(line.text)) continue;
        return { rule: 'name-and-own-bio', confidence: 0.7, author: name, bio: bio.text, lines: [line.index, bio.index], evidence: `${line.text} / ${bio.text.slice(0, 160)}` };
      }
    }
    const third = besideDate(textOnly);
    if (third) return third;
    // 4. A name line (or a list of names) beside the date line, or above a role, near the headline.
    for (const line of near.filter(free)) {
      if (anchors.length > 0 && anchors.every((a) => Math.abs(line.index - a) > rules.nameLineMaxDistance)) continue;
      const author = namesLine(line.text) ?? deskLine(line.text);
      // A given name is capitalised wherever it stands: a first word also written in lower case on
      // the page ("Europäische" / "europäische") makes the line a phrase; a capitals-only word is an acronym.
      const first = author?.split(/\s+/)[0] ?? '';
      // A name that opens a line further down again (an author box, a bio: "Will Knight is a senior
      // writer ...") is a person even when its first word is an ordinary word.
      const again = lines.some((l) => l.index > line.index + 3 && (l.text.trim() === line.text.trim() || l.text.startsWith(`${line.text.trim()} `)));
      if (!author || (lowerWords().has(first.toLowerCase()) && author !== deskLine(line.text) && !again) || author.split(/[\s,]+/).some((t) => /^\p{Lu}{2,}$/u.test(t))) continue;
      const after = lines[line.index + 1];
      // The date line stands right below the name, right above it, or below a one-line label
      // between them ("Will Knight" / "Business" / "01.21.2020").
      const dateLine = [after, lines[line.index - 1], lines[line.index + 2]].find((l, k) => l && (k < 2 || words(lines[line.index + 1]?.text ?? '').length <= rules.labelMaxWords) && isDateish(l.text));
      const role = after && ROLE_LINE.test(after.text);
      if (dateLine || role) return { rule: dateLine ? 'name-line-beside-date' : 'name-line-above-role', confidence: 0.6, author, lines: [line.index], evidence: `${line.text} / ${(dateLine ?? after)?.text ?? ''}` };
    }
    // 4c. EXP a list of names right under the headline.
    const under = titleIndex >= 0 ? lines[titleIndex + 1] : undefined;
    if (under && free(under) && /,|\s(?:and|und|&|et|y|i)\s/.test(under.text)) {
      const list = namesLine(under.text);
      if (list && list.split(/\s*,\s*|\s+(?:and|und|&|et|y|i)\s+/).length >= 2) return { rule: 'names-under-headline', confidence: 0.6, author: list, lines: [under.index], evidence: under.text };
    }
    // 4b. A name line beside an e-mail address or a handle spelt from the name.
    for (const line of near.filter(free)) {
      const author = isNameLine(line.text) && !/\b\p{Lu}{2,}\b/u.test(line.text) ? normaliseName(line.text) : undefined;
      const handle = author && [lines[line.index + 1], lines[line.index + 2]].find((l) => l && words(l.text).length <= 3 && handleOf(author, l.text));
      if (author && handle) return { rule: 'name-line-beside-handle', confidence: 0.7, author, lines: [line.index], evidence: `${line.text} / ${handle.text}` };
    }
    // 5. A short byline anywhere ("von Jane Doe" under the article, "Written by Jane Doe on ...",
    // "Kommentar von" / "Jane Doe" above a job title, "von Ulrike" / "18.10.2019").
    const anywhere = byline(lines, 'byline-line', 10);
    if (anywhere) return anywhere;
    // 6. A person's name, scored on its evidence: a given name, a marker, a date or a role beside
    // it, its place near the headline or as a signature under the text (see scoreNameLines).
    const readers = { readByline, nameAt, namesLine, normaliseName, isDateish, isRoleLine: (t: string) => ROLE_LINE.test(t), isCommentMeta: (t: string) => COMMENT_META.test(t), isJoiner: (w: string) => PARTICLES.has(w) || CONNECTORS.has(w) };
    return scoreNameLines(lines, { free, anchors: dateLine >= 0 ? [...anchors, dateLine] : anchors, textStart, lowerWords }, readers);
  })();
  if (!hit) return { value: { author: undefined, bio: undefined, lines: [] }, messages: [] };
  return {
    value: { author: hit.author, bio: hit.bio, lines: hit.lines },
    provenance: { rule: hit.rule, evidence: hit.evidence.slice(0, 200), confidence: hit.confidence },
    messages: [],
  };
}
