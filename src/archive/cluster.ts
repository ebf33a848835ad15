/**
 * Groups name units (one spelling with its counts) into entities. Used twice: within one article
 * (mentions -> raw entities) and across the archive (raw entities -> canonical entities).
 * Rules run in a fixed order; every lookup goes through an index (surname block and given
 * initial, initials, word suffixes), never over all pairs, so it scales to large archives.
 *   1. Exact key: case, diacritics, dots and spacing ignored ('Steven deMilliano' = 'Steven De Milliano').
 *   2. Full person names: same surname spelling and compatible given names ('Kalifa Haftar' = 'Khalifa Haftar'),
 *      complete linkage so a short given name cannot chain two people together.
 *   3. Surnames alone join the one person they can name ('Haftarot' -> 'Khalifa Haftar'); exact surnames first;
 *      two candidates leave it on its own.
 *   4. Acronyms join the one name they abbreviate: defined in an article ('(GNA)') first, then by initials.
 *   5. Organisation short forms ('National Army') join the one longer name they end.
 */
import limits from '../heuristics/entity-resolution.json' with { type: 'json' };
import type { EntityType } from '../types.ts';
import { type PersonName, acronymOf, fold, initials, nameKey, parsePerson, sameSurname, samePerson, surnameBlocks } from './names.ts';

/** One spelling to group, with its counts. `pin` is an authority entry: different pins never join. */
export interface Unit {
  name: string;
  type: EntityType;
  forms: Map<string, number>;
  mentions: number;
  pin?: number | undefined;
}

interface Cluster<U extends Unit> {
  units: U[];
  pin: number | undefined;
  people: PersonName[];
  mentions: number;
}

const isPerson = (t: EntityType) => t === 'person';
const byName = new Intl.Collator('en').compare;

/** Groups units into entities; each returned array is one entity. Deterministic for a given input order. */
export function clusterUnits<U extends Unit>(units: readonly U[]): U[][] {
  // 1. Exact keys (or the same authority entry).
  const byKey = new Map<string, Cluster<U>>();
  for (const u of units) {
    const key = u.pin !== undefined ? `pin:${u.pin}` : `${isPerson(u.type) ? 'p' : 't'}:${nameKey(u.name)}`;
    const c = byKey.get(key) ?? { units: [], pin: u.pin, people: [], mentions: 0 };
    c.units.push(u);
    c.mentions += u.mentions;
    byKey.set(key, c);
  }
  // A curated entry's units may start with its acronym ('GNA'): the rules below read a group by
  // its first unit, so a spelled-out name goes first ('National Accord' then finds 'Government of National Accord').
  for (const c of byKey.values()) {
    if (c.pin === undefined || !acronymOf(c.units[0]!.name)) continue;
    const spelled = c.units.findIndex((u) => !acronymOf(u.name));
    if (spelled > 0) c.units.unshift(...c.units.splice(spelled, 1));
  }
  const ordered = [...byKey.values()].sort((a, b) => b.mentions - a.mentions || byName(a.units[0]!.name, b.units[0]!.name));
  const people = ordered.filter((c) => isPerson(c.units[0]!.type));
  const things = ordered.filter((c) => !isPerson(c.units[0]!.type));
  return [...groupPeople(people), ...groupThings(things)].map((c) => c.units);
}

/** The first two items that pass: enough to tell 'none', 'one' and 'several' apart. */
function firstTwo<T>(list: readonly T[], test: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of list) if (test(item) && out.push(item) === 2) break;
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const canJoin = (a: { pin: number | undefined }, b: { pin: number | undefined }) => a.pin === undefined || b.pin === undefined || a.pin === b.pin;

function absorb<U extends Unit>(host: Cluster<U>, guest: Cluster<U>): void {
  for (const u of guest.units) host.units.push(u);
  // One entry per distinct spelling keeps complete-linkage checks short.
  for (const p of guest.people) if (!host.people.some((m) => m.surname === p.surname && m.given.join(' ') === p.given.join(' '))) host.people.push(p);
  host.mentions += guest.mentions;
  host.pin ??= guest.pin;
}

/**
 * Rules 2 and 3. Full names are compared only within a surname block and the same first letter
 * of the given name (which compatible given names share); surnames alone look up the block.
 */
function groupPeople<U extends Unit>(groups: Cluster<U>[]): Cluster<U>[] {
  const out: Cluster<U>[] = [];
  const byGiven = new Map<string, Cluster<U>[]>();
  const bySurname = new Map<string, Cluster<U>[]>();
  const keys = (p: PersonName) => surnameBlocks(p.surname).map((k) => `${k}|${p.given[0]![0]}`);
  const parsed = groups.map((g) => ({ g, p: parsePerson(g.units[0]!.name) }));
  // Full names, most mentioned first, so the frequent spelling anchors its variants.
  for (const { g, p } of parsed.filter((x) => x.p.given.length > 0)) {
    const near = new Set(keys(p).flatMap((k) => byGiven.get(k) ?? []));
    const fits = [...near].filter((c) => canJoin(c, g) && c.people.every((m) => samePerson(m, p)));
    if (fits.length === 1) {
      absorb(fits[0]!, { ...g, people: [p] });
      continue;
    }
    const c = { ...g, people: [p] };
    out.push(c);
    for (const k of keys(p)) push(byGiven, k, c);
    for (const k of surnameBlocks(p.surname)) push(bySurname, k, c);
  }
  // Surnames alone: the one full name they can be, exact spelling before a variant.
  const alone: { g: Cluster<U>; p: PersonName }[] = [];
  for (const { g, p } of parsed.filter((x) => x.p.given.length === 0)) {
    const block = [...new Set(surnameBlocks(p.surname).flatMap((k) => bySurname.get(k) ?? []))].filter((c) => canJoin(c, g));
    const exact = firstTwo(block, (c) => c.people.some((m) => m.surname === p.surname));
    const hosts = exact.length > 0 ? exact : firstTwo(block, (c) => c.people.some((m) => sameSurname(m.surname, p.surname)));
    if (hosts.length === 1) absorb(hosts[0]!, { ...g, people: [p] });
    else alone.push({ g, p });
  }
  // Surnames with no full name: variants of one another join ('Haftar', 'Haftarot').
  const lone: Cluster<U>[] = [];
  const loneBlocks = new Map<string, Cluster<U>[]>();
  for (const { g, p } of alone) {
    const keys = surnameBlocks(p.surname);
    const host = [...new Set(keys.flatMap((k) => loneBlocks.get(k) ?? []))].find(
      (c) => canJoin(c, g) && c.people.every((m) => sameSurname(m.surname, p.surname)),
    );
    if (host) {
      absorb(host, { ...g, people: [p] });
      continue;
    }
    const c = { ...g, people: [p] };
    lone.push(c);
    for (const k of keys) push(loneBlocks, k, c);
  }
  return [...out, ...lone];
}

/** Rules 4 and 5. */
function groupThings<U extends Unit>(groups: Cluster<U>[]): Cluster<U>[] {
  const full: Cluster<U>[] = [];
  const acronyms: { g: Cluster<U>; acr: string }[] = [];
  for (const g of groups) {
    const acr = acronymOf(g.units[0]!.name);
    if (acr) acronyms.push({ g, acr });
    else full.push(g);
  }
  const defined = new Map<string, Set<Cluster<U>>>();
  const byInitials = new Map<string, Set<Cluster<U>>>();
  const bySuffix = new Map<string, Cluster<U>[]>();
  const index = (map: Map<string, Set<Cluster<U>>>, key: string | undefined, c: Cluster<U>) => {
    if (!key) return;
    const set = map.get(key) ?? new Set();
    set.add(c);
    map.set(key, set);
  };
  const out: Cluster<U>[] = [];
  // Short organisation names (fewer words) come last so the long names they end are indexed.
  const words = new Map(full.map((g) => [g, fold(g.units[0]!.name).split(' ')]));
  for (const g of [...full].sort((a, b) => words.get(b)!.length - words.get(a)!.length)) {
    const w = words.get(g)!;
    const isOrg = g.units[0]!.type === 'organization';
    const hosts = w.length >= 2 && isOrg ? (bySuffix.get(w.join(' ')) ?? []).filter((c) => canJoin(c, g)) : [];
    if (hosts.length === 1) {
      absorb(hosts[0]!, g);
      continue;
    }
    out.push(g);
    if (isOrg) for (let k = 1; k < w.length - 1; k++) push(bySuffix, w.slice(k).join(' '), g);
    index(byInitials, initials(g.units[0]!.name), g);
    for (const u of g.units) for (const f of u.forms.keys()) index(defined, acronymOf(f), g);
  }
  for (const { g, acr } of acronyms) {
    const strong = [...(defined.get(acr) ?? [])].filter((c) => canJoin(c, g));
    const weak = [...(byInitials.get(acr) ?? [])].filter((c) => canJoin(c, g));
    const hosts = strong.length > 0 ? strong : weak;
    if (hosts.length === 1) absorb(hosts[0]!, g);
    else out.push(g);
  }
  return out;
}

/**
 * The fullest frequent form. Spellings that differ only in case, dots or spacing count together;
 * among those with a fair share of the mentions of the most frequent multi-word spelling, the one
 * with most capitalised words wins, then the most mentioned. Acronyms name an entity only when
 * nothing else does; a shouted form ('KHALIFA HAFTAR') only when no other is written.
 */
export function canonicalName(forms: ReadonlyMap<string, number>): string {
  const byKey = new Map<string, { forms: [string, number][]; count: number }>();
  for (const [f, n] of forms) {
    const k = nameKey(f);
    const e = byKey.get(k) ?? { forms: [], count: 0 };
    e.forms.push([f, n]);
    e.count += n;
    byKey.set(k, e);
  }
  const shouted = (f: string) => (f === f.toUpperCase() && /\p{Lu}{2}/u.test(f) ? 1 : 0);
  const display = (e: { forms: [string, number][] }) =>
    [...e.forms].sort((a, b) => shouted(a[0]) - shouted(b[0]) || b[1] - a[1] || byName(a[0], b[0]))[0]![0];
  const all = [...byKey.values()].map((e) => ({ name: display(e), count: e.count }));
  const spelled = all.filter((e) => !acronymOf(e.name));
  const pool = spelled.length > 0 ? spelled : all;
  const words = (f: string) => f.split(/\s+/).filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  const multi = pool.filter((e) => words(e.name) > 1);
  const top = Math.max(...(multi.length > 0 ? multi : pool).map((e) => e.count));
  const frequent = pool.filter((e) => e.count >= top * limits.canonicalFrequentShare.value || multi.length === 0);
  frequent.sort((a, b) => words(b.name) - words(a.name) || shouted(a.name) - shouted(b.name) || b.count - a.count || byName(a.name, b.name));
  return frequent[0]?.name ?? '';
}
