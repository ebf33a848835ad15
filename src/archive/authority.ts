/**
 * The curators' authority file (`data/entities.yml`): a YAML list of entities with their canonical
 * name, type, aliases, optional Wikidata id and description, and `hide: true`. Read as data only
 * (no custom tags, bounded aliases); every bad entry becomes a message and is skipped.
 */
import { parseDocument } from 'yaml';
import { message } from '../messages.ts';
import type { EntityType, Message } from '../types.ts';
import { nameKey } from './names.ts';

/** One curated entity. */
export interface AuthorityEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata?: string;
  description?: string;
  hide: boolean;
}

const TYPES: Record<string, EntityType> = { person: 'person', organization: 'organization', organisation: 'organization', place: 'place' };
const FIELDS = new Set(['name', 'type', 'aliases', 'wikidata', 'description', 'hide']);

/** Parses the text of an authority file; `file` names it in messages. Never throws on content. */
export function parseAuthority(text: string, file: string): { value: AuthorityEntry[]; messages: Message[] } {
  const messages: Message[] = [];
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { value: [], messages: [message('authority-invalid', `${file}: ${doc.errors[0]!.message.split('\n')[0]}`)] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { value: [], messages: [message('authority-invalid', `${file}: ${(error as Error).message}`)] };
  }
  if (data === null || data === undefined) return { value: [], messages };
  if (!Array.isArray(data)) return { value: [], messages: [message('authority-invalid', `${file}: the file must be a list of entities (lines starting with "- name:")`)] };
  const entries: AuthorityEntry[] = [];
  const claimed = new Map<string, { index: number; name: string }>();
  data.forEach((raw, i) => {
    const where = `${file} entry ${i + 1}`;
    const entry = readEntry(raw, where, messages);
    if (!entry) return;
    const cls = entry.type === 'person' ? 'p' : 't';
    const own = [entry.name, ...entry.aliases].filter((a) => {
      const key = `${cls}:${nameKey(a)}`;
      const owner = claimed.get(key);
      if (owner === undefined || owner.index === i) return true;
      messages.push(message('authority-alias-conflict', `${where} ("${entry.name}"): "${a}" is already a name of "${owner.name}"`));
      return false;
    });
    if (!own.includes(entry.name)) return;
    for (const a of own) claimed.set(`${cls}:${nameKey(a)}`, { index: i, name: entry.name });
    entries.push({ ...entry, aliases: own.filter((a) => a !== entry.name) });
  });
  return { value: entries, messages };
}

function readEntry(raw: unknown, where: string, messages: Message[]): AuthorityEntry | undefined {
  const bad = (why: string) => {
    messages.push(message('authority-entry-invalid', `${where}: ${why}`));
    return undefined;
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('it is not a mapping of fields (name:, type:, aliases: ...)');
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || !r.name.trim()) return bad('"name" is missing or not text');
  const type = typeof r.type === 'string' ? TYPES[r.type.trim().toLowerCase()] : undefined;
  if (!type) return bad(`"type" must be person, organization or place (got ${JSON.stringify(r.type ?? null)})`);
  const aliasList = r.aliases === undefined || r.aliases === null ? [] : Array.isArray(r.aliases) ? r.aliases : [r.aliases];
  if (!aliasList.every((a) => typeof a === 'string' || typeof a === 'number')) return bad('"aliases" must be a list of names');
  if (r.hide !== undefined && typeof r.hide !== 'boolean') return bad('"hide" must be true or false');
  for (const k of Object.keys(r)) if (!FIELDS.has(k)) messages.push(message('authority-entry-invalid', `${where}: unknown field "${k}" was ignored`));
  const entry: AuthorityEntry = {
    name: r.name.trim(),
    type,
    aliases: [...new Set(aliasList.map((a) => String(a).trim()).filter(Boolean))],
    hide: r.hide === true,
  };
  if (r.wikidata !== undefined) {
    if (typeof r.wikidata === 'string' && /^Q[1-9]\d*$/.test(r.wikidata.trim())) entry.wikidata = r.wikidata.trim();
    else messages.push(message('authority-entry-invalid', `${where}: "wikidata" must be an id like Q12345; it was ignored`));
  }
  if (r.description !== undefined) {
    if (typeof r.description === 'string') entry.description = r.description.trim();
    else messages.push(message('authority-entry-invalid', `${where}: "description" must be text; it was ignored`));
  }
  return entry;
}

/** Index of every curated name and alias: `p:` (person) or `t:` (organisation/place) + name key -> entry index. */
export function authorityIndex(entries: readonly AuthorityEntry[]): Map<string, number> {
  const index = new Map<string, number>();
  entries.forEach((e, i) => {
    const cls = e.type === 'person' ? 'p' : 't';
    for (const a of [e.name, ...e.aliases]) if (!index.has(`${cls}:${nameKey(a)}`)) index.set(`${cls}:${nameKey(a)}`, i);
  });
  return index;
}
