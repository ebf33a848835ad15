/**
 * What an entity's pages are made from, as one digest per entity: its record, and for each of
 * its articles the link the page lists, the date the sparkline counts, the source, the entities
 * (ids, types and names: its co-occurring names) and the events it cites (with their citations).
 * An entity whose digest is the last build's, built by the same site version, has the same pages:
 * a rebuild neither makes their data nor fingerprints them (see view-model.ts). Anything an
 * entity page shows must be one of these inputs; tests/site/entity-digests.test.ts checks it. Pure.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord, EntityRecord } from '../types.ts';
import type { EventView } from './events.ts';

export interface DigestInputs {
  articles: readonly ArticleRecord[];
  entities: readonly EntityRecord[];
  /** What a page shows of an article (its link), by article id. */
  links: ReadonlyMap<string, unknown>;
  /** The events each article cites, by article id. */
  eventsByArticle: ReadonlyMap<string, readonly EventView[]>;
  /** What every entity page shares: the months of the coverage sparklines, the base path. */
  shared: unknown;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/** The digest of each entity's page inputs, by entity id. */
export function entityDigests({ articles, entities, links, eventsByArticle, shared }: DigestInputs): Map<string, string> {
  const names = new Map(entities.map((e) => [e.id, [e.name, e.type]]));
  const eventPrints = new Map<EventView, string>();
  const eventPrint = (ev: EventView) => {
    let print = eventPrints.get(ev);
    if (print === undefined) {
      print = sha1(JSON.stringify(ev));
      eventPrints.set(ev, print);
    }
    return print;
  };
  const articlePrints = new Map<string, string>();
  for (const a of articles) {
    const inputs = [links.get(a.id), a.published, a.source, a.entities.map((e) => [e.id, names.get(e.id)]), (eventsByArticle.get(a.id) ?? []).map(eventPrint)];
    articlePrints.set(a.id, sha1(JSON.stringify(inputs)));
  }
  const common = JSON.stringify(shared);
  const out = new Map<string, string>();
  for (const e of entities) {
    const hash = createHash('sha1').update(common).update(JSON.stringify(e));
    for (const id of e.articles) hash.update(articlePrints.get(id) ?? '-');
    out.set(e.id, hash.digest('base64url').slice(0, 20));
  }
  return out;
}
