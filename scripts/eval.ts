/**
 * `npm run eval`: extracts the benchmark dumps, writes the predictions as JSONL into tmp/eval/
 * and prints the scorer's tables for the whole corpus and for each half (dev = tuned on,
 * test = held out). Usage: npm run eval [-- --half dev|test|all] [--details]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, REPO_ROOT, SCORER, corpusAvailable, predictCorpus, readGold } from './eval-lib.ts';

const { values } = parseArgs({ options: { half: { type: 'string', default: 'all' }, details: { type: 'boolean', default: false } } });
if (!corpusAvailable()) {
  console.error(`The extraction benchmark was not found at ${CORPUS_DIR} (and ${SCORER}); nothing to score.`);
  process.exit(2);
}
const outDir = path.join(REPO_ROOT, 'tmp', 'eval');
fs.mkdirSync(outDir, { recursive: true });
const started = Date.now();
const predictions = await predictCorpus();
const predFile = path.join(outDir, 'predictions.jsonl');
fs.writeFileSync(predFile, `${predictions.map((p) => JSON.stringify(p)).join('\n')}\n`);
console.log(`Extracted ${predictions.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${path.relative(REPO_ROOT, predFile)}\n`);

const halves = values.half === 'all' ? (['all', 'dev', 'test'] as const) : ([values.half] as const);
for (const half of halves) {
  const args = [SCORER, predFile];
  if (half !== 'all') {
    const goldFile = path.join(outDir, `gold-${half}.jsonl`);
    fs.writeFileSync(goldFile, `${readGold(half as 'dev' | 'test').map((r) => JSON.stringify(r)).join('\n')}\n`);
    args.push('--gold', goldFile);
  }
  if (values.details) args.push('--details', path.join(outDir, `details-${half}.jsonl`));
  console.log(`# ${half === 'all' ? 'full corpus' : `${half} half (${half === 'dev' ? 'tuned on' : 'held out'})`}\n`);
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  process.stdout.write(run.stdout);
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exit(run.status ?? 1);
  }
  console.log('');
}
