/**
 * Benchmark of archive-wide entity resolution on made-up names: prints units, entities and
 * wall and CPU milliseconds. Usage: `npx tsx scripts/bench-entities.ts [articles=20000] [entitiesPerArticle=30]`.
 */
import { resolveEntities } from '../src/archive/entities.ts';
import type { EntityType, RawEntity } from '../src/types.ts';

const articles = Number(process.argv[2] ?? 20_000);
const perArticle = Number(process.argv[3] ?? 30);
// Names from consonant-vowel syllables: name n is always the same word, and many share prefixes.
const consonants = 'bdfghklmnprstvz';
const vowels = 'aeiou';
const word = (n: number, len: number) => {
  let w = '';
  for (let k = 0; k < len; k++, n = Math.floor(n / 75)) w += consonants[n % 15]! + vowels[Math.floor(n / 15) % 5]!;
  return w[0]!.toUpperCase() + w.slice(1);
};
let seed = 42;
const rand = (n: number) => {
  seed = (seed * 48271) % 2147483647;
  return Math.floor((seed / 2147483647) * n);
};
const kinds: [EntityType, () => string][] = [
  ['person', () => `${word(rand(2_000), 2)} ${word(rand(60_000), 3)}`],
  ['person', () => word(rand(60_000), 3)],
  ['place', () => word(rand(20_000), 3)],
  ['organization', () => `${word(rand(30_000), 3)} ${['Council', 'Army', 'Party', 'Institute'][rand(4)]}`],
  ['organization', () => word(rand(5_000), 2).toUpperCase().slice(0, 4)],
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
// CPU time as well as wall time: the machine may be shared.
const started = performance.now();
const cpu = process.cpuUsage();
const { entities } = resolveEntities(input);
const used = process.cpuUsage(cpu);
const ms = performance.now() - started;
console.log(JSON.stringify({ articles, units: articles * perArticle, entities: entities.length, wallMs: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000) }));
