/**
 * Scores the named-entity recogniser on a CoNLL-format file (only the token column is read; the
 * gold tags are the last column): conlleval-style exact span+type precision/recall/F1 over PER,
 * ORG and LOC (MISC ignored), per type, and CPU time per 1,000 characters of raw text.
 * Usage: npm run eval:ner -- FILE [--model FILE] [--read conlleval]
 * The last line printed is JSON: {"precision":..,"recall":..,"f1":..,"types":{..},...}.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bilouToSpans, readSpans } from '../src/ner/bilou.ts';
import { goldSpans, parseConll } from '../src/ner/conll.ts';
import { tagDocument } from '../src/ner/model.ts';
import { scoreSpans } from '../src/ner/conll.ts';
import { loadModel, recognise } from '../src/ner/recognise.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  // --read conlleval: read the tags one by one as conlleval does, instead of as segments (readSpans)
  options: { model: { type: 'string' }, read: { type: 'string', default: 'segments' } },
});
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run eval:ner -- FILE.conll [--model models/ner-en.json.gz]');
  process.exit(2);
}
const TYPES = ['PER', 'ORG', 'LOC'];
const load0 = process.cpuUsage();
const model = values.model ? loadModel(values.model) : loadModel();
const load = process.cpuUsage(load0);
const docs = parseConll(readFileSync(file, 'utf8'));

// Accuracy: tag the gold tokens, document by document (so document memory works as in use).
const predicted = docs.flatMap((d) => tagDocument(model, d.tokens).map(values.read === 'conlleval' ? bilouToSpans : readSpans));
const scores = scoreSpans(goldSpans(docs), predicted, TYPES);

// Speed: the full raw-text path (tokenise, split, tag) on each document rebuilt as text.
const texts = docs.map((d) => d.tokens.map((s) => s.join(' ')).join('\n'));
const chars = texts.reduce((n, t) => n + t.length, 0);
for (const text of texts.slice(0, 20)) recognise(text, model); // warm-up: JIT and word caches
const cpu0 = process.cpuUsage();
for (const text of texts) recognise(text, model);
const cpu = process.cpuUsage(cpu0);
const msPer1000 = (cpu.user + cpu.system) / 1000 / (chars / 1000);

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
console.log(`${file}: ${docs.length} documents, ${predicted.length} sentences, ${scores.gold} gold entities (PER+ORG+LOC)`);
console.log('type   precision  recall      F1   gold  found  correct');
for (const [type, s] of [...Object.entries(scores.types), ['ALL', scores] as const]) {
  console.log(
    `${type.padEnd(5)}  ${pct(s.precision)}    ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.gold).padStart(5)}  ${String(s.predicted).padStart(5)}  ${String(s.correct).padStart(7)}`,
  );
}
console.log(
  `speed: ${msPer1000.toFixed(3)} ms CPU per 1,000 characters (recognise() on ${chars} characters of raw text); ` +
    `loading the model: ${((load.user + load.system) / 1000).toFixed(0)} ms CPU once`,
);
const round = (x: number) => Math.round(x * 10000) / 10000;
const types = Object.fromEntries(
  Object.entries(scores.types).map(([t, s]) => [t, { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) }]),
);
console.log(
  JSON.stringify({
    precision: round(scores.precision),
    recall: round(scores.recall),
    f1: round(scores.f1),
    types,
    msPer1000Chars: round(msPer1000),
  }),
);
