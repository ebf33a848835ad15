/**
 * Which author rule fires where, and how often it is right, on each half of the benchmark
 * (dev = tuned on, test = held out): a rule right on dev and wrong on test fits shapes seen once.
 * Counts only, per rule; no page of the held-out half is printed unless asked with `--list dev`.
 * Usage: npx tsx scripts/eval-author-rules.ts [--list dev|test] [--rule NAME]
 * Writes tmp/eval/author-rules.jsonl (id, half, gold, ours, rule, evidence) for later reading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { extract } from '../src/extract.ts';
import { isGivenName } from '../src/pipeline/given-names.ts';
import { CORPUS_DIR, REPO_ROOT, corpusAvailable, halfOf, readGold } from './eval-lib.ts';

const { values } = parseArgs({ options: { list: { type: 'string' }, rule: { type: 'string' }, kinds: { type: 'boolean', default: false } } });
if (!corpusAvailable()) {
  console.error(`The extraction benchmark was not found at ${CORPUS_DIR}; nothing to audit.`);
  process.exit(2);
}
const lib = await import(pathToFileURL(path.resolve(CORPUS_DIR, '../../tools/lib-text.mjs')).href);
const alnum = lib.alnumNorm as (s: string) => string;
const names = lib.authorNames as (a: unknown) => string[];
/** The scorer's overlap test. */
const overlaps = (gold: string, ours: string): boolean => {
  const [g, o] = [alnum(gold), alnum(ours)];
  return names(gold).some((x) => names(ours).includes(x)) || ` ${o} `.includes(` ${g} `) || ` ${g} `.includes(` ${o} `);
};

const archive = await extract({ articles: path.join(CORPUS_DIR, 'dumps'), entities: false });
const byId = new Map(archive.articles.map((a) => [a.file.replace(/^.*\//, '').replace(/\.txt$/, ''), a]));
type Outcome = 'right' | 'wrong' | 'spurious' | 'missed' | 'none-ok';
interface Row {
  id: string;
  half: 'dev' | 'test';
  subset: string;
  gold: string | null;
  ours: string | null;
  rule: string;
  outcome: Outcome;
  evidence: string;
}
const rows: Row[] = [];
for (const g of readGold() as { id: string; subset: string; author?: string | null; annotated?: { author?: boolean }; silver?: { author?: string | null } }[]) {
  const gold = g.subset === 'aeb' ? (g.silver?.author ?? null) : (g.author ?? null);
  if (g.subset === 'traf' && !gold && !g.annotated?.author) continue;
  if (g.subset === 'aeb' && !gold) continue;
  const record = byId.get(g.id);
  const ours = record?.author ?? null;
  const rule = record?.provenance.author?.rule ?? '-';
  const outcome: Outcome = gold ? (ours ? (overlaps(gold, ours) ? 'right' : 'wrong') : 'missed') : ours ? 'spurious' : 'none-ok';
  rows.push({ id: g.id, half: halfOf(g.id), subset: g.subset, gold, ours, rule, outcome, evidence: record?.provenance.author?.evidence ?? '' });
}
fs.mkdirSync(path.join(REPO_ROOT, 'tmp', 'eval'), { recursive: true });
fs.writeFileSync(path.join(REPO_ROOT, 'tmp', 'eval', 'author-rules.jsonl'), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);

for (const subset of ['traf', 'aeb']) {
  console.log(`\n### ${subset}: per rule, right / wrong / spurious (dev | test)\n`);
  console.log('| rule | dev right | dev wrong | dev spurious | test right | test wrong | test spurious |');
  console.log('|---|---|---|---|---|---|---|');
  const mine = rows.filter((r) => r.subset === subset);
  const rules = [...new Set(mine.map((r) => r.rule))].sort();
  const count = (half: string, rule: string, outcome: Outcome) => mine.filter((r) => r.half === half && r.rule === rule && r.outcome === outcome).length;
  for (const rule of rules) {
    if (rule === '-') continue;
    console.log(`| ${rule} | ${count('dev', rule, 'right')} | ${count('dev', rule, 'wrong')} | ${count('dev', rule, 'spurious')} | ${count('test', rule, 'right')} | ${count('test', rule, 'wrong')} | ${count('test', rule, 'spurious')} |`);
  }
  for (const half of ['dev', 'test']) {
    const h = mine.filter((r) => r.half === half);
    const withGold = h.filter((r) => r.gold);
    const none = h.filter((r) => !r.gold);
    const right = withGold.filter((r) => r.outcome === 'right').length;
    const spurious = none.filter((r) => r.outcome === 'spurious').length;
    console.log(`${half}: overlap ${(right / withGold.length).toFixed(3)} (${right}/${withGold.length}), missed ${withGold.filter((r) => r.outcome === 'missed').length}` + (subset === 'traf' ? `, spurious ${(spurious / none.length).toFixed(3)} (${spurious}/${none.length})` : ''));
  }
}

if (values.list) {
  for (const r of rows.filter((r) => r.half === values.list && r.outcome !== 'right' && r.outcome !== 'none-ok' && (!values.rule || r.rule === values.rule))) {
    console.log(`\n== ${r.id} [${r.subset}] ${r.outcome} rule=${r.rule}\n  gold: ${r.gold ?? '-'}\n  ours: ${r.ours ?? '-'}\n  evidence: ${r.evidence}`);
  }
}

/**
 * Missed pages by kind, counted per half: what the line holding the gold name looks like and where
 * it stands (near the headline, at the end, in between). Kinds only, never the held-out text.
 */
const MARKERS = /\b(?:by|von|por|par|przez|autor|autorin|author|di|de|texto?|written|posted|reporting|redakcja|fot|foto|photo)\b/iu;
const DATEISH = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|enero|febrero|marzo|abril|mayo|junio|julio|agosto|janvier|février|mars|avril|juin|juillet|août|stycznia|lutego|marca|kwietnia|maja|czerwca)\w*\b/iu;
function kindOfMiss(r: Row): string {
  const lines = fs.readFileSync(path.join(CORPUS_DIR, 'dumps', `${r.id}.txt`), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const gold = alnum(r.gold ?? '');
  const first = names(r.gold)[0] ?? gold;
  const at = lines.findIndex((l) => ` ${alnum(l)} `.includes(` ${first} `));
  if (at < 0) return 'gold name not in dump';
  const title = archive.articles.find((a) => a.file.endsWith(`/${r.id}.txt`))?.title ?? '';
  const titleAt = lines.findIndex((l) => alnum(l) === alnum(title));
  const line = lines[at]!;
  const rest = alnum(line).replace(` ${first} `, ' ').replace(first, '').trim();
  const where = titleAt >= 0 && at >= titleAt - 3 && at <= titleAt + 12 ? 'near headline' : at >= lines.length - 25 ? 'page end' : titleAt >= 0 && at < titleAt ? 'above headline' : 'mid page';
  const shape = !rest ? 'name alone' : MARKERS.test(line.replace(new RegExp(r.gold!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), '')) && rest.split(' ').length <= 6 ? 'name + marker word' : DATEISH.test(line) && rest.split(' ').length <= 10 ? 'name + date' : rest.split(' ').length <= 4 ? 'name + few words' : 'name inside long line';
  const around = [lines[at - 1], lines[at + 1]].filter((l): l is string => !!l);
  const ctx = !rest ? (around.some((l) => DATEISH.test(l) && l.split(/\s+/).length <= 8) ? ', date line beside' : around.some((l) => MARKERS.test(l) && l.split(/\s+/).length <= 2) ? ', marker line beside' : '') : '';
  const given = (r.gold ?? '').trim().split(/\s+/).length < 2 ? 'one word' : isGivenName((r.gold ?? '').trim().split(/\s+/)[0]!) ? 'given name' : 'no known given name';
  return `${where}: ${shape}${ctx} [${given}]`;
}
if (process.argv.includes('--kinds')) {
  const misses = rows.filter((r) => r.subset === 'traf' && (r.outcome === 'missed' || r.outcome === 'wrong'));
  const kinds = new Map<string, [number, number]>();
  for (const r of misses) {
    const k = `${r.outcome}: ${kindOfMiss(r)}`;
    const c = kinds.get(k) ?? [0, 0];
    c[r.half === 'dev' ? 0 : 1]++;
    kinds.set(k, c);
  }
  console.log('\n### traf misses by kind (dev | test)\n');
  for (const [k, [d, t]] of [...kinds].sort((a, b) => b[1][1] + b[1][0] - a[1][1] - a[1][0])) console.log(`${String(d).padStart(4)} ${String(t).padStart(4)}  ${k}`);
  if (values.list === 'dev') for (const r of misses.filter((r) => r.half === 'dev')) console.log(`dev ${r.id}: ${kindOfMiss(r)}`);
}
