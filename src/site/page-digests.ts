/**
 * What an entity's or an article's pages are made from, as one digest each. A page whose digest
 * is the last build's, built by the same site version, is the same page: a rebuild neither makes
 * its data nor fingerprints it (see view-model.ts). Anything such a page shows must be one of
 * these inputs; tests/site/page-digests.test.ts checks it for each kind of change. Pure.
 *
 * An entity: its record (but the related entities its pages do not show), and for each of its
 * articles the link its pages list, the date the
 * sparkline counts, the source, the entities (ids, types and names: its co-occurring names) and
 * the events it cites (with their citations). An article: its record (but the provenance and
 * messages its page does not show), which of its entities are search filters, its related and
 * same-story articles and its older and newer neighbours (with their links).
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord, EntityRecord } from '../types.ts';
import type { EventView } from './events.ts';

export interface EntityDigestInputs {
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
export function entityDigests({ articles, entities, links, eventsByArticle, shared }: EntityDigestInputs): Map<string, string> {
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
    // What the pages show of the record itself; its article list is hashed through the articles'
    // prints below, and its related entities are not shown (co-occurrence comes from the articles).
    const { articles: list, related: _related, ...shown } = e;
    // One string, hashed at once: the same digest as hashing the parts in turn, for a fraction of
    // the calls (an entity of a large archive lists thousands of articles).
    let text = common + JSON.stringify(shown);
    for (const id of list) text += id + (articlePrints.get(id) ?? '-');
    out.set(e.id, createHash('sha1').update(text).digest('base64url').slice(0, 20));
  }
  return out;
}

export interface ArticleDigestInputs {
  articles: readonly ArticleRecord[];
  /** What a page shows of an article (its link), by article id. */
  links: ReadonlyMap<string, unknown>;
  /** Articles an article's page links to, by article id, with what the page says of each (score, shared names, rule). */
  linked: (id: string) => readonly { id: string }[][];
  /** Whether an entity is a search filter value (it is in enough articles). */
  filter: (entityId: string) => boolean;
  /** What every article page shares: the base path, the site URL. */
  shared: unknown;
  /**
   * Each article's content key, by id (see Archive.contentKeys): when given, it stands for the
   * fields of the record it covers, so a large archive's bodies are not serialised again.
   */
  contentKeys?: ReadonlyMap<string, string>;
}

/** The digest of each article page's inputs, by article id. */
export function articleDigests({ articles, links, linked, filter, shared, contentKeys }: ArticleDigestInputs): Map<string, string> {
  const linkPrints = new Map<string, string>();
  const linkPrint = (id: string) => {
    let print = linkPrints.get(id);
    if (print === undefined) {
      print = JSON.stringify(links.get(id)) ?? '-';
      linkPrints.set(id, print);
    }
    return print;
  };
  const common = JSON.stringify(shared);
  const out = new Map<string, string>();
  for (const a of articles) {
    // The page shows neither provenance nor messages (they are in the data downloads), and of
    // the entities what entityGroups and the JSON-LD show.
    const { provenance: _provenance, messages: _messages, entities, ...shown } = a;
    const key = contentKeys?.get(a.id);
    // What the content key does not cover: the id, the URL and the source's slug.
    const record = key === undefined ? JSON.stringify(shown) : JSON.stringify([key, a.id, a.url, a.source]);
    let text = common + record + JSON.stringify(entities.map((e) => [e.id, e.name, e.type, e.mentions, filter(e.id)]));
    for (const list of linked(a.id)) {
      text += JSON.stringify(list);
      for (const other of list) text += linkPrint(other.id);
    }
    out.set(a.id, createHash('sha1').update(text).digest('base64url').slice(0, 20));
  }
  return out;
}
