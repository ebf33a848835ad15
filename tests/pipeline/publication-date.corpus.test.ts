/**
 * Floors for publication dates on the extraction corpus (../shared/corpora/extraction, read at run
 * time; skipped when it is missing). The floors only rise: `npx tsx scripts/eval-dates.ts` prints
 * the figures by half and by subset.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/pipeline/language.ts';
import { toLines } from '../../src/pipeline/lines.ts';
import { pickPublished } from '../../src/pipeline/publication-date.ts';
import { pickTitle } from '../../src/pipeline/title.ts';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpora/extraction');
const present = fs.existsSync(path.join(corpus, 'gold.jsonl'));

/** Same day on pages with a gold date (traf: human, aeb: silver), and wrong dates: at least / at most. */
const FLOOR = { sameDay: 0.73, wrong: 0.055, spurious: 0.1 };

describe('publication dates on the extraction corpus', () => {
  it.skipIf(!present)('keeps the same-day, wrong and spurious rates within their floors', () => {
    let dated = 0;
    let right = 0;
    let wrong = 0;
    let undated = 0;
    let spurious = 0;
    for (const row of fs.readFileSync(path.join(corpus, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const g = JSON.parse(row) as { id: string; date: string | null; annotated: { date: boolean }; silver?: { date?: string | null } };
      const lines = toLines(fs.readFileSync(path.join(corpus, 'dumps', `${g.id}.txt`), 'utf8'));
      const title = pickTitle(lines, () => false).value.lines.at(-1) ?? -1;
      const language = () => detectLanguage(lines.map((l) => l.text).join('\n')).value;
      const predicted = pickPublished(lines, title, { language }).value?.date;
      const expected = g.date ?? g.silver?.date;
      if (expected) {
        dated++;
        if (predicted === expected) right++;
        else if (predicted) wrong++;
      } else if (g.annotated.date) {
        undated++;
        if (predicted) spurious++;
      }
    }
    expect(right / dated).toBeGreaterThanOrEqual(FLOOR.sameDay);
    expect(wrong / dated).toBeLessThanOrEqual(FLOOR.wrong);
    expect(spurious / undated).toBeLessThanOrEqual(FLOOR.spurious);
  });
});
