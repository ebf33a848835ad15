/**
 * Name keys and comparisons shared by per-article grouping and archive-wide resolution:
 * case-, diacritic- and spacing-insensitive keys, a parsed person name (given names + surname),
 * and the fuzzy tests that decide whether two spellings are one name.
 */
import names from '../heuristics/entity-names.json' with { type: 'json' };
import limits from '../heuristics/entity-resolution.json' with { type: 'json' };

const PARTICLES = new Set(names.particles.words);
const SUFFIXES = new Set(names.suffixes.words);
const ACRONYM_STOP = new Set(names.acronymStopWords.words);

/** Lower case, no diacritics, apostrophes and dots removed, other punctuation as spaces. */
export function fold(text: string): string {
  const cached = FOLDED.get(text);
  if (cached !== undefined) return cached;
  if (FOLDED.size > 200_000) FOLDED.clear();
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
  FOLDED.set(text, folded);
  return folded;
}
const FOLDED = new Map<string, string>();

/** The exact-match key of a name: folded, without a leading "the" and without spaces. */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/^the\s+/, '')
    .replace(/\s+/g, '');
}

/** A person's name split for comparison. */
export interface PersonName {
  /** Folded given names (may be empty: a surname on its own). */
  given: string[];
  /** Folded last word of the surname, without particles ('milliano' for 'De Milliano'). */
  surname: string;
}

/** Splits a person's name into given names and surname; particles join the surname. */
export function parsePerson(name: string): PersonName {
  const words = splitCamelParticles(name)
    .split(/[\s-]+/)
    .map(fold)
    .filter((w) => w && !SUFFIXES.has(w));
  const surname = words.pop() ?? '';
  while (words.length > 0 && PARTICLES.has(words.at(-1)!)) words.pop();
  return { given: words.filter((w) => !PARTICLES.has(w)), surname };
}

/** "deMilliano" -> "de Milliano", "al-Sarraj" stays: a lower-case particle glued to a capital. */
export function splitCamelParticles(name: string): string {
  return name.replace(/(^|\s)(\p{Ll}+)(?=\p{Lu})/gu, (m, pre: string, p: string) => (PARTICLES.has(p) ? `${pre}${p} ` : m));
}

/** Jaro-Winkler similarity of two strings, 0..1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let half = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k++;
    if (a[i] !== b[k]) half++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - half / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Consonant skeleton: sounds that survive transliteration ('Haftorah' and 'Haftar' are both 'hftr'). */
export function skeleton(word: string): string {
  const cached = SKELETONS.get(word);
  if (cached !== undefined) return cached;
  if (SKELETONS.size > 100_000) SKELETONS.clear();
  const w = word
    .replace(/ph/g, 'f')
    .replace(/v/g, 'f')
    .replace(/kh|ck|q|c(?=[aou])/g, 'k')
    .replace(/z/g, 's');
  const head = w.slice(0, 1);
  const rest = w.slice(1).replace(/[aeiouyhw]/g, '');
  const result = (head + rest).replace(/(.)\1+/g, '$1');
  SKELETONS.set(word, result);
  return result;
}
const SKELETONS = new Map<string, string>();

/** Two folded surnames are one spelling: equal, a translation stem, or close in sound and letters. */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b || a[0] !== b[0]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= limits.stemMinLength.value && long.startsWith(short) && long.length - short.length <= limits.stemMaxExtra.value) return true;
  const jw = jaroWinkler(a, b);
  if (short.length >= limits.stemMinLength.value && jw >= limits.surnameJaroWinkler.value) return true;
  return skeleton(a).length >= 3 && skeleton(a) === skeleton(b) && jw >= limits.skeletonJaroWinkler.value;
}

/**
 * Blocking keys of a folded surname: two surnames are compared only when they share one. The
 * first four letters catch stems and endings ('haftar'/'haftarot'), the skeleton catches vowel
 * and transliteration shifts ('stevens'/'stephens').
 */
export function surnameBlocks(surname: string): string[] {
  const keys = [`p:${surname.slice(0, 4)}`, `s:${skeleton(surname)}`];
  return keys[0] === keys[1] ? [keys[0]!] : keys;
}

/** Two folded given names can name the same person: equal, an initial, a short form, or a spelling variant. */
export function sameGiven(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b || a[0] !== b[0]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1) return true;
  if (short.length >= limits.givenPrefixMinLength.value && long.startsWith(short)) return true;
  return skeleton(a) === skeleton(b) && jaroWinkler(a, b) >= limits.givenJaroWinkler.value;
}

/**
 * Two full names (both with given names) can be one person: same surname and compatible given
 * names, position by position where both have one ('George W. Bush' is not 'George H. W. Bush').
 */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (!sameSurname(a.surname, b.surname)) return false;
  const shared = Math.min(a.given.length, b.given.length);
  for (let i = 0; i < shared; i++) if (!sameGiven(a.given[i]!, b.given[i]!)) return false;
  return true;
}

/** The acronym a name would have ('Government of National Accord' -> 'GNA'); undefined for one word. */
export function initials(name: string): string | undefined {
  const words = fold(name).split(' ').filter((w) => w && !ACRONYM_STOP.has(w));
  if (words.length < 2) return undefined;
  return words.map((w) => w[0]).join('');
}

/** The folded letters of an acronym ('U.S.' -> 'us', 'GNA' -> 'gna'); undefined when the name is not one. */
export function acronymOf(name: string): string | undefined {
  const t = name.trim();
  if (/\s/.test(t)) return undefined;
  const letters = t.replace(/\./g, '');
  if (letters.length < 2 || letters.length > limits.acronymMaxLength.value) return undefined;
  if (!/^\p{Lu}+$/u.test(letters)) return undefined;
  return letters.toLowerCase();
}
