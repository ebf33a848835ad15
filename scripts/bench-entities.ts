/**
 * Benchmark of archive-wide entity resolution on made-up names: prints units, entities and
 * milliseconds. Usage: `npx tsx scripts/bench-entities.ts [articles=20000] [entitiesPerArticle=30]`.
 */
import { resolveEntities } from '../src/archive/entities.ts';
import type { EntityType, RawEntity } from '../src/types.ts';

const articles = Number(process.argv[2] ?? 20_000);
const perArticle = Number(process.argv[3] ?? 30);
// Names from syllables, so surname blocks are as uneven as real ones.
const syllables = ['ka', 'lo', 'mir', 'tan', 'be', 'su', 'hal', 'dor', 'ni', 'vek', 'ra', 'zu', 'pe', 'gon', 'ti', 'ma'];
const word = (n: number, len: number) => {
  let w = '';
  for (let k = 0; k < len; k++, n = Math.floor(n / 16)) w += syllables[n % 16];
  return w[0]!.toUpperCase() + w.slice(1);
};
let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const kinds: [EntityType, () => string][] = [
  ['person', () => `${word(rand(400), 2)} ${word(rand(30_000), 4)}`],
  ['person', () => word(rand(30_000), 4)],
  ['place', () => word(rand(5_000), 3)],
  ['organization', () => `${word(rand(8_000), 3)} ${['Council', 'Army', 'Party', 'Institute'][rand(4)]}`],
  ['organization', () => word(rand(2_000), 2).toUpperCase().slice(0, 4)],
];
const input = Array.from({ length: articles }, (_, i) => ({
  id: `a${i}`,
  rawEntities: Array.from({ length: perArticle }, (_, k): RawEntity => {
    const [type, make] = kinds[k % kinds.length]!;
    const name = make();
    const n = 1 + rand(4);
    return { name, type, forms: { [name]: n }, mentions: n };
  }),
}));
const started = performance.now();
const { entities } = resolveEntities(input);
const ms = performance.now() - started;
console.log(JSON.stringify({ articles, units: articles * perArticle, entities: entities.length, ms: Math.round(ms) }));
