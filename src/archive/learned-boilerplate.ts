/**
 * Archive-level boilerplate: a line that recurs across several articles is page furniture
 * (a menu item, a footer, a newsletter box), whatever its own features say. Learned in a
 * pre-pass over every text of the archive; the result is passed to each `analyseText` call.
 */
import settings from '../heuristics/learned-boilerplate.json' with { type: 'json' };
import { splitFrontMatter } from '../pipeline/front-matter.ts';
import { fold, toLines, words } from '../pipeline/lines.ts';
import { reflow } from '../pipeline/reflow.ts';
import { pickSource } from '../pipeline/source.ts';

/** Folded lines learned as boilerplate, with the number of articles each was seen in. */
export interface LearnedBoilerplate {
  lines: ReadonlyMap<string, number>;
}

export const NOTHING_LEARNED: LearnedBoilerplate = { lines: new Map() };

/** One article's short lines (folded), the only ones that can be learned, and its publisher. */
export interface ArticleLineKeys {
  source: string;
  keys: ReadonlySet<string>;
}

/** Reads an article's candidate lines once; both learning and matching use the result. */
export function lineKeys(text: string): ArticleLineKeys {
  const lines = toLines(reflow(splitFrontMatter(text, '').value.content).value);
  const keys = new Set<string>();
  for (const line of lines) {
    const n = words(line.text).length;
    if (n === 0 || n > settings.maxWords) continue;
    const key = fold(line.text);
    if (key) keys.add(key);
  }
  return { source: pickSource(lines, undefined).value ?? '', keys };
}

/** Learns the recurring lines of an archive from its raw texts (pure: texts in, table out). */
export function learnBoilerplate(texts: readonly string[]): LearnedBoilerplate {
  return learnFromKeys(texts.map(lineKeys));
}

/** Learns the recurring lines from articles' line keys (see `lineKeys`). */
export function learnFromKeys(articles: readonly ArticleLineKeys[]): LearnedBoilerplate {
  const global = new Map<string, number>();
  const bySource = new Map<string, Map<string, number>>();
  for (const { source, keys } of articles) {
    const group = bySource.get(source) ?? new Map<string, number>();
    bySource.set(source, group);
    for (const key of keys) {
      global.set(key, (global.get(key) ?? 0) + 1);
      if (source) group.set(key, (group.get(key) ?? 0) + 1);
    }
  }
  const learned = new Map<string, number>();
  for (const [key, count] of global) if (count >= settings.minArticles) learned.set(key, count);
  for (const group of bySource.values()) {
    for (const [key, count] of group) if (count >= settings.minArticlesSameSource) learned.set(key, Math.max(count, learned.get(key) ?? 0));
  }
  return { lines: learned };
}

/** True when a line was learned as boilerplate. */
export function isLearnedBoilerplate(learned: LearnedBoilerplate | undefined, text: string): boolean {
  return !!learned && learned.lines.size > 0 && learned.lines.has(fold(text));
}

/**
 * The learned lines among one article's line keys, sorted: all that an article's analysis depends
 * on from the archive-wide table (so it can travel to a worker and key the analysis cache).
 */
export function learnedLinesIn(learned: LearnedBoilerplate, article: ArticleLineKeys): string[] {
  return [...article.keys].filter((k) => learned.lines.has(k)).sort();
}

/** A table of just these learned lines. */
export function learnedFrom(lines: readonly string[]): LearnedBoilerplate {
  return { lines: new Map(lines.map((l) => [l, 1])) };
}
