/**
 * Step 8: the clean body. Each line is classified from its own features (jusText's idea for
 * plain text: length and stop-word density), then short and borderline lines take the class
 * of their neighbours, so a subheading between two paragraphs stays and a caption between two
 * menus goes. Lines earlier steps labelled as furniture are 'bad' whatever they look like.
 */
import thresholds from '../heuristics/body.json' with { type: 'json' };
import { commentsHeadingAt, cutAtAuthorBox, cutAtAuthorName, cutAtByline, cutAtDatedItems, dropLinkLists, isCommentHeading, isEndMarker, proseResumesAt, signOff } from './body-end.ts';
import { type Line, endsLikeSentence, textLength, words } from './lines.ts';

export { isEndMarker };

export type LineClass = 'good' | 'near' | 'short' | 'bad';

export interface BodyPick {
  paragraphs: string[];
  /** Indexes of the lines kept as body. */
  lines: number[];
  /** Line index -> rule, for lines dropped here. */
  dropped: Map<number, string>;
}

const SMALL_WORDS = /^(a|an|the|and|or|of|to|in|on|at|for|by|with|from|as|is|vs|via|de|la|le|el|der|die|das|und|w|i|z)$/i;

/** A title-cased line with no sentence punctuation: a link card or related-story headline. */
export function isTitleCaseLine(text: string): boolean {
  const ws = words(text).filter((w) => !SMALL_WORDS.test(w));
  if (ws.length < 4 || endsLikeSentence(text)) return false;
  const capitalised = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / ws.length >= 0.75;
}

/** Splits "…circles.”According to" where a scraper glued two paragraphs together. */
export function splitGlued(text: string): string[] {
  return text
    .split(/(?<=[a-z\p{Ll}][.!?…]["”’]?|[a-z\p{Ll}]["”’])(?=[\p{Lu}“"][\p{Ll}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Share of a line's words that are stop words of the page's language. */
export function stopWordDensity(text: string, stopWords: ReadonlySet<string>): number {
  const ws = words(text.toLowerCase());
  if (ws.length === 0) return 0;
  return ws.filter((w) => stopWords.has(w.replace(/[’'.]+$/, ''))).length / ws.length;
}

/**
 * Sentence punctuation standing in for stop words (a language without a word list): a line that
 * ends like a sentence with a clause break inside, or that holds several sentences even when it
 * ends in a signature or a link ("... de novos relacionamentos. Cada um é ... Um Amor de Verdade").
 */
function readsAsProse(text: string): boolean {
  if (endsLikeSentence(text) && /[,.;]\s|[、。，]/.test(text)) return true;
  return (text.match(/\p{Ll}[.!?…]["”»]?\s+["“«]?\p{Lu}/gu)?.length ?? 0) >= thresholds.proseMinSentences;
}

/**
 * Context-free class of one line (jusText's first pass). Without a stop-word list for the
 * page's language, a line that ends like a sentence stands in for a dense one.
 */
export function classifyLine(text: string, stopWords: ReadonlySet<string> | undefined): LineClass {
  const density = stopWords ? stopWordDensity(text, stopWords) : readsAsProse(text) ? thresholds.stopHigh : 0;
  const length = textLength(text);
  if (length < thresholds.lengthLow) return 'short';
  if (density >= thresholds.stopHigh) return length > thresholds.lengthHigh ? 'good' : 'near';
  if (density >= thresholds.stopLow) return 'near';
  // A long sentence thin in stop words (names, scores, figures) is judged by its neighbours.
  return endsLikeSentence(text) && words(text).length >= thresholds.sentenceMinWords ? 'near' : 'bad';
}

/** Classifies every line, then revises short and near-good lines by their neighbours. */
export function classifyLines(
  lines: readonly Line[],
  isTaken: (i: number) => boolean,
  stopWords: ReadonlySet<string> | undefined,
  isInline: (i: number) => boolean = () => false,
): LineClass[] {
  // Inline furniture (a "READ MORE:" link, a caption) is bad but transparent to context: it
  // must not cut the paragraph after it off from the ones before.
  const furniture = lines.map((l) => isTaken(l.index) && isInline(l.index));
  const first: LineClass[] = lines.map((l) => (isTaken(l.index) ? 'bad' : classifyLine(l.text, stopWords)));
  // Nearest class before and after each line, skipping furniture and the classes in `skip`; the
  // page edges count as bad. One pass each way keeps this linear in the number of lines.
  const nearest = (cls: readonly LineClass[], skip: LineClass, step: 1 | -1): LineClass[] => {
    const out: LineClass[] = new Array(cls.length);
    let current: LineClass = 'bad';
    for (let k = 0; k < cls.length; k++) {
      const j = step === -1 ? k : cls.length - 1 - k;
      out[j] = current;
      if (!furniture[j] && cls[j] !== skip) current = cls[j]!;
    }
    return out;
  };
  // Near-good lines first: one beside prose (good, or another near-good line: a run of plain
  // paragraphs) is prose; between two bad lines it is a teaser or a caption.
  const revised = [...first];
  const [before1, after1] = [nearest(first, 'short', -1), nearest(first, 'short', 1)];
  first.forEach((c, i) => {
    if (c !== 'near') return;
    revised[i] = before1[i] === 'bad' && after1[i] === 'bad' ? 'bad' : 'good';
  });
  // Then short lines: between prose they are subheadings or short paragraphs, else furniture.
  const final = [...revised];
  const [before2, after2] = [nearest(revised, 'short', -1), nearest(revised, 'short', 1)];
  revised.forEach((c, i) => {
    if (c !== 'short') return;
    final[i] = before2[i] === 'good' && after2[i] === 'good' ? 'good' : 'bad';
  });
  return final;
}

/**
 * The main text: good lines grouped into clusters (split where more than `maxGap` other lines
 * stand between two good ones); the cluster with the most text wins, and another cluster stays
 * only when it holds at least `minClusterShare` of the winner's text (a sidebar, a related
 * teaser or an author box is a small cluster away from the article). Clusters that end before
 * `start` (the line under the headline) are page header: teasers and navigation.
 */
export function mainClusters(lines: readonly Line[], keep: (l: Line) => boolean, start = 0): Line[] {
  const clusters = clustersOf(lines, keep, start);
  const best = Math.max(0, ...clusters.map(textSize));
  // The cluster right under the headline is the article's start even when a longer one (a comment
  // thread, a teaser list) outweighs it.
  const under = clusters.find((c) => c[0]!.index >= start);
  const nearHeadline = under && under[0]!.index - start <= thresholds.headlineClusterMaxDistance && textSize(under) >= thresholds.headlineClusterMinChars ? under : undefined;
  return clusters.filter((c) => c === nearHeadline || textSize(c) >= best * thresholds.minClusterShare).flat();
}

const textSize = (c: readonly Line[]) => c.reduce((n, l) => n + l.text.length, 0);

/** Kept lines grouped where at most `maxGap` other lines part them; those ending before `start` go. */
function clustersOf(lines: readonly Line[], keep: (l: Line) => boolean, start: number): Line[][] {
  const clusters: Line[][] = [];
  let last = -Infinity;
  for (const line of lines) {
    if (!keep(line)) continue;
    if (line.index - last > thresholds.maxGap + 1 || clusters.length === 0) clusters.push([]);
    clusters.at(-1)!.push(line);
    last = line.index;
  }
  return clusters.filter((c) => c.at(-1)!.index >= start);
}

/** A line too short to class alone that still reads as a sentence. */
function isShortSentence(text: string): boolean {
  return textLength(text) < thresholds.lengthLow && endsLikeSentence(text) && words(text).length >= thresholds.shortSentenceMinWords;
}

// "300 Gramm Butter weich", "6 mittelgroße Eier", "1 tablespoon ground cinnamon", "120g kway teow";
// not a count and an abbreviation ("13 Fl" in a shop's list).
const QUANTITY = /^(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])\s?(?:\p{L}{3}|\p{L}+\s+\p{L})/u;

/**
 * A list of quantities between two parts of the article (an ingredient list: "300 Gramm Butter",
 * "6 mittelgroße Eier") is article text, though each item alone reads as furniture: a run of at
 * least `quantityListMinItems` short lines that open with a number, no rule claimed, between two
 * kept lines.
 */
function withQuantityLists(lines: readonly Line[], kept: Line[], isTaken: (i: number) => boolean): Line[] {
  const [first, last] = [kept[0]?.index, kept.at(-1)?.index];
  if (first === undefined || last === undefined) return kept;
  const keptAt = new Set(kept.map((l) => l.index));
  const isItem = (i: number) => !keptAt.has(i) && !isTaken(i) && QUANTITY.test(lines[i]!.text) && words(lines[i]!.text).length <= thresholds.quantityListMaxWords;
  const items: Line[] = [];
  for (let i = first + 1; i < last; i++) {
    let j = i;
    while (j < last && isItem(j)) j++;
    if (j - i >= thresholds.quantityListMinItems) items.push(...lines.slice(i, j));
    i = j;
  }
  return items.length > 0 ? [...kept, ...items].sort((a, b) => a.index - b.index) : kept;
}

/** Options of `pickBody`. */
export interface PickBodyOptions {
  /** Lines the author step read as a byline: one found under most of the text ends the article. */
  isByline?: (i: number) => boolean;
  /** Lead-in lines ("Mehr zum Thema:", "READ MORE:"): one ending in a colon opens a list of links. */
  isLeadIn?: (i: number) => boolean;
  /** The writer's name (byline or front matter): an author box under the text that names them ends the article. */
  author?: string | null;
}

/** Builds the body from the lines after the headline that the classifier keeps. */
export function pickBody(lines: readonly Line[], start: number, classes: readonly LineClass[], isTaken: (i: number) => boolean, options: PickBodyOptions = {}): BodyPick {
  const dropped = new Map<number, string>();
  // A comments heading under some prose ends the article before clusters are weighed: a thread
  // longer than the article must not outweigh it.
  const comments = commentsHeadingAt(lines, start, (l) => !isTaken(l.index) && classes[l.index] === 'good');
  const isGood = (l: Line) => l.index < comments && !isTaken(l.index) && classes[l.index] === 'good';
  // The article ends at the first "Related stories" / "Comments" heading after the opening lines
  // of its first sizeable cluster (a small gallery or teaser above the story may carry one too).
  const clusters = clustersOf(lines, isGood, start);
  const best = Math.max(0, ...clusters.map(textSize));
  const opening = clusters.find((c) => textSize(c) >= best * thresholds.minClusterShare)?.[0]?.index;
  // A "Related stories" box inside the article (a few teaser titles, then the article's prose goes
  // on) is skipped, not taken for the end; a comments heading always ends the article.
  let endAt: number | undefined;
  const inBox = new Set<number>();
  for (const l of opening === undefined ? [] : lines) {
    if (l.index <= opening! + 1 || !isEndMarker(l.text)) continue;
    const resume = isCommentHeading(l.text) ? undefined : proseResumesAt(lines, l.index, classes, isTaken);
    if (resume === undefined) {
      endAt = l.index;
      break;
    }
    for (let i = l.index; i < resume; i++) {
      inBox.add(i);
      dropped.set(i, 'inline-box');
    }
  }
  if (endAt === undefined && comments < lines.length) endAt = comments;
  if (endAt !== undefined) dropped.set(endAt, 'end-marker');
  const inArticle = (l: Line) => (endAt === undefined || l.index < endAt) && !inBox.has(l.index);
  // Lines above the headline count only in a cluster that runs on past it: then the line taken
  // for the headline was a subheading inside the article.
  let kept = mainClusters(lines, (l) => inArticle(l) && isGood(l), start);
  // Fallback when no line reads as prose (a table, a list, a language without a word list):
  // the long lines after the headline, which beats an empty article.
  if (kept.length === 0) kept = lines.filter((l) => l.index >= start && inArticle(l) && !isTaken(l.index) && l.text.length >= thresholds.lengthLow);
  // The lede: sentences standing directly between the headline and the first body line are
  // article text, even when short (their context above is the headline, which reads as 'bad').
  const lede: Line[] = [];
  for (let i = (kept[0]?.index ?? start) - 1; i >= start; i--) {
    const line = lines[i]!;
    if (isTaken(i) || !endsLikeSentence(line.text) || words(line.text).length < thresholds.ledeMinWords) break;
    lede.unshift(line);
  }
  kept = [...lede, ...kept];
  // A short sentence right beside a kept line (an opening question, a closing remark) is article
  // text too, though only one of its sides is prose; so is a run of them (a list of short
  // sentences: "Du wirst manchmal sehr empfindsam sein."), taken from the kept line outwards.
  const keptAt = new Set(kept.map((l) => l.index));
  const isBeside = (l: Line) => l.index >= start && inArticle(l) && !isTaken(l.index) && isShortSentence(l.text);
  const beside: Line[] = [];
  for (const l of kept) {
    for (const step of [-1, 1]) {
      for (let i = l.index + step; i >= 0 && i < lines.length && !keptAt.has(i) && isBeside(lines[i]!); i += step) {
        keptAt.add(i);
        beside.push(lines[i]!);
      }
    }
  }
  if (beside.length > 0) kept = [...kept, ...beside].sort((a, b) => a.index - b.index);
  kept = withQuantityLists(lines, kept, (i) => isTaken(i) || !inArticle(lines[i]!));
  kept = cutAtDatedItems(lines, kept, isTaken, dropped);
  if (options.isByline) kept = cutAtByline(kept, options.isByline, dropped);
  kept = cutAtAuthorBox(lines, kept, dropped);
  if (options.author) kept = cutAtAuthorName(lines, kept, options.author, dropped);
  kept = dropLinkLists(lines, kept, options.isLeadIn ?? (() => false), dropped);
  // Trailing short lines without sentence punctuation are teaser titles, comment and share widgets.
  let end = kept.length;
  while (end > 0) {
    const text = kept[end - 1]!.text;
    if (words(text).length >= thresholds.trailingMinWords || (endsLikeSentence(text) && words(text).length >= 4)) break;
    dropped.set(kept[end - 1]!.index, 'trailing-short-line');
    end--;
  }
  kept = [...kept.slice(0, end), ...signOff(lines, kept[end - 1]?.index, isTaken)];
  end = kept.length;
  const paragraphs: string[] = [];
  const used: number[] = [];
  const keptIndexes = new Set(kept.slice(0, end).map((l) => l.index));
  for (const line of kept.slice(0, end)) {
    // A title-cased line is a link card, unless kept lines stand right above and below it: then
    // it is a subheading inside the article.
    if (isTitleCaseLine(line.text) && words(line.text).length >= 5 && !(keptIndexes.has(line.index - 1) && keptIndexes.has(line.index + 1))) {
      dropped.set(line.index, 'title-case-link');
      continue;
    }
    used.push(line.index);
    paragraphs.push(...splitGlued(line.text));
  }
  return { paragraphs, lines: used, dropped };
}
