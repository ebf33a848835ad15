/**
 * Word knowledge learned from unlabelled news text and from the training entities: word clusters
 * (bit-string paths of a binary clustering tree, like Brown clusters), the usual casing of words
 * (to read ALL-CAPS headlines) and a gazetteer of entity names.
 */

/** What the feature extractor knows about words beyond the sentence itself. */
export interface Lexicon {
  /** Cased word -> cluster path such as "0110100". */
  clusters: Map<string, string>;
  /** Lower-case word -> its most frequent written form in running text ("get", "Japan", "NATO"). */
  truecase: Map<string, string>;
  /** Lower-case entity name (tokens joined by spaces) -> entity types, e.g. "new york" -> ["LOC"]. */
  gazetteer: Map<string, string[]>;
  /** First word of gazetteer names -> the longest such name, in tokens. */
  gazetteerFirst: Map<string, number>;
}

/** An empty lexicon: no clusters, no casing, no gazetteer. */
export function emptyLexicon(): Lexicon {
  return { clusters: new Map(), truecase: new Map(), gazetteer: new Map(), gazetteerFirst: new Map() };
}

/** Builds a gazetteer from entity names with their types. */
export function buildGazetteer(entries: Iterable<readonly [string, string]>): Pick<Lexicon, 'gazetteer' | 'gazetteerFirst'> {
  const gazetteer = new Map<string, string[]>();
  const gazetteerFirst = new Map<string, number>();
  for (const [name, type] of entries) {
    const key = name.toLowerCase();
    const types = gazetteer.get(key) ?? [];
    if (!types.includes(type)) types.push(type);
    gazetteer.set(key, types);
    const words = key.split(' ');
    gazetteerFirst.set(words[0]!, Math.max(gazetteerFirst.get(words[0]!) ?? 0, words.length));
  }
  return { gazetteer, gazetteerFirst };
}
