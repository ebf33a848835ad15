/**
 * Scores publication-date picking on the extraction corpus (../shared/corpora/extraction), read at
 * run time. Pages are split into two halves by a hash of their id: "tune" (the half the weights
 * were tuned on) and "check" (held out). Prints, per half, same-day accuracy, wrong dates and
 * coverage over the pages with a gold date (traf: human gold; aeb: silver from page markup), the
 * spurious rate on pages annotated as undated, and how estimates fare on pages left undated.
 *
 *   npx tsx scripts/eval-dates.ts [--verbose] [--half tune|check]
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { estimatePublished, yearRange } from '../src/pipeline/date-estimate.ts';
import { detectLanguage } from '../src/pipeline/language.ts';
import { toLines } from '../src/pipeline/lines.ts';
import { pickPublished } from '../src/pipeline/publication-date.ts';
import { pickTitle } from '../src/pipeline/title.ts';

interface Gold {
  id: string;
  subset: string;
  date: string | null;
  annotated: { date: boolean };
  silver?: { date?: string | null };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpora/extraction');
if (!fs.existsSync(corpus)) {
  console.error(`corpus not found: ${corpus}`);
  process.exit(1);
}
const verboseFlag = process.argv.includes('--verbose');
const onlyHalf = process.argv.includes('--half') ? process.argv[process.argv.indexOf('--half') + 1] : undefined;

const gold: Gold[] = fs
  .readFileSync(path.join(corpus, 'gold.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

const half = (id: string) => (Number.parseInt(createHash('sha1').update(id).digest('hex').slice(0, 2), 16) < 128 ? 'tune' : 'check');

interface Tally {
  dated: number;
  right: number;
  wrong: number;
  none: number;
  undatedPages: number;
  spurious: number;
  estimates: number;
  estimateRight: number;
  estimateRange: number;
  estimateRangeHolds: number;
  nearMiss: number;
  lowerBound: number;
  lowerBoundHolds: number;
  lowerBoundExact: number;
}
const empty = (): Tally => ({ dated: 0, right: 0, wrong: 0, none: 0, undatedPages: 0, spurious: 0, estimates: 0, estimateRight: 0, estimateRange: 0, estimateRangeHolds: 0, nearMiss: 0, lowerBound: 0, lowerBoundHolds: 0, lowerBoundExact: 0 });
const tallies: Record<string, Tally> = { tune: empty(), check: empty(), all: empty(), 'all traf (human gold)': empty(), 'all aeb (silver)': empty() };

for (const g of gold) {
  const h = half(g.id);
  if (onlyHalf && h !== onlyHalf) continue;
  const ts = [tallies[h]!, tallies.all!, tallies[g.subset === 'traf' ? 'all traf (human gold)' : 'all aeb (silver)']!];
  const text = fs.readFileSync(path.join(corpus, 'dumps', `${g.id}.txt`), 'utf8');
  const lines = toLines(text);
  const title = pickTitle(lines, () => false);
  const titleLine = title.value.lines.at(-1) ?? -1;
  const language = () => detectLanguage(lines.map((l) => l.text).join('\n')).value;
  const pick = pickPublished(lines, titleLine, { language });
  const expected = g.date ?? g.silver?.date ?? null;
  for (const t of ts) tally(t, g, h, expected, pick, lines, titleLine, t !== tallies[h]);
}

function tally(t: Tally, g: Gold, h: string, expected: string | null, pick: ReturnType<typeof pickPublished>, lines: ReturnType<typeof toLines>, titleLine: number, quiet: boolean) {
  const verbose = !quiet && verboseFlag;
  const predicted = pick.value?.date ?? null;
  if (expected) {
    t.dated++;
    if (!predicted) t.none++;
    else if (predicted === expected) t.right++;
    else {
      t.wrong++;
      // Off by one day: usually the page's local day against a UTC day in the gold.
      if (Math.abs(Date.parse(predicted) - Date.parse(expected)) <= 86_400_000) t.nearMiss++;
    }
    if (verbose && predicted !== expected) console.log(`${h} ${g.id} gold=${expected} pred=${predicted} ${pick.provenance?.rule ?? ''} | ${pick.provenance?.evidence ?? ''}`);
  } else if (g.annotated.date) {
    t.undatedPages++;
    if (predicted) {
      t.spurious++;
      if (verbose) console.log(`${h} ${g.id} gold=none pred=${predicted} | ${pick.provenance?.evidence ?? ''}`);
    }
  }
  if (!predicted && expected) {
    const est = estimatePublished(lines.slice(Math.max(0, titleLine + 1)).map((l) => l.text));
    if (est.value) {
      t.estimates++;
      if (expected.startsWith(est.value.date)) t.estimateRight++;
      if (est.value.range) {
        t.estimateRange++;
        const y = expected.slice(0, 4);
        if (y >= est.value.range.from && y <= (est.value.range.to ?? '9999')) t.estimateRangeHolds++;
      }
      if (verbose) console.log(`${h} ${g.id} estimate gold=${expected} est=${JSON.stringify(est.value)} | ${est.provenance?.evidence ?? ''}`);
    }
    const bound = yearRange(lines.slice(Math.max(0, titleLine + 1)).map((l) => l.text));
    if (bound) {
      t.lowerBound++;
      if (expected.slice(0, 4) >= bound.from) t.lowerBoundHolds++;
      if (expected.slice(0, 4) === bound.from) t.lowerBoundExact++;
    }
  }
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
console.log('| half | pages with a date | same day | wrong (of which ±1 day) | none | coverage | spurious (undated pages) | estimates: right year | estimate ranges holding | latest-year bound holds (exact) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [name, t] of Object.entries(tallies)) {
  if (t.dated === 0) continue;
  console.log(
    `| ${name} | ${t.dated} | ${pct(t.right, t.dated)} | ${pct(t.wrong, t.dated)} (${t.nearMiss}) | ${pct(t.none, t.dated)} | ${pct(t.right + t.wrong, t.dated)} | ${t.spurious} of ${t.undatedPages} | ${t.estimateRight} of ${t.estimates} | ${t.estimateRangeHolds} of ${t.estimateRange} | ${t.lowerBoundHolds} of ${t.lowerBound} (${t.lowerBoundExact}) |`,
  );
}
