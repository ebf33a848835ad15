/** Shared shapes of the archive: the public record contract and the pipeline's value types. */
import type { MessageId } from './messages.ts';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in one article or in the configuration; never an exception. */
export interface Message {
  /** Permanent id from the catalogue in `messages.ts`. */
  id: string;
  severity: Severity;
  /** Human sentence: what happened, what was done, what to do. */
  text: string;
  /** Path of the article relative to the articles folder, when the message is about one. */
  file?: string;
}

/** Where an inferred field came from. */
export interface Provenance {
  /** The rule that won, e.g. `front-matter`, `date-line`, `first-headline-line`. */
  rule: string;
  /** The text that rule read (trimmed to a short excerpt). */
  evidence: string;
  /** 0..1: how sure the rule is. Front matter is 1. */
  confidence: number;
}

/** What a pipeline step returns: the value, why, and anything worth telling the user. */
export interface Step<T> {
  value: T;
  provenance?: Provenance;
  messages: Message[];
}

export type DatePrecision = 'year' | 'month' | 'day';

export interface Published {
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' */
  date: string;
  precision: DatePrecision;
  /** True when the date is inferred from indirect evidence, not read from a date line. */
  estimated: boolean;
  /** 'HH:MM' (24 h) when the date line gives a time. */
  time?: string;
  /** e.g. 'UTC', '+02:00', 'EST' when the date line gives one. */
  timezone?: string;
  /**
   * Estimates only: the years the text allows ('YYYY'), e.g. not before the latest year it
   * mentions. `to` is absent when the text gives no upper bound.
   */
  range?: { from: string; to?: string };
}

export type EntityType = 'person' | 'organization' | 'place';

/** One entity as mentioned in one article. */
export interface EntityMention {
  id: string;
  name: string;
  type: EntityType;
  /** How many times the article mentions it (all spellings). */
  mentions: number;
}

export interface SourceRef {
  name: string;
  slug: string;
}

/** The public record: one per article, written to `<out>/data/articles.json`. */
export interface ArticleRecord {
  id: string;
  url: string;
  file: string;
  title: string;
  subtitle?: string | null;
  source: SourceRef | null;
  author: string | null;
  authorBio?: string | null;
  /** The page's original address, when front matter gives one (http/https only). */
  originalUrl?: string;
  published: Published | null;
  language: string;
  body: string[];
  entities: EntityMention[];
  provenance: Record<string, Provenance>;
  messages: Message[];
}

/** One canonical entity across the archive, written to `<out>/data/entities.json`. */
export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Ids of the articles that mention it. */
  articles: string[];
  /** Total mentions across the archive. */
  mentions: number;
  /** Entities mentioned in the same articles, with the number of shared articles, most first. */
  related?: { id: string; count: number }[];
  /** Wikidata id from the authority file, e.g. 'Q12345'. */
  wikidata?: string;
  /** One-line description from the authority file. */
  description?: string;
}

/** A raw entity mention found in one article before archive-wide resolution. */
export interface RawEntity {
  name: string;
  type: EntityType;
  /** Surface forms seen in the article, with counts. */
  forms: Record<string, number>;
  mentions: number;
}

/** One raw article file as read from disk (bytes already decoded or not). */
export interface ArticleInput {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  /** The file's bytes; unset when `known` stands for them. */
  bytes?: Uint8Array;
  /** SHA-256 of the bytes. */
  hash: string;
  /** The file's stat signature (see cache/known-files.ts). */
  stat?: string;
  /** What the last build learnt of the same file, unchanged since (see cache/known-files.ts): its bytes were not read. */
  known?: KnownFile;
  /** Reads the bytes (again); a message instead when the file is no longer a regular file within the size limit; throws when it cannot be read. */
  load?: () => { bytes: Uint8Array } | { message: [MessageId, string] };
}

/** One article file as the last build read it (see cache/known-files.ts). */
export interface KnownFile {
  /** Its stat signature (see statSignature). */
  stat: string;
  /** SHA-256 of its bytes. */
  hash: string;
  /** SHA-256 of its decoded text; null when it is not text (binary). */
  digest: string | null;
  /** SHA-256 of the text trimmed (what tells a copy of another article); null when it is blank. */
  same: string | null;
  /** What decoding it said. */
  messages: Message[];
}

/** A dated event one article mentions ("In September 2012, the US consulate ... was attacked"). */
export interface EventMention {
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' */
  date: string;
  precision: DatePrecision;
  /** The sentence or clause that mentions it, trimmed. */
  text: string;
  /** How the date was read: `absolute` (written in full) or `relative` (resolved against the publication date). */
  rule: 'absolute' | 'relative';
}

/** One event across the archive, written to `<out>/data/events.json` (sorted by date). */
export interface EventRecord {
  id: string;
  date: string;
  precision: DatePrecision;
  /** A short description: the shortest mention's text. */
  label: string;
  /** Each article that mentions it, with its own wording. */
  articles: { id: string; text: string }[];
}
