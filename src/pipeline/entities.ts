/**
 * Step 10: named entities (people, organisations, places) mentioned in the title and body,
 * grouped within the article: "Khalifa Haftar" and "Haftar" are one entity.
 */
import nlp from 'compromise';
import titleList from '../heuristics/entity-titles.json' with { type: 'json' };
import type { EntityType, RawEntity } from '../types.ts';

const TITLE_RE = new RegExp(
  `^(?:(?:${titleList.titles
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.]/g, '\\.'))
    .join('|')})\\.?\\s+)+`,
  'i',
);

/** Cleans a mention: no role titles, possessives, or surrounding punctuation. */
export function cleanMention(text: string): string {
  let name = text
    .replace(/[’']s\b/g, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  name = name.replace(TITLE_RE, '');
  name = name.replace(/\.$/, '').replace(/^the\s+/i, (m) => (/^the\s+\p{Lu}/u.test(name) ? m : ''));
  return name.trim();
}

/** A mention worth keeping: starts with a capital, has letters, is not a lone stop word. */
function plausible(name: string): boolean {
  if (name.length < 2 || name.length > 80) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(name)) return false;
  return /\p{L}{2}/u.test(name);
}

/** compromise reads 8-30 KB/s: past this many characters (longer than most news articles) the rest is not read, so a 1 MB line cannot stall the build. */
const MAX_ENTITY_TEXT = 20_000;

/** Finds entities in a text with compromise, merging short forms into longer ones of the same type. */
export function findEntities(text: string): RawEntity[] {
  const doc = nlp(text.slice(0, MAX_ENTITY_TEXT));
  const found: { name: string; type: EntityType }[] = [];
  const collect = (terms: string[], type: EntityType) => {
    for (const t of terms) {
      const name = cleanMention(t);
      if (plausible(name)) found.push({ name, type });
    }
  };
  collect(doc.people().out('array') as string[], 'person');
  collect(doc.organizations().out('array') as string[], 'organization');
  collect(doc.places().out('array') as string[], 'place');
  return groupMentions(found);
}

/** Groups mentions: a name whose words end another, longer name of the same type joins it. */
export function groupMentions(found: readonly { name: string; type: EntityType }[]): RawEntity[] {
  const byKey = new Map<string, RawEntity>();
  for (const { name, type } of found) {
    const key = `${type}:${name.toLowerCase()}`;
    const e = byKey.get(key) ?? { name, type, forms: {}, mentions: 0 };
    e.forms[name] = (e.forms[name] ?? 0) + 1;
    e.mentions++;
    byKey.set(key, e);
  }
  const entities = [...byKey.values()].sort((a, b) => b.name.length - a.name.length);
  const merged: RawEntity[] = [];
  for (const e of entities) {
    const host = e.type === 'person' ? merged.find((m) => m.type === e.type && isShortFormOf(e.name, m.name)) : undefined;
    if (!host) {
      merged.push(e);
      continue;
    }
    for (const [form, n] of Object.entries(e.forms)) host.forms[form] = (host.forms[form] ?? 0) + n;
    host.mentions += e.mentions;
  }
  return merged.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** "Haftar" is a short form of "Khalifa Haftar": its words are the last words of the longer name. */
export function isShortFormOf(short: string, long: string): boolean {
  const s = short.toLowerCase().split(' ');
  const l = long.toLowerCase().split(' ');
  return s.length < l.length && s.every((w, i) => l[l.length - s.length + i] === w);
}
