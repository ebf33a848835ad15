/**
 * Titles on the extraction corpus (../shared/corpora/extraction, read at run time), with the title
 * step replayed alone, so a change to src/pipeline/title.ts or src/heuristics/title.json is
 * measured in seconds rather than the minute `npm run eval` takes.
 *
 * The first run reads every dump through the steps that come before the title in analyseText
 * (front matter, reflow, learned boilerplate, line labels, prose classes, the two text anchors,
 * the source) and keeps what the title step reads in tmp/eval/title-inputs.json; `--fresh` reads
 * the dumps again (do so after a change outside the title step). The figures are the scorer's
 * normalised title match, per subset and half (`dev`, tuned on; `test`, held out), and match
 * `npm run eval` while the inputs are fresh.
 *
 *   npx tsx scripts/eval-titles.ts [--fresh] [--save] [--diff] [--kinds] [--set name=value ...]
 *
 * --save keeps this run's titles as the baseline; --diff lists the pages whose title differs from
 * the baseline (+ now right, - now wrong). --set overrides one number of title.json for this run
 * only (`--set distancePenalty=0.2`), for tuning. --kinds counts the wrong titles by kind, per
 * subset: where the gold title is a line of the text, whether it competed and lost, was not in the
 * candidate window, was labelled furniture or has no headline shape; where it is not, whether it is
 * the start or the end of a longer line ("Title | Site", "Kicker: Title"), inside one, or nowhere
 * in the text (the ceiling of a line picker).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { learnFromKeys, learnedFrom, learnedLinesIn, lineKeys } from '../src/archive/learned-boilerplate.ts';
import titleRules from '../src/heuristics/title.json' with { type: 'json' };
import { classifyLines } from '../src/pipeline/body.ts';
import { labelBoilerplate } from '../src/pipeline/boilerplate.ts';
import { decode } from '../src/pipeline/decode.ts';
import { splitFrontMatter } from '../src/pipeline/front-matter.ts';
import { detectLanguage, stopWordsFor } from '../src/pipeline/language.ts';
import { type Line, toLines, words } from '../src/pipeline/lines.ts';
import { reflow } from '../src/pipeline/reflow.ts';
import { pickSource } from '../src/pipeline/source.ts';
import { mainTextStart, notHeadlineBecause, pickTitle, stripSourceFromTitle, titleCandidates } from '../src/pipeline/title.ts';
import { CORPUS_DIR, REPO_ROOT, corpusAvailable, halfOf, readGold } from './eval-lib.ts';

const { values } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    save: { type: 'boolean', default: false },
    diff: { type: 'boolean', default: false },
    kinds: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true, default: [] },
  },
});
if (!corpusAvailable()) {
  console.error(`The extraction benchmark was not found at ${CORPUS_DIR}; nothing to score.`);
  process.exit(2);
}
for (const pair of values.set) {
  const [name, value] = pair.split('=');
  const rules = titleRules as unknown as Record<string, unknown>;
  if (!name || typeof rules[name] !== 'number' || value === undefined || Number.isNaN(Number(value))) {
    console.error(`--set ${pair}: give name=number for one of the numbers in src/heuristics/title.json.`);
    process.exit(2);
  }
  rules[name] = Number(value);
}

/** What the title step reads from one page. */
interface TitleInputs {
  id: string;
  half: 'dev' | 'test';
  subset: string;
  gold: string | null;
  lines: string[];
  furniture: number[];
  prose: number[];
  anchors: number[];
  source: string | null;
}

const outDir = path.join(REPO_ROOT, 'tmp', 'eval');
const inputsFile = path.join(outDir, 'title-inputs.json');
const baseFile = path.join(outDir, 'title-baseline.json');
fs.mkdirSync(outDir, { recursive: true });
const pages: TitleInputs[] = !values.fresh && fs.existsSync(inputsFile) ? JSON.parse(fs.readFileSync(inputsFile, 'utf8')) : readInputs();
if (values.fresh || !fs.existsSync(inputsFile)) fs.writeFileSync(inputsFile, JSON.stringify(pages));

/** Mirrors analyseText up to the title step (keep in step with src/pipeline/analyse.ts). */
function readInputs(): TitleInputs[] {
  const gold = readGold();
  const texts = gold.map((g) => decode(fs.readFileSync(path.join(CORPUS_DIR, 'dumps', `${g.id}.txt`)), g.id).value.text ?? '');
  const keys = texts.map(lineKeys);
  const learned = learnFromKeys(keys);
  return gold.map((g, k) => {
    const lines = toLines(reflow(splitFrontMatter(texts[k]!, g.id).value.content).value);
    const source = pickSource(lines, pickTitle(lines, () => false).value.title).value;
    const siteLines = lines.slice(0, 5).flatMap((l) => /^[-–|•]\s*(.{2,40})$/.exec(l.text)?.[1] ?? []);
    const labels = labelBoilerplate(lines, source ? [source, ...siteLines] : siteLines, learnedFrom(learnedLinesIn(learned, keys[k]!)));
    const taken = new Map<number, string>();
    labels.forEach((l, i) => {
      if (l.rule) taken.set(i, l.rule);
    });
    const long = lines.filter((l) => words(l.text).length >= 8).map((l) => l.text);
    const language = detectLanguage((long.length > 0 ? long : lines.map((l) => l.text)).join('\n').slice(0, 1500)).value;
    const inline = new Set(['lead-in', 'site-caption', 'no-letters', 'caption-credit', 'site-name']);
    const classes = classifyLines(lines, (i) => taken.has(i), stopWordsFor(language), (i) => inline.has(taken.get(i) ?? ''));
    const firstBody = classes.findIndex((c, i) => c === 'good' || taken.get(i) === 'caption-credit');
    const mainStart = mainTextStart(lines, (i) => !taken.has(i) && classes[i] === 'good');
    const row = g as { subset?: string; title?: string | null; silver?: { title?: string | null } };
    return {
      id: g.id,
      half: halfOf(g.id),
      subset: row.subset ?? '',
      gold: (row.subset === 'aeb' ? row.silver?.title : row.title) ?? null,
      lines: lines.map((l) => l.text),
      furniture: [...taken].filter(([, rule]) => rule !== 'repetitive').map(([i]) => i),
      prose: classes.flatMap((c, i) => (c === 'good' ? [i] : [])),
      anchors: [firstBody, mainStart],
      source: source ?? null,
    };
  });
}

// The scorer's own normalisation, so "right" here means right for the scorer.
const lib = await import(pathToFileURL(path.resolve(CORPUS_DIR, '../../tools/lib-text.mjs')).href);
const alnum = lib.alnumNorm as (s: string) => string;
const titles: Record<string, string | null> = {};
const tally = new Map<string, [number, number]>();
const kinds = new Map<string, number>();
for (const page of pages) {
  if (!page.gold) continue;
  const lines: Line[] = page.lines.map((text, index) => ({ index, text, blankBefore: true }));
  const [furniture, prose] = [new Set(page.furniture), new Set(page.prose)];
  const picked = pickTitle(lines, (i) => furniture.has(i), page.anchors, (i) => prose.has(i)).value.title;
  const title = picked ? stripSourceFromTitle(picked, page.source ?? undefined) : null;
  titles[page.id] = title;
  const right = title !== null && alnum(title) === alnum(page.gold) ? 1 : 0;
  if (values.kinds && !right) {
    const kind = `${page.subset} ${missKind(lines, page, (i) => furniture.has(i), (i) => prose.has(i))}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  for (const key of [`${page.subset} full`, `${page.subset} ${page.half}`]) {
    const [n, of] = tally.get(key) ?? [0, 0];
    tally.set(key, [n + right, of + 1]);
  }
}
for (const key of ['traf full', 'traf dev', 'traf test', 'aeb full', 'aeb dev', 'aeb test']) {
  const [n, of] = tally.get(key) ?? [0, 0];
  console.log(`${key.padEnd(10)} ${of ? (n / of).toFixed(3) : '-'} (${n}/${of})`);
}
if (values.kinds) for (const [kind, n] of [...kinds].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1])) console.log(`${kind.padEnd(50)} ${n}`);

/** Why a page's title is wrong: where the gold title stands in the text, and what became of it. */
function missKind(lines: readonly Line[], page: TitleInputs, isFurniture: (i: number) => boolean, isProse: (i: number) => boolean): string {
  const gold = alnum(page.gold ?? '');
  const exact = lines.filter((l) => alnum(l.text) === gold).map((l) => l.index);
  if (exact.length > 0) {
    const first = exact[0]!;
    if (titleCandidates(lines, isFurniture, page.anchors, isProse).some((c) => exact.includes(c.line.index))) return 'line, competed and lost';
    if (exact.some(isFurniture)) return 'line, labelled furniture';
    const because = notHeadlineBecause(lines[first]!.text);
    const above = first < Math.min(...page.anchors.filter((a) => a >= 0));
    return because ? `line, no headline (${because})` : `line, outside the window (${above ? 'above' : 'below'} the text start)`;
  }
  for (const l of lines) {
    const text = alnum(l.text);
    if (text.startsWith(`${gold} `)) return 'start of a longer line';
    if (text.endsWith(` ${gold}`)) return 'end of a longer line';
  }
  return lines.some((l) => alnum(l.text).includes(gold)) ? 'inside a longer line' : 'not in the text';
}

if (values.diff && fs.existsSync(baseFile)) {
  const base = JSON.parse(fs.readFileSync(baseFile, 'utf8')) as Record<string, string | null>;
  const isRight = (title: string | null | undefined, gold: string) => !!title && alnum(title) === alnum(gold);
  for (const page of pages) {
    if (!page.gold || base[page.id] === titles[page.id]) continue;
    const [was, now] = [isRight(base[page.id], page.gold), isRight(titles[page.id], page.gold)];
    console.log(`${was === now ? ' ' : now ? '+' : '-'} ${page.id} (${page.half})\n    gold: ${page.gold}\n    was:  ${base[page.id] ?? '-'}\n    now:  ${titles[page.id] ?? '-'}`);
  }
}
if (values.save) fs.writeFileSync(baseFile, JSON.stringify(titles));
