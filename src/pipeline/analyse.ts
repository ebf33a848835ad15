/**
 * The per-article pipeline: decoded text -> draft record. Each step is pure; this file only
 * wires them in their fixed order and records which rule produced each field.
 */
import type { LearnedBoilerplate } from '../archive/learned-boilerplate.ts';
import { message } from '../messages.ts';
import type { EventMention, Message, Provenance, Published, RawEntity } from '../types.ts';
import { labelBoilerplate } from './boilerplate.ts';
import { pickAuthor } from './author.ts';
import { classifyLines, pickBody } from './body.ts';
import { estimatePublished } from './date-estimate.ts';
import { findEvents } from './events.ts';
import { findEntities } from './entities.ts';
import { splitFrontMatter } from './front-matter.ts';
import { detectLanguage, stopWordsFor } from './language.ts';
import { pickPublished } from './publication-date.ts';
import { reflow } from './reflow.ts';
import { type Line, toLines, words } from './lines.ts';
import { canonicalSource, pickSource } from './source.ts';
import { textSignature } from './text-signature.ts';
import { mainTextStart, pickSubtitle, pickTitle, stripSourceFromTitle } from './title.ts';

/** A record before archive-wide steps give it an id, a URL and resolved entities. */
export interface ArticleDraft {
  file: string;
  title: string;
  subtitle: string | null;
  source: string | null;
  author: string | null;
  authorBio: string | null;
  published: Published | null;
  language: string;
  body: string[];
  rawEntities: RawEntity[];
  /** Dated events the body mentions (relative dates resolved against a known publication date). */
  events: EventMention[];
  /** The body's text signature, for finding the same story told elsewhere (see text-signature.ts). */
  signature?: string | null;
  slug: string | undefined;
  originalUrl: string | undefined;
  provenance: Record<string, Provenance>;
  messages: Message[];
  /**
   * A digest of everything the draft was made from (the file's name and text, what else its
   * analysis read, the pipeline version): equal keys, equal drafts. Set by extract(), not cached.
   */
  contentKey?: string;
}

/** Options of `analyseText`; every field is optional and the defaults give the full record. */
export interface AnalyseOptions {
  /** Detect named entities (default true). Off for quality runs that only score extraction. */
  entities?: boolean;
  /** Lines learned as boilerplate across the archive (see `archive/learned-boilerplate.ts`). */
  learned?: LearnedBoilerplate;
}

const FROM_FRONT_MATTER = (value: string): Provenance => ({ rule: 'front-matter', evidence: value.slice(0, 200), confidence: 1 });

/** Runs every pipeline step over one article's text. Returns undefined when nothing is left to archive. */
export function analyseText(text: string, file: string, options: AnalyseOptions = {}): { draft: ArticleDraft | undefined; messages: Message[] } {
  const messages: Message[] = [];
  const provenance: Record<string, Provenance> = {};
  const fm = splitFrontMatter(text, file);
  messages.push(...fm.messages);
  const data = fm.value.data;
  // Hard-wrapped wire text becomes one line per paragraph first, as scraper dumps are.
  const lines = toLines(reflow(fm.value.content).value);
  if (lines.length === 0 && !data.title) {
    return { draft: undefined, messages: [...messages, message('empty-article', '', file)] };
  }

  // Publisher evidence first: a site name also marks its captions as furniture.
  const sourceStep = pickSource(lines, pickTitle(lines, () => false).value.title);
  const siteNames = sourceStep.value ? [sourceStep.value, ...siteNameLines(lines)] : siteNameLines(lines);
  const labels = labelBoilerplate(lines, siteNames, options.learned);
  const taken = new Map<number, string>();
  labels.forEach((l, i) => {
    if (l.rule) taken.set(i, l.rule);
  });

  // Prose versus furniture by length and stop-word density in the page's language (jusText).
  const pageGuess = detectLanguage(proseSample(lines));
  const pageLanguage = pageGuess.value;
  // Furniture inside the story (a READ MORE link, a caption, a separator line of symbols, a "– Name"
  // attribution under a quote) must not cut the paragraphs around it off from each other.
  const inline = new Set(['lead-in', 'site-caption', 'no-letters', 'caption-credit', 'picture-caption', 'site-name']);
  const classes = classifyLines(lines, (i) => taken.has(i), stopWordsFor(pageLanguage), (i) => inline.has(taken.get(i) ?? ''));
  // The text starts at the first prose line or the photo caption above it (the headline's anchor).
  const firstBody = classes.findIndex((c, i) => c === 'good' || taken.get(i) === 'caption-credit');

  // The headline stands above the first prose line or above the main text, when they differ.
  const mainStart = mainTextStart(lines, (i) => !taken.has(i) && classes[i] === 'good');
  // A short line of repeated words ("the ... the ... the") is furniture to the body, not to the headline.
  const titleStep = pickTitle(lines, (i) => taken.has(i) && taken.get(i) !== 'repetitive', [firstBody, mainStart], (i) => classes[i] === 'good');
  for (const i of titleStep.value.lines) taken.set(i, 'title');
  const subtitleStep = pickSubtitle(lines, titleStep.value.lines, (i) => taken.has(i));
  const subtitleLine = titleStep.value.lines.at(-1);
  if (subtitleStep.value && subtitleLine !== undefined) taken.set(subtitleLine + 1, 'subtitle');
  const titleStart = titleStep.value.lines.at(-1) ?? -1;

  // The page's own date line; a date only mentioned in the story never counts. Boilerplate
  // rules may claim date lines, so only the headline is off limits here.
  const dateStep = pickPublished(lines, titleStart, { isTaken: (i) => titleStep.value.lines.includes(i), language: pageLanguage, file });
  messages.push(...dateStep.messages);
  let published: Published | null = dateStep.value;
  if (dateStep.value && dateStep.line !== undefined) {
    taken.set(dateStep.line, 'date-line');
    provenance.published = dateStep.provenance!;
  }
  // Everything above the headline that no rule claimed is header furniture (taglines, sections).
  for (const line of lines) if (line.index < titleStart && !taken.has(line.index)) taken.set(line.index, 'above-headline');

  // Bylines often share a line with the date or sit among furniture: only the headline is off limits.
  const authorStep = pickAuthor(lines, new Set(titleStep.value.lines), titleStep.value.lines[0] ?? -1, mainStart, dateStep.line ?? -1);
  for (const i of authorStep.value.lines) taken.set(i, 'byline');

  const bodyStep = pickBody(lines, titleStart + 1, classes, (i) => taken.has(i) && taken.get(i) !== 'above-headline', { isByline: (i) => taken.get(i) === 'byline', isLeadIn: (i) => taken.get(i) === 'lead-in', author: data.author ?? authorStep.value.author });
  const body = bodyStep.paragraphs;

  const source = data.source ? canonicalSource(data.source) : (sourceStep.value ?? null);
  if (data.source) provenance.source = FROM_FRONT_MATTER(data.source);
  else if (sourceStep.provenance) provenance.source = sourceStep.provenance;

  let title = data.title ?? (titleStep.value.title ? stripSourceFromTitle(titleStep.value.title, source ?? undefined) : undefined);
  if (data.title) provenance.title = FROM_FRONT_MATTER(data.title);
  else if (titleStep.provenance) provenance.title = titleStep.provenance;
  if (!title) {
    title = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
    provenance.title = { rule: 'file-name', evidence: file, confidence: 0.1 };
    messages.push(message('no-title', '', file));
  }

  if (data.published) {
    published = data.published;
    provenance.published = FROM_FRONT_MATTER(data.published.date);
  }
  // No date line: an estimate from the text ("six years after" a dated event), never a day.
  if (!published) {
    const estimate = estimatePublished([title, ...body]);
    if (estimate.value) [published, provenance.published] = [estimate.value, estimate.provenance!];
  }
  if (!published || published.estimated) messages.push(message('undated', published ? `estimated ${published.date}` : '', file));

  const author = data.author ?? authorStep.value.author ?? null;
  if (data.subtitle) provenance.subtitle = FROM_FRONT_MATTER(data.subtitle);
  else if (subtitleStep.provenance) provenance.subtitle = subtitleStep.provenance;
  if (data.author) provenance.author = FROM_FRONT_MATTER(data.author);
  else if (authorStep.provenance) provenance.author = authorStep.provenance;

  const languageStep = detectLanguage(body.join('\n') || title, pageGuess);
  const language = data.language ?? languageStep.value;
  provenance.language = data.language ? FROM_FRONT_MATTER(data.language) : languageStep.provenance!;
  const fellBack = bodyStep.lines.length > 0 && bodyStep.lines.every((i) => classes[i] !== 'good');
  provenance.body = {
    rule: fellBack ? 'long-lines-fallback' : 'prose-line-clusters',
    evidence: `${body.length} paragraphs from ${bodyStep.lines.length} of ${lines.length} lines; stop words: ${stopWordsFor(pageLanguage) ? pageLanguage : 'none (punctuation)'}`,
    confidence: fellBack ? 0.3 : 0.7,
  };

  const draft: ArticleDraft = {
    file,
    title,
    subtitle: data.subtitle ?? subtitleStep.value ?? null,
    source,
    author,
    authorBio: authorStep.value.bio ?? null,
    published,
    language,
    body,
    events: findEvents(body, published, language),
    rawEntities: options.entities === false ? [] : findEntities([title, ...body].join('\n\n')),
    signature: textSignature(body),
    slug: data.slug,
    originalUrl: data.url,
    provenance,
    messages,
  };
  return { draft, messages };
}

function siteNameLines(lines: readonly { text: string }[]): string[] {
  return lines.slice(0, 5).flatMap((l) => {
    const m = /^[-–|•]\s*(.{2,40})$/.exec(l.text);
    return m?.[1] ? [m[1]] : [];
  });
}

/** The page's longer lines: a language sample that menus and link lists do not skew. */
function proseSample(lines: readonly Line[]): string {
  const long = lines.filter((l) => words(l.text).length >= 8).map((l) => l.text);
  return (long.length > 0 ? long : lines.map((l) => l.text)).join('\n').slice(0, 1500);
}
