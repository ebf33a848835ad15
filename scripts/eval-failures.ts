/**
 * Lists the pages whose title or author the last `npm run eval` got wrong: gold vs ours, where
 * the gold value stands in the dump and the lines around it. Reads tmp/eval/predictions.jsonl.
 * Usage: npx tsx scripts/eval-failures.ts [title|author] [dev|test|all] [context lines]
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DIR, REPO_ROOT, halfOf, readGold } from './eval-lib.ts';

const [field = 'title', half = 'dev', context = '2'] = process.argv.slice(2);
const predFile = path.join(REPO_ROOT, 'tmp', 'eval', 'predictions.jsonl');
if (!fs.existsSync(predFile)) {
  console.error(`No predictions at ${predFile}: run npm run eval first.`);
  process.exit(2);
}
// The scorer's own normalisation, so "wrong" here means wrong for the scorer.
const lib = await import(pathToFileURL(path.resolve(CORPUS_DIR, '../../tools/lib-text.mjs')).href);
const alnum = lib.alnumNorm as (s: string) => string;
const names = lib.authorNames as (a: unknown) => string[];
const preds = new Map(
  fs
    .readFileSync(predFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, string | null>)
    .map((p) => [p.id, p]),
);
const matches = (gold: string, ours: string | null | undefined): boolean => {
  if (!ours) return false;
  if (field === 'title') return alnum(ours) === alnum(gold);
  const [g, o] = [alnum(gold), alnum(ours)];
  return names(gold).some((x) => names(ours).includes(x)) || ` ${o} `.includes(` ${g} `) || ` ${g} `.includes(` ${o} `);
};
let [pages, wrong] = [0, 0];
/** Kinds of failure, counted for the summary line: what to fix first. */
const kinds = new Map<string, number>();
/** Where our line stands against the gold line says what kind of line won instead. */
const kindOf = (gold: string, ours: string | null | undefined, goldAt: readonly number[], oursAt: readonly number[], goldIsLine: boolean): string => {
  if (!ours) return 'none predicted';
  const [g, o] = [` ${alnum(gold)} `, ` ${alnum(ours)} `];
  if (o.includes(g)) return 'ours holds gold plus more (kicker, suffix, glued line)';
  if (g.includes(o)) return 'ours is part of gold';
  if (goldAt.length === 0) return 'gold not a line of the dump';
  if (!goldIsLine) return 'another line chosen (gold not a line of its own)';
  if (alnum(gold).split(' ').length <= 1) return 'another line chosen (gold is one word)';
  const [gi, oi] = [goldAt[0]!, oursAt[0]];
  if (oi === undefined) return 'another line chosen (ours not found as a line)';
  const gap = oi - gi;
  if (gap > 0 && gap <= 3) return 'line right below gold chosen (standfirst, caption, byline)';
  if (gap < 0 && gap >= -3) return 'line right above gold chosen (kicker, section label, menu entry)';
  return gap < 0 ? 'line far above gold chosen (menu, site name, header)' : 'line far below gold chosen (teaser, related article, footer)';
};
for (const row of readGold(half === 'all' ? undefined : (half as 'dev' | 'test'))) {
  const g = row as { id: string; subset: string; silver?: Record<string, string | null> } & Record<string, unknown>;
  const gold = (g.subset === 'aeb' ? g.silver?.[field] : g[field]) as string | null | undefined;
  if (!gold) continue;
  pages++;
  const ours = preds.get(g.id)?.[field];
  if (matches(gold, ours)) continue;
  wrong++;
  const lines = fs.readFileSync(path.join(CORPUS_DIR, 'dumps', `${g.id}.txt`), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const where = (value: string) => lines.flatMap((l, i) => (` ${alnum(l)} `.includes(` ${alnum(value)} `) ? [i] : []));
  const [goldAt, oursAt] = [where(gold), ours ? where(ours) : []];
  const kind = kindOf(gold, ours, goldAt, oursAt, lines.some((l) => alnum(l) === alnum(gold)));
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  console.log(`\n== ${g.id} (${halfOf(g.id)}) gold@${goldAt.join(',')} ours@${oursAt.join(',')}\n  gold: ${gold}\n  ours: ${ours ?? '-'}`);
  const at = goldAt[0];
  if (at === undefined) continue;
  for (let i = Math.max(0, at - Number(context)); i <= Math.min(lines.length - 1, at + Number(context)); i++) console.log(`  ${String(i).padStart(4)}${i === at ? '*' : ' '} ${lines[i]!.slice(0, 140)}`);
}
console.log(`\n${wrong} of ${pages} pages with a gold ${field} are wrong (${half}):`);
for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${kind}`);
