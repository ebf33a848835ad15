/**
 * CPU time of the per-article analysis alone (no cache, no workers, no site): analyses the first N
 * articles of a folder twice in this thread and prints the CPU time of each round. A script that
 * prints figures, for comparing pipeline versions (check out another commit and run it again).
 *
 *   npx tsx scripts/bench-analyse.ts [DIR] [N]    (default: the 1,000-article bench archive, 500)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyseText } from '../src/pipeline/analyse.ts';
import { decode } from '../src/pipeline/decode.ts';

const dir = process.argv[2] ?? path.join(os.tmpdir(), 'news-archive-bench', 'archive-1000');
const n = Number(process.argv[3] ?? 500);
const files = fs.readdirSync(dir).sort().slice(0, n);
const texts = files.map((f) => decode(fs.readFileSync(path.join(dir, f)), f).value.text ?? '');
// The first call loads the recogniser's model; it is not counted.
analyseText(texts[0]!, files[0]!, {});
for (let round = 1; round <= 2; round++) {
  const before = process.cpuUsage();
  for (const [i, text] of texts.entries()) analyseText(text, files[i]!, {});
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000;
  console.log(`round ${round}: ${files.length} articles, ${(ms / 1000).toFixed(2)} s CPU, ${(ms / files.length).toFixed(1)} ms per article`);
}
