/**
 * Prints how long each pipeline step takes on pathological inputs (a 1 MB line, '*a' x 40,000,
 * 10,000 tiny lines, 200 KB of random text). A figure printer, not a test:
 *   npx tsx scripts/bench-hostile.ts
 */
import { slugify } from '../src/archive/slug.ts';
import { analyseText } from '../src/pipeline/analyse.ts';
import { decode } from '../src/pipeline/decode.ts';
import { splitFrontMatter } from '../src/pipeline/front-matter.ts';
import { renderBody } from '../src/site/render-body.ts';

const SENTENCE = 'The harbour authority said on Monday that Maria Lopez of the Port Council would open the quay in Valencia. ';
const random = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 3000))).join('');
const inputs: Record<string, string> = {
  'prose line, 1 MB': `Harbour Quay Long Line Story\n\n${SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length))}`,
  "'*a' x 40,000": `Harbour Quay Stars Story\n\n${'*a'.repeat(40_000)}`,
  '10,000 tiny lines': `Harbour Quay Tiny Lines Story\n\n${'note: x\n'.repeat(10_000)}`,
  'x x 1 MB': `Harbour Quay Xs Story\n\n${'x'.repeat(1_000_000)}`,
  'pseudo-random 200 KB': random,
  'front matter, 60 KB': `---\ntitle: t\nnotes: "${'y'.repeat(60_000)}"\n---\nbody`,
};

const ms = (f: () => unknown) => {
  const t = performance.now();
  f();
  return (performance.now() - t).toFixed(0).padStart(6);
};
console.log('input                    decode  front  slug  analyse  render (ms)');
for (const [name, text] of Object.entries(inputs)) {
  const bytes = new TextEncoder().encode(text);
  let body: string[] = [];
  const row = [
    ms(() => decode(bytes)),
    ms(() => splitFrontMatter(text)),
    ms(() => slugify(text)),
    ms(() => {
      body = analyseText(text, 'bench.txt').draft?.body ?? [];
    }),
    ms(() => renderBody(body)),
  ];
  console.log(`${name.padEnd(24)} ${row.join(' ')}`);
}
