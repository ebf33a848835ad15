/**
 * The lines around the headline: the standfirst under it and the start of the main text that
 * anchors the search for it. Split from title.ts, which scores the candidates.
 */
import bodyRules from '../heuristics/body.json' with { type: 'json' };
import titleRules from '../heuristics/title.json' with { type: 'json' };
import { readDateLine } from './date-line.ts';
import { type Line, words } from './lines.ts';
import { CREDIT, FULL_STOP, isMetaLine } from './title-lines.ts';
import type { Step } from '../types.ts';

/**
 * The standfirst: a sentence or two right under the headline, set apart from the article by a
 * byline, a date or page furniture below it ("headline / standfirst / By Jane Doe / text").
 * A first paragraph that runs straight into the next one is body text, not a standfirst.
 */
export function pickSubtitle(lines: readonly Line[], titleLines: readonly number[], isFurniture: (i: number) => boolean): Step<string | undefined> {
  const last = titleLines.at(-1);
  const none: Step<string | undefined> = { value: undefined, messages: [] };
  if (last === undefined) return none;
  const line = lines[last + 1];
  const after = lines[last + 2];
  if (!line || !after || isFurniture(line.index) || isMetaLine(line.text)) return none;
  const n = words(line.text).length;
  if (n < titleRules.standfirstWords[0]! || n > titleRules.standfirstWords[1]! || CREDIT.test(line.text)) return none;
  const dates = (l: Line | undefined) => l !== undefined && (isMetaLine(l.text) || readDateLine(l.text) !== undefined);
  // A short section label may stand between the standfirst and its byline ("TRD NATIONAL /").
  const label = words(after.text).length <= titleRules.kickerMaxWords && !FULL_STOP.test(after.text) && !CREDIT.test(after.text) && !/\d/.test(after.text);
  if (!dates(after) && !(label && dates(lines[last + 3]))) return none;
  return { value: line.text, provenance: { rule: 'standfirst-above-byline', evidence: line.text.slice(0, 200), confidence: 0.6 }, messages: [] };
}

/**
 * The first line of the largest run of prose lines (runs split where more than the body step's
 * `maxGap` lines stand between two good ones): where the article text most likely starts.
 */
export function mainTextStart(lines: readonly Line[], isGood: (i: number) => boolean): number {
  let [bestStart, bestSize, start, size, last] = [-1, 0, -1, 0, -Infinity];
  for (const line of lines) {
    if (!isGood(line.index)) continue;
    if (line.index - last > bodyRules.maxGap + 1) [start, size] = [line.index, 0];
    size += line.text.length;
    last = line.index;
    if (size > bestSize) [bestStart, bestSize] = [start, size];
  }
  return bestStart;
}
