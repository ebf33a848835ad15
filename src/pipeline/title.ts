/**
 * Step 5: the headline. On a dumped web page the headline stands just above the article text,
 * below menus, breadcrumbs and section labels, often followed by a byline, a date or a caption.
 * So the search walks up from the first body line; the first line that reads like a headline
 * wins. A headline repeated (h1 + breadcrumb, or h1 twice) is one title and counts as evidence.
 */
import type { Provenance, Step } from '../types.ts';
import titleRules from '../heuristics/title.json' with { type: 'json' };
import { parseDateText, readDateLine } from './date-line.ts';
import { hasNameShape, isNameLine, readByline } from './author.ts';
import { type Line, endsLikeSentence, fold, words } from './lines.ts';
import { INVISIBLE, breadcrumbTail, stripPageLabels } from './title-clean.ts';
import { ARTICLE_START, CREDIT, CREDIT_LABEL, FULL_STOP, HEADLINE_CLOSE, META_START, WIDGET_META, isBareCounter, isDateMeta, isMetaLine, notHeadlineBecause, oneWord } from './title-lines.ts';

export { isMetaLine, looksLikeHeadline, notHeadlineBecause } from './title-lines.ts';
export { breadcrumbTail, stripPageLabels, stripSourceFromTitle } from './title-clean.ts';
export { mainTextStart, pickSubtitle } from './title-neighbours.ts';

export interface TitlePick {
  title: string | undefined;
  /** Indexes of the lines that hold the title (a headline repeated twice is one title). */
  lines: number[];
}

/** How far above the first body line a headline may stand (bylines, dates, captions between). */
const WINDOW_ABOVE = 12;
/** How far below the first body line: a site tagline may read like prose above the headline. */
const WINDOW_BELOW = 3;
/** Fallback when no body line was found: the top of the page. */
const HEADLINE_WINDOW = 15;

/** A headline candidate with its score, the rule it would win by and the features that scored it. */
export interface TitleCandidate {
  line: Line;
  score: number;
  rule: string;
  why: string;
}

/**
 * Scores every headline candidate around the body anchors: the first body line and the start of
 * the main text (they differ when a cookie notice or a teaser reads like prose above the article).
 * Distance counts only lines that are not furniture, so a run of share buttons between the
 * headline and the text does not push it out of reach.
 */
export function titleCandidates(
  lines: readonly Line[],
  isFurniture: (i: number) => boolean,
  anchors: number | readonly number[] = -1,
  isProse: (i: number) => boolean = () => false,
): TitleCandidate[] {
  const starts = [...new Set(typeof anchors === 'number' ? [anchors] : anchors)].filter((a) => a >= 0);
  const folded = lines.map((l) => fold(l.text));
  const counts = new Map<string, number>();
  for (const f of folded) counts.set(f, (counts.get(f) ?? 0) + 1);
  const best = new Map<number, TitleCandidate>();
  starts.forEach((anchor, k) => {
    const main = k === starts.length - 1 && starts.length > 1;
    for (const { line, distance } of windowAround(lines, isFurniture, anchor, main ? 0 : WINDOW_BELOW + 1)) {
      const scored = scoreCandidate(lines, folded, counts, line, anchor, distance, isFurniture, isProse);
      if (!scored) continue;
      if (main) {
        // Far below the first prose line, only a headline with a byline, a date or a repeat counts.
        if (!/meta|rep/.test(scored.why) && distance > titleRules.mainBareDistance) continue;
        scored.score += titleRules.mainTextBonus;
        scored.why += ' main';
      }
      const seen = best.get(line.index);
      if (!seen || seen.score < scored.score) best.set(line.index, scored);
    }
  });
  return [...best.values()].sort((x, y) => x.line.index - y.line.index);
}

/** True when line i repeats elsewhere on the page together with a neighbouring line (a copied menu or link list). */
function inRepeatedBlock(folded: readonly string[], i: number): boolean {
  const key = folded[i]!;
  for (let j = 0; j < folded.length; j++) {
    if (j === i || folded[j] !== key || Math.abs(j - i) === 1) continue;
    if ((folded[i - 1] !== undefined && folded[i - 1] === folded[j - 1]) || (folded[i + 1] !== undefined && folded[i + 1] === folded[j + 1])) return true;
  }
  return false;
}

/**
 * A one-word line right above the text that the text's first lines take up ("Ischgl" over
 * "Ischgl hat sich ..."): a one-word headline, which elsewhere would be a section label.
 */
function namesTheText(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text.replace(/[.!?…]+$/, '');
  const [word] = words(text);
  if (!word || !oneWord(text)) return false;
  const lead = lines.slice(i + 1, i + 1 + titleRules.oneWordLeadLines).flatMap((l) => words(l.text.toLowerCase()));
  return lead.includes(word.toLowerCase());
}

/** True when the next line that is not furniture opens with a byline or a date: what stands under a headline. */
function datedBelow(lines: readonly Line[], i: number, isFurniture: (i: number) => boolean): boolean {
  for (let j = i + 1; j < lines.length; j++) if (!isFurniture(j)) return META_START.test(lines[j]!.text) || isDateMeta(lines[j]!.text);
  return false;
}

/** The headline after a date that opens a line, when what follows reads as a headline of its own. */
function afterLeadingDate(text: string): string | undefined {
  const date = parseDateText(text);
  if (!date || !text.startsWith(date.matched)) return undefined;
  const rest = text.slice(date.matched.length).replace(/^[\s|,·•–—-]+/, '');
  if (words(rest).length < titleRules.datedHeadlineMinWords || readByline(rest) !== undefined) return undefined;
  return notHeadlineBecause(rest) === undefined ? rest : undefined;
}

/** The candidate lines above an anchor (up to WINDOW_ABOVE lines that are not furniture) and just below it. */
function windowAround(lines: readonly Line[], isFurniture: (i: number) => boolean, anchor: number, belowCount: number): { line: Line; distance: number }[] {
  const out: { line: Line; distance: number }[] = [];
  let distance = 0;
  for (let i = anchor - 1; i >= 0 && distance < WINDOW_ABOVE; i--) {
    // A run of share buttons between the headline and the text is furniture too ("Share this with Facebook").
    if (isFurniture(i) || WIDGET_META.test(lines[i]!.text)) continue;
    distance++;
    if (isCandidate(lines[i]!, isFurniture) || (i === anchor - 1 && namesTheText(lines, i)) || (oneWord(lines[i]!.text) && datedBelow(lines, i, isFurniture))) out.push({ line: lines[i]!, distance });
    else if (!isFurniture(i)) {
      // A date glued before the headline ("Jun 17 Das schönste Ende der Welt"): the headline competes without it.
      const rest = afterLeadingDate(lines[i]!.text);
      if (rest) out.push({ line: { ...lines[i]!, text: rest }, distance });
    }
  }
  for (let i = anchor; i < anchor + belowCount && i < lines.length; i++) {
    if (isCandidate(lines[i]!, isFurniture)) out.push({ line: lines[i]!, distance: anchor - i });
  }
  return out;
}

/** One candidate's score from its features; undefined when it cannot win (below the text without a byline). */
function scoreCandidate(
  lines: readonly Line[],
  folded: readonly string[],
  counts: ReadonlyMap<string, number>,
  line: Line,
  anchor: number,
  distance: number,
  isFurniture: (i: number) => boolean,
  isProse: (i: number) => boolean,
): TitleCandidate | undefined {
  const key = folded[line.index]!;
  const text = line.text;
  const n = words(text).length;
  const why: string[] = [];
  let score = -titleRules.distancePenalty * Math.max(0, distance);
  let rule = 'line-above-body';
  // A byline or date line right below is the strongest sign of a headline; a standfirst or a
  // caption may stand between them. A widget (share buttons, a comment count, tags) is weaker:
  // it stands under a lead paragraph or a caption as often, so it does not make a sentence a headline.
  const below = lines.slice(line.index + 1, line.index + 5).filter((l) => folded[l.index] !== key).slice(0, 3);
  const metaAt = below.findIndex((l) => isMetaLine(l.text));
  const strongMeta = below.slice(0, 2).some((l) => (META_START.test(l.text) && !WIDGET_META.test(l.text)) || isDateMeta(l.text) || /^\d{1,2}:\d{2}\b/.test(l.text));
  if (metaAt >= 0) {
    // A bare counter or price ("652 Ratings", "6,90 euros") is weaker evidence than a byline or a date.
    const weak = isBareCounter(below[metaAt]!.text) ? titleRules.counterShare : 1;
    score += weak * (metaAt < 2 ? titleRules.metaBelowBonus : titleRules.metaBelowBonus * titleRules.metaThirdShare);
    rule = 'headline-above-byline';
    why.push(`meta${metaAt + 1}`);
  }
  // The line after a "Credit..." label is the credit.
  if (CREDIT_LABEL.test(lines[line.index - 1]?.text ?? '')) return undefined;
  // Below the first body line only a headline with its byline or date counts (a tagline came
  // first); the first body line itself may be a long headline that reads like prose.
  // A headline-shaped line with prose right under it is the exception: the anchor was a stray
  // prose line above the article (a search hint, a tagline), so it pays the distance back.
  if (line.index > anchor && !strongMeta) {
    if (!strayAnchor(lines, anchor, line.index, isProse) || /[^.]\.["”»’)]?$/.test(text) || !proseFollows(lines, line.index, isFurniture, isProse)) return undefined;
    score -= titleRules.belowAnchorPenalty * (line.index - anchor);
    why.push('below');
  }
  // The first prose line may be a long headline; one ending like a sentence is the text's first
  // sentence, unless a closing quote, a bracket or an exclamation mark ends it ('... por Berrios: “Que la justicia investigue”').
  if (line.index === anchor && !strongMeta && endsLikeSentence(text) && !HEADLINE_CLOSE.test(text)) return undefined;
  // A bare name right above a date or a byline is the author's line.
  // "Der Holländerholzhandel" is shaped like a name, but no name opens with an article.
  const name = hasNameShape(text) && !ARTICLE_START.test(text);
  // Not when that line names the writer itself ("Kolumnist*in: Jane Doe") or is a bare counter ("652 Ratings").
  if (name && metaAt >= 0 && metaAt <= 1 && datesTheAuthor(below[metaAt]!.text)) return undefined;
  // Headline-like neighbours: a short kicker stands above the headline, a longer standfirst below it.
  const neighbour = (step: number): Line | undefined => {
    for (let i = line.index + step; i >= 0 && i < lines.length; i += step) {
      if (folded[i] === key) continue;
      if (!isFurniture(i)) return isCandidate(lines[i]!, isFurniture) ? lines[i] : undefined;
    }
    return undefined;
  };
  const [aboveLine, nextLine] = [neighbour(-1), neighbour(1)];
  const [above, next] = [aboveLine ? words(aboveLine.text).length : 0, nextLine ? words(nextLine.text).length : 0];
  // A sentence under a headline that is none is its standfirst, however short.
  const sentenceUnder = FULL_STOP.test(text) && aboveLine !== undefined && !FULL_STOP.test(aboveLine.text);
  if (above >= titleRules.kickerMaxWords + 1 && ((n > above && (n >= titleRules.standfirstMinWords || endsLikeSentence(text))) || sentenceUnder)) {
    score -= sentenceUnder ? titleRules.sentenceUnderPenalty : titleRules.neighbourPenalty;
    why.push('standfirst');
  }
  // The first prose line right under a headline-shaped line (not a kicker, not a label in
  // capitals) is the text's lead: a standfirst, a caption, the first paragraph, however much it
  // reads like a headline ("Headline / Standfirst / By Jane Doe / text").
  if (line.index === anchor && above > titleRules.kickerMaxWords && aboveLine !== undefined && /\p{Ll}/u.test(aboveLine.text)) {
    score -= titleRules.leadLinePenalty;
    why.push('lead-line');
  }
  if (n <= titleRules.kickerMaxWords && next > n) {
    score -= titleRules.kickerPenalty;
    why.push('kicker');
  }
  // Repeated on the page (h1 + breadcrumb, "1 Comment on <headline>", "Headline | Site").
  const within = key.length >= 8 ? folded.filter((f, i) => i !== line.index && f !== key && f.includes(key)).length : 0;
  const same = (counts.get(key) ?? 0) - 1;
  // A copy whose neighbour is copied too belongs to a repeated block (the menu again in the
  // footer), not to a headline repeated on purpose (h1 and breadcrumb, h1 twice).
  if (within > 0 || (same > 0 && same <= 2 && !inRepeatedBlock(folded, line.index))) {
    score += titleRules.repeatedBonus;
    if (rule === 'line-above-body') rule = 'repeated-headline-line';
    why.push('rep');
  }
  // Printed twice in a row (the h1 and its copy in a header widget): the headline.
  if (same > 0 && same <= 2 && (folded[line.index - 1] === key || folded[line.index + 1] === key)) {
    score += titleRules.twiceBonus;
    why.push('twice');
  }
  // Inside a run of short lines (a menu, a tag list) rather than at its end, above the text. A
  // byline, an author's name or a photo credit under a headline is no menu entry.
  const menuEntry = (i: number) => {
    const t = lines[i]?.text;
    return t !== undefined && folded[i] !== key && words(t).length <= titleRules.menuLineMaxWords && !isMetaLine(t) && !isNameLine(t) && !CREDIT.test(t);
  };
  if (metaAt !== 0 && menuEntry(line.index - 1) && menuEntry(line.index + 1) && menuEntry(line.index + 2)) {
    score -= titleRules.menuRunPenalty;
    why.push('menu');
  }
  // A line printed many times over is a menu or widget label.
  if (same > 2) score -= titleRules.shortPenalty;
  const content = words(text.toLowerCase()).filter((w) => w.length >= 4);
  if (content.length > 0) {
    const start = Math.max(anchor, line.index + 1);
    const lead = new Set(
      lines
        .slice(start, start + 8)
        // The line's own copy (a menu printed again below) is no echo in the text.
        .filter((l) => !folded[l.index]!.includes(key))
        .flatMap((l) => words(l.text.toLowerCase()))
        .filter((w) => w.length >= 4),
    );
    const matched = content.filter((w) => lead.has(w)).length;
    const share = matched / content.length;
    score += titleRules.leadOverlapBonus * (matched / Math.max(content.length, titleRules.leadMinWords));
    if (share > 0) why.push(`lead${share.toFixed(1)}`);
  }
  if (n < 3) score -= titleRules.shortPenalty;
  // Long lines are standfirsts or teasers more often than headlines.
  if (n > titleRules.longWords) score -= titleRules.shortPenalty / 2;
  // Buttons and section labels are set in capitals; headlines rarely are.
  if (n <= 4 && !/\p{Ll}/u.test(text)) score -= titleRules.shortPenalty;
  // A sentence with a full stop is more often a teaser than a headline.
  if (/\.$/.test(text) && !/\.\.\.$/.test(text)) score -= titleRules.sentencePenalty;
  // A sentence right above a photo credit is the photo's caption.
  const under = lines[line.index + 1]?.text ?? '';
  if (FULL_STOP.test(text) && (CREDIT.test(under) || CREDIT_LABEL.test(under))) {
    score -= titleRules.captionPenalty;
    why.push('caption');
  }
  // A bare name is more often the author's line than a headline.
  if (name) {
    score -= titleRules.namePenalty;
    why.push('name');
  }
  return { line, score, rule, why: why.join(' ') };
}

/** True when the anchor is the only prose line above line i (a date line between does not count). */
function strayAnchor(lines: readonly Line[], anchor: number, i: number, isProse: (i: number) => boolean): boolean {
  for (let j = anchor + 1; j < i; j++) if (isProse(j) && !readDateLine(lines[j]!.text)) return false;
  return true;
}

/** True when the next line that is not furniture is prose: the text starts right under line i. */
function proseFollows(lines: readonly Line[], i: number, isFurniture: (i: number) => boolean, isProse: (i: number) => boolean): boolean {
  for (let j = i + 1; j < lines.length; j++) if (!isFurniture(j)) return isProse(j);
  return false;
}

/** A meta line that dates a name above it: not a byline naming someone else, not a bare counter. */
function datesTheAuthor(text: string): boolean {
  if (readByline(text) !== undefined) return false;
  return !isBareCounter(text);
}

/** A line that may be a headline: not furniture, a date, a meta or credit line, a bare name or an arrow link. */
function isCandidate(line: Line, isFurniture: (i: number) => boolean): boolean {
  return !isFurniture(line.index) && notHeadlineBecause(line.text) === undefined;
}

/** Picks the headline among lines not already labelled as furniture, above the first body line. */
export function pickTitle(
  lines: readonly Line[],
  isFurniture: (i: number) => boolean,
  anchors: number | readonly number[] = -1,
  isProse: (i: number) => boolean = () => false,
): Step<TitlePick> {
  // Anchors were looked for but no prose line was found (a short post, a script the stop words
  // do not cover): the first long line stands in for the text, so a headline above its byline
  // can still win. A caller that looked for none (a lone -1) gets the top of the page.
  const searchedInVain = typeof anchors !== 'number' && anchors.every((a) => a < 0);
  const stand = searchedInVain ? lines.findIndex((l) => words(l.text).length >= titleRules.fallbackAnchorWords) : anchors;
  const scored = titleCandidates(lines, isFurniture, stand, isProse);
  let best = scored.reduce<TitleCandidate | undefined>((a, c) => (!a || c.score > a.score ? c : a), undefined);
  if (!best) {
    const top = lines.slice(0, HEADLINE_WINDOW).find((l) => isCandidate(l, isFurniture) && words(l.text).length >= 3 && !/[^.]\.$/.test(l.text));
    if (top) best = { line: top, score: -1, rule: 'first-headline-line', why: '' };
  }
  if (!best) return { value: { title: undefined, lines: [] }, messages: [] };
  const found = best.line;
  const key = fold(found.text);
  const picked = lines.filter((l) => Math.abs(l.index - found.index) <= 2 && fold(l.text) === key).map((l) => l.index);
  const confidence = best.rule === 'first-headline-line' ? 0.3 : Math.max(0.35, Math.min(0.9, 0.6 + best.score / 5));
  const provenance: Provenance = { rule: best.rule, evidence: found.text.slice(0, 200), confidence: Math.round(confidence * 100) / 100 };
  // Soft hyphens and zero-width marks break words for the page's layout, not for the reader.
  const title = stripPageLabels(breadcrumbTail(found.text), lines).replace(INVISIBLE, '');
  return { value: { title, lines: picked }, provenance, messages: [] };
}
