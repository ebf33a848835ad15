/**
 * The end of an article, for `pickBody`: headings that open what follows it (related stories,
 * comments, an author box), boxes inside it, and the cuts made on the kept lines (dated teaser
 * items, a byline under the text, link lists, a writer's sign-off).
 */
import thresholds from '../heuristics/body.json' with { type: 'json' };
import type { LineClass } from './body.ts';
import { readDates } from './date-line.ts';
import { type Line, endsLikeSentence, fold, words } from './lines.ts';

const END_MARKERS = new Set(thresholds.endMarkers);
const END_PHRASES = thresholds.endPhrases;
const COMMENT_WORDS = thresholds.commentWords;
const SIGN_OFFS = new Set(thresholds.signOffWords);
const LIST_HEADINGS = new Set(thresholds.linkListHeadings);

const textSize = (c: readonly Line[]) => c.reduce((n, l) => n + l.text.length, 0);

// "11 Antworten zu “Sunday Thoughts ...”", "One thought on “...”": a blog's comments heading names the post.
const COMMENT_COUNT = new RegExp(`^(?:\\d+|${thresholds.commentCount.numbers.join('|')})\\s+(?:${thresholds.commentCount.nouns.join('|')})\\s+(?:${thresholds.commentCount.joiners.join('|')})\\s+["“„«]`, 'iu');

/** A heading that opens what follows an article: "Related stories", "Comments", "[ 167 comments ]". */
export function isEndMarker(text: string): boolean {
  const folded = fold(text);
  if (END_MARKERS.has(folded) || END_MARKERS.has(folded.replace(/^\d+ | \d+$/g, '')) || COMMENT_COUNT.test(text)) return true;
  // A short heading built around one of the phrases ("Das Thema könnte dich auch interessieren").
  return words(text).length <= thresholds.endPhraseMaxWords && END_PHRASES.some((p) => ` ${folded} `.includes(` ${p} `));
}

/** A heading that opens the comments ("Comments", "Kommentare (12)", "Leave a reply"). */
export function isCommentHeading(text: string): boolean {
  const folded = fold(text);
  return COMMENT_WORDS.some((w) => folded.includes(w));
}

/**
 * The first comments heading ("Comments", "Hinterlasse einen Kommentar", "[ 167 comments ]") with at
 * least `commentsMinArticle` characters in `commentsMinParagraphs` prose lines between the headline
 * and it; the line count when none.
 */
export function commentsHeadingAt(lines: readonly Line[], start: number, isGood: (l: Line) => boolean): number {
  let [prose, paragraphs] = [0, 0];
  for (const l of lines) {
    if (l.index < start) continue;
    // A comment count under the lede ("0 Comments") is a link, not the thread: it has one paragraph above it.
    if (prose >= thresholds.commentsMinArticle && paragraphs >= thresholds.commentsMinParagraphs && isEndMarker(l.text) && isCommentHeading(l.text)) return l.index;
    if (isGood(l)) [prose, paragraphs] = [prose + l.text.length, paragraphs + 1];
  }
  return lines.length;
}

/**
 * Where the article's prose resumes after a heading, when it does after one to `inlineBoxMaxLines`
 * teaser titles (lines no rule claimed that do not end like sentences): two paragraphs in a row
 * that read as prose and end like sentences.
 */
export function proseResumesAt(lines: readonly Line[], marker: number, classes: readonly LineClass[], isTaken: (i: number) => boolean): number | undefined {
  const prose = (i: number) => {
    const text = lines[i]?.text ?? '';
    return !isTaken(i) && classes[i] === 'good' && text.length >= thresholds.inlineBoxProseLength && endsLikeSentence(text);
  };
  for (let i = marker + 1; i <= marker + 1 + thresholds.inlineBoxMaxLines && i < lines.length; i++) {
    if (i > marker + 1 && prose(i) && prose(i + 1)) return i;
    if (isTaken(i) || endsLikeSentence(lines[i]!.text)) return undefined;
  }
  return undefined;
}

/** A line that is a date and nothing else ("Tuesday November 19, 2019", "29. Mai 2019 um 10:45"). */
function isBareDate(text: string): boolean {
  if (text.length > 60) return false;
  const first = readDates(text)[0];
  return !!first && first.rest.length === 0 && !first.match.weekdayMismatch;
}

/**
 * Teaser lists and comment threads print a date on every item, an article prints its own above
 * the text: once `datedItemsMin` date lines follow the article's first `datedItemsAfterShare` of
 * text, the article ended at the first of them (dates side by side count once: "08 May 2022" over
 * "Updated 08 May 2022 | 6:00"). Other date lines inside the body are meta lines and leave alone.
 */
export function cutAtDatedItems(lines: readonly Line[], kept: Line[], isTaken: (i: number) => boolean, dropped: Map<number, string>): Line[] {
  const [first, last] = [kept[0]?.index, kept.at(-1)?.index];
  if (first === undefined || last === undefined) return kept;
  const dated = lines.slice(first + 1, last + 1).filter((l) => !isTaken(l.index) && isBareDate(l.text));
  const items = dated.filter((l, k) => k === 0 || dated[k - 1]!.index < l.index - 1);
  const total = textSize(kept);
  const cut = items.findIndex((l, k) => items.length - k >= thresholds.datedItemsMin && textSize(kept.filter((m) => m.index < l.index)) >= total * thresholds.datedItemsAfterShare);
  const end = cut >= 0 ? items[cut]!.index : Infinity;
  if (cut >= 0) dropped.set(end, 'dated-items');
  for (const l of dated) if (l.index < end) dropped.set(l.index, 'date-line-in-body');
  return kept.filter((l) => l.index < end && !dated.includes(l));
}

/**
 * A byline under most of the article's text ("Von Frank Hahn", "Kommentar von" / "Ingo Arzt")
 * stands over an author bio or box, not over the article: the article ended above it.
 */
export function cutAtByline(kept: Line[], isByline: (i: number) => boolean, dropped: Map<number, string>): Line[] {
  const [first, last] = [kept[0]?.index, kept.at(-1)?.index];
  if (first === undefined || last === undefined) return kept;
  const total = textSize(kept);
  for (let i = first + 1; i < last; i++) {
    if (!isByline(i) || textSize(kept.filter((l) => l.index < i)) < total * thresholds.bylineEndShare) continue;
    dropped.set(i, 'byline-after-text');
    return kept.filter((l) => l.index < i);
  }
  return kept;
}

/**
 * A sign-off under the last paragraph ("x Franzi", "Euer HansEhrlich", "Liebe Grüße, Anna"): a line
 * of at most `signOffMaxWords` words led by a greeting word, within two lines of the text, with the
 * line between them when there is one.
 */
export function signOff(lines: readonly Line[], last: number | undefined, isTaken: (i: number) => boolean): Line[] {
  if (last === undefined) return [];
  for (let i = last + 1; i <= last + 2 && i < lines.length; i++) {
    if (isTaken(i)) return [];
    const ws = fold(lines[i]!.text).split(' ');
    if (ws.length <= thresholds.signOffMaxWords && (SIGN_OFFS.has(ws[0]!) || SIGN_OFFS.has(ws.slice(0, 2).join(' ')))) return lines.slice(last + 1, i + 1);
  }
  return [];
}

/** A heading over a few links: "Related", "See also", or a lead-in ending in a colon ("Mehr zum Thema auf X:"). */
function opensLinkList(text: string, isLeadIn: boolean): boolean {
  return (isLeadIn && /:\s*$/.test(text)) || LIST_HEADINGS.has(fold(text));
}

/** A link title: no sentence end (a question of a few words is a teaser too), not long. */
function isLinkTitle(text: string): boolean {
  const n = words(text).length;
  return n <= thresholds.linkTitleMaxWords && (!endsLikeSentence(text) || (/\?["”»]?$/.test(text) && n <= thresholds.linkQuestionMaxWords));
}

/**
 * The link titles under a "Related" / "Mehr zum Thema:" heading are teasers of other pages, not
 * text: up to `inlineBoxMaxLines` of them go, whether the article goes on under them or not.
 */
export function dropLinkLists(lines: readonly Line[], kept: Line[], isLeadIn: (i: number) => boolean, dropped: Map<number, string>): Line[] {
  const [first, last] = [kept[0]?.index, kept.at(-1)?.index];
  if (first === undefined || last === undefined) return kept;
  const links = new Set<number>();
  for (let o = first; o < last; o++) {
    if (!opensLinkList(lines[o]!.text, isLeadIn(o))) continue;
    let i = o + 1;
    for (; i <= o + thresholds.inlineBoxMaxLines && i <= last && isLinkTitle(lines[i]!.text); i++) links.add(i);
    // The heading goes with its links.
    if (i > o + 1) links.add(o);
  }
  for (const i of links) dropped.set(i, 'link-list');
  return links.size > 0 ? kept.filter((l) => !links.has(l.index)) : kept;
}

/**
 * An author box under the text names the writer the byline named: the name alone on a line over a
 * line of prose ("Inga Buller" / "Inga Buller ist Head of Social ..."), found under `bylineEndShare`
 * of the article's text, or a paragraph opening with the full name ("Alice Wu fell down the rabbit
 * hole of politics ...", "Mike Wall's book ...") under `authorBioOpensShare` of it: the article ended above it.
 */
export function cutAtAuthorName(lines: readonly Line[], kept: Line[], author: string, dropped: Map<number, string>): Line[] {
  const [first, last] = [kept[0]?.index, kept.at(-1)?.index];
  const name = fold(author);
  // A single word ("Creeny", "Redaktion") opens ordinary sentences too.
  if (first === undefined || last === undefined || name.split(' ').length < 2) return kept;
  const total = textSize(kept);
  for (let i = first + 1; i <= last; i++) {
    const folded = fold(lines[i]!.text);
    const bio = lines[i + 1]?.text ?? '';
    const box = folded === name && bio.length >= thresholds.authorBioMinLength && endsLikeSentence(bio);
    // A paragraph that opens with the name is a bio only in the article's last lines.
    const opens = folded.startsWith(`${name} `) && endsLikeSentence(lines[i]!.text);
    if (!box && !opens) continue;
    if (textSize(kept.filter((l) => l.index < i)) < total * (box ? thresholds.bylineEndShare : thresholds.authorBioOpensShare)) continue;
    dropped.set(i, 'author-name-box');
    return kept.filter((l) => l.index < i);
  }
  return kept;
}

const AUTHOR_BOX = new RegExp(`^(?:${thresholds.authorBoxLeads.join('|')})\\s+\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'’.&-]*){0,2}$`, 'u');

/**
 * An author box under the text: "Über Kathrin", "About Matthew Humphries", "O Michaelu Hanekem"
 * over a bio that reads as prose. Found under `bylineEndShare` of the article's text, the article
 * ended above it ("About Us" over a menu has no prose under it and stays a menu item).
 */
export function cutAtAuthorBox(lines: readonly Line[], kept: Line[], dropped: Map<number, string>): Line[] {
  const [first, last] = [kept[0]?.index, kept.at(-1)?.index];
  if (first === undefined || last === undefined) return kept;
  const total = textSize(kept);
  for (let i = first + 1; i < last; i++) {
    const bio = lines[i + 1]!.text;
    const heading = lines[i]!.text;
    // The leads are lower case in the data; the heading's first letter is capitalised.
    if (!AUTHOR_BOX.test(heading.charAt(0).toLowerCase() + heading.slice(1)) || bio.length < thresholds.inlineBoxProseLength || !endsLikeSentence(bio)) continue;
    if (textSize(kept.filter((l) => l.index < i)) < total * thresholds.bylineEndShare) continue;
    dropped.set(i, 'author-box');
    return kept.filter((l) => l.index < i);
  }
  return kept;
}
