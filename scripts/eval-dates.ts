/**
 * Publication dates on the extraction corpus (../shared/corpora/extraction, read at run time),
 * page by page. Uses the scorer's halves (`dev`, tuned on; `test`, held out; see eval-lib.ts) and
 * the scorer's measures: same day and wrong day over the pages with a gold date (traf: human gold;
 * aeb: silver from page markup), and dates given on pages annotated as undated (spurious).
 *
 * The date step is replayed alone, so it runs in seconds: the headline is the one the last
 * `npm run eval` picked (tmp/eval/predictions.jsonl) when that file is there, else `pickTitle`
 * without the boilerplate rules. The figures match `npm run eval` when its predictions are fresh.
 *
 *   npx tsx scripts/eval-dates.ts [--half dev|test] [--failures] [--misses] [--set name=value ...]
 *
 * --failures lists each page with a wrong or spurious date: gold vs ours, the rule that chose it,
 * the evidence line, and the dump lines that hold the gold day. --misses lists pages left undated
 * that have a gold date, with the runner-up message when the pick was unsure. --set overrides one
 * weight of src/heuristics/date-scores.json for this run only (`--set minScore=0.8`), for tuning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findDates } from '../src/pipeline/date-line.ts';
import { splitFrontMatter } from '../src/pipeline/front-matter.ts';
import { detectLanguage } from '../src/pipeline/language.ts';
import { type Line, toLines, words } from '../src/pipeline/lines.ts';
import { mainBlock, pickPublished } from '../src/pipeline/publication-date.ts';
import { reflow } from '../src/pipeline/reflow.ts';
import { pickTitle } from '../src/pipeline/title.ts';
import weights from '../src/heuristics/date-scores.json' with { type: 'json' };
import { CORPUS_DIR, REPO_ROOT, halfOf, readGold } from './eval-lib.ts';

const { values } = parseArgs({
  options: { set: { type: 'string', multiple: true, default: [] }, half: { type: 'string' }, failures: { type: 'boolean', default: false }, misses: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  console.log('usage: npx tsx scripts/eval-dates.ts [--half dev|test] [--failures] [--misses] [--set name=value ...]');
  process.exit(0);
}
// The imported JSON module is the very object publication-date.ts reads: set a weight for this run.
for (const pair of values.set) {
  const [name, value] = pair.split('=');
  const w = weights as unknown as Record<string, unknown>;
  if (!name || typeof w[name] !== 'number' || !Number.isFinite(Number(value))) throw new Error(`--set ${pair}: expected a numeric weight of date-scores.json, e.g. --set minScore=0.8`);
  w[name] = Number(value);
}
if (!fs.existsSync(path.join(CORPUS_DIR, 'gold.jsonl'))) {
  console.error(`The extraction benchmark was not found at ${CORPUS_DIR}; nothing to score.`);
  process.exit(2);
}

interface Gold {
  id: string;
  subset: string;
  date: string | null;
  annotated: { date: boolean };
  silver?: { date?: string | null };
}

const predFile = path.join(REPO_ROOT, 'tmp', 'eval', 'predictions.jsonl');
const titles = new Map<string, { title: string | null; firstParagraph: string }>();
if (fs.existsSync(predFile)) {
  for (const l of fs.readFileSync(predFile, 'utf8').split('\n').filter(Boolean)) {
    const p = JSON.parse(l) as { id: string; title: string | null; body: string };
    titles.set(p.id, { title: p.title, firstParagraph: p.body.split('\n\n')[0] ?? '' });
  }
}
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The headline's lines: where the pipeline's title stands, else pickTitle's own guess. */
function headline(id: string, lines: readonly Line[]): number[] {
  const pred = titles.get(id);
  if (pred?.title) {
    const t = norm(pred.title);
    // The headline may also stand in a teaser list: take the copy nearest above the body.
    const body = norm(pred.firstParagraph);
    const start = lines.find((l) => body !== '' && norm(l.text) === body)?.index ?? mainBlock(lines)?.start ?? 0;
    const copies = lines.filter((l) => norm(l.text).includes(t)).map((l) => l.index);
    const first = copies.filter((i) => i <= start).at(-1) ?? copies[0];
    if (first !== undefined) {
      const out = [first];
      while (out.length < 3 && lines[out.at(-1)! + 1] && norm(lines[out.at(-1)! + 1]!.text) === norm(lines[first]!.text)) out.push(out.at(-1)! + 1);
      return out;
    }
  }
  return pickTitle(lines, () => false).value.lines;
}

function proseSample(lines: readonly Line[]): string {
  const long = lines.filter((l) => words(l.text).length >= 8).map((l) => l.text);
  return (long.length > 0 ? long : lines.map((l) => l.text)).join('\n').slice(0, 1500);
}

interface Tally {
  dated: number;
  right: number;
  wrong: number;
  nearMiss: number;
  undatedPages: number;
  spurious: number;
}
const tallies = new Map<string, Tally>();
const tallyOf = (name: string) => {
  if (!tallies.has(name)) tallies.set(name, { dated: 0, right: 0, wrong: 0, nearMiss: 0, undatedPages: 0, spurious: 0 });
  return tallies.get(name)!;
};
const byRule = new Map<string, { right: number; wrong: number }>();

for (const g of readGold() as unknown as Gold[]) {
  const half = halfOf(g.id);
  if (values.half && half !== values.half) continue;
  const text = fs.readFileSync(path.join(CORPUS_DIR, 'dumps', `${g.id}.txt`), 'utf8');
  const lines = toLines(reflow(splitFrontMatter(text, g.id).value.content).value);
  const head = headline(g.id, lines);
  const pick = pickPublished(lines, head.at(-1) ?? -1, { isTaken: (i) => head.includes(i), language: () => detectLanguage(proseSample(lines)).value, file: g.id });
  const predicted = pick.value?.date ?? null;
  const expected = g.date ?? g.silver?.date ?? null;
  const rule = pick.provenance?.rule ?? '-';
  const ts = [tallyOf('all'), tallyOf(half), tallyOf(`${half} ${g.subset}`)];
  if (expected) {
    for (const t of ts) t.dated++;
    if (predicted) {
      const r = byRule.get(rule) ?? { right: 0, wrong: 0 };
      byRule.set(rule, r);
      if (predicted === expected) r.right++;
      else r.wrong++;
    }
    if (predicted === expected) for (const t of ts) t.right++;
    else if (predicted) {
      const near = Math.abs(Date.parse(predicted) - Date.parse(expected)) <= 86_400_000;
      for (const t of ts) {
        t.wrong++;
        if (near) t.nearMiss++;
      }
      if (values.failures) report(g, half, expected, predicted, pick, lines);
    } else if (values.misses) {
      console.log(`MISS ${half} ${g.id} gold=${expected} ${pick.messages.map((m) => m.text).join(' ')}`);
      for (const i of goldLines(lines, expected).slice(0, 3)) console.log(`    gold line ${i + 1}: ${lines[i]!.text.slice(0, 140)}`);
    }
  } else if (g.annotated.date) {
    for (const t of ts) t.undatedPages++;
    if (predicted) {
      for (const t of ts) t.spurious++;
      if (values.failures) report(g, half, null, predicted, pick, lines);
    }
  }
}

function goldLines(lines: readonly Line[], day: string): number[] {
  return lines.filter((l) => findDates(l.text).some((m) => m.published.date === day || m.alternative?.date === day)).map((l) => l.index);
}

function report(g: Gold, half: string, expected: string | null, predicted: string, pick: ReturnType<typeof pickPublished>, lines: readonly Line[]) {
  console.log(`WRONG ${half} ${g.id} (${g.subset}) gold=${expected ?? 'none'} ours=${predicted} ${pick.provenance?.rule} conf=${pick.provenance?.confidence} line ${(pick.line ?? -1) + 1}: ${pick.provenance?.evidence.slice(0, 120)}`);
  if (expected) for (const i of goldLines(lines, expected).slice(0, 3)) console.log(`    gold line ${i + 1}: ${lines[i]!.text.slice(0, 140)}`);
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
console.log('\n| split | pages with a date | same day | wrong (±1 day) | none | spurious on undated pages |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`| ${name} | ${t.dated} | ${pct(t.right, t.dated)} | ${pct(t.wrong, t.dated)} (${t.nearMiss}) | ${pct(t.dated - t.right - t.wrong, t.dated)} | ${t.spurious} of ${t.undatedPages} |`);
}
console.log('\n| rule | right | wrong |\n| --- | --- | --- |');
for (const [rule, r] of [...byRule].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong)) console.log(`| ${rule} | ${r.right} | ${r.wrong} |`);
