/**
 * Trains the named-entity recogniser on CoNLL-2003 English train.txt and writes the model file.
 * Usage: npm run train:ner [-- --epochs N --seeds 1,2,3 --out FILE --no-clusters --constrained]
 * Reproducible: fixed seeds (three shuffles, weights averaged), fixed epochs; reads the corpus from ../shared/corpora at run time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { iobToSpans, spansToBilou } from '../src/ner/bilou.ts';
import { parseConll } from '../src/ner/conll.ts';
import { buildGazetteer, emptyLexicon, type Lexicon } from '../src/ner/lexicon.ts';
import { serialiseModel } from '../src/ner/model.ts';
import { normaliseToken } from '../src/ner/tokenize.ts';
import { train } from '../src/ner/train.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '12' },
    seeds: { type: 'string', default: '1,2,3' },
    out: { type: 'string', default: path.join(repoRoot, 'models/ner-en.json.gz') },
    clusters: { type: 'string', default: path.join(repoRoot, 'models/ner-clusters-en.json.gz') },
    'no-clusters': { type: 'boolean', default: false },
    prune: { type: 'string', default: '0.05' },
    'min-count': { type: 'string', default: '2' },
    constrained: { type: 'boolean', default: false },
    corpus: { type: 'string', default: path.resolve(repoRoot, '../shared/corpora/conll2003/train.txt') },
  },
});
const FOLDS = 5;
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

const started = process.cpuUsage();
const t0 = Date.now();
if (!existsSync(values.corpus)) {
  console.error(`Training corpus not found: ${values.corpus}. Put CoNLL-2003 in ../shared/corpora/conll2003/.`);
  process.exit(1);
}
const docs = parseConll(readFileSync(values.corpus, 'utf8'));
const training = docs.map((d) => ({
  tokens: d.tokens,
  tags: d.tags.map((tags) => spansToBilou(iobToSpans(tags), tags.length)),
}));

// Gazetteer of the training entities; each training fold sees only the other folds' names, so
// the tagger learns how far to trust a gazetteer match on names it has not seen.
const names = docs.map((d) =>
  d.tokens.flatMap((tokens, s) =>
    iobToSpans(d.tags[s]!).map((span) => [tokens.slice(span.start, span.end).map(normaliseToken).join(' '), span.type] as const),
  ),
);
const gazetteerOf = (skipFold: number) => buildGazetteer(names.filter((_, d) => d % FOLDS !== skipFold).flat());

const base = emptyLexicon();
let clusterAbout: unknown = null;
if (!values['no-clusters'] && existsSync(values.clusters)) {
  const file = JSON.parse(gunzipSync(readFileSync(values.clusters)).toString('utf8')) as {
    about: unknown;
    clusters: string;
    truecase: string;
  };
  for (const line of file.clusters.split('\n')) {
    const space = line.lastIndexOf(' ');
    base.clusters.set(line.slice(0, space), line.slice(space + 1));
  }
  for (const w of file.truecase.split('\n')) base.truecase.set(w.toLowerCase(), w);
  clusterAbout = file.about;
  console.log(`clusters: ${base.clusters.size} words, truecase: ${base.truecase.size} words`);
}
const foldLexicons: Lexicon[] = Array.from({ length: FOLDS }, (_, f) => ({ ...base, ...gazetteerOf(f) }));
const lexicon: Lexicon = { ...base, ...gazetteerOf(-1) };

const epochs = Number(values.epochs);
const seeds = values.seeds.split(',').map(Number);
const common = {
  types: TYPES,
  epochs,
  seeds,
  minCount: Number(values['min-count']),
  prune: Number(values.prune),
  constrained: values.constrained,
};

const model = train(training, {
  ...common,
  lexiconFor: (d) => foldLexicons[d % FOLDS]!,
  lexicon,
  about: {
    trainedOn: 'CoNLL-2003 English train.txt (Reuters RCV1 news, 1996; research-only data)',
    clusters: clusterAbout,
    epochs,
    seeds,
    command: 'npm run train:ner',
  },
  log: (line) => console.log(line),
});
const bytes = serialiseModel(model);
writeFileSync(values.out, bytes);
const cpu = process.cpuUsage(started);
console.log(
  `wrote ${path.relative(process.cwd(), values.out)}: ${(bytes.length / 1024).toFixed(0)} KiB, ${model.features.length} features; ` +
    `${((Date.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`,
);
