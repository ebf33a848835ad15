/**
 * A JSON-records file (see jsonRecords in write-data.ts: '[', one record per line, ']') made
 * from keyed lines: each record's line comes with a key that changes whenever the line does, so
 * a rebuild copies the lines of unchanged records from the file the last build wrote instead of
 * serialising every record again (a large archive's articles.json is 80 MB of JSON). Pure.
 */

/** The lines of a records file: one key per record, in file order, and the record's JSON. */
export interface KeyedLines {
  keys: readonly string[];
  line: (i: number) => string;
}

/** What the last build wrote into a records file: its lines' keys and the hash of its bytes. */
export interface WrittenLines {
  keys: string[];
  /** Fingerprint of the file's bytes: the file is reused only when it is still what was written. */
  bytes: string;
}

/** The records file of `lines`, byte for byte what jsonRecords makes of the same records. */
export function joinLines(lines: KeyedLines, reuse?: ReadonlyMap<string, string>): string {
  const n = lines.keys.length;
  if (n === 0) return '[]\n';
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = reuse?.get(lines.keys[i]!) ?? lines.line(i);
  return `[\n${parts.join(',\n')}\n]\n`;
}

/**
 * The lines of a records file written as `written` says, by key; undefined when the text is not
 * such a file (another number of lines, or not the '[' ... ']' frame). A JSON record holds no raw
 * line break, so its line is the record.
 */
export function linesByKey(text: string, written: Pick<WrittenLines, 'keys'>): Map<string, string> | undefined {
  const n = written.keys.length;
  if (n === 0 || !text.startsWith('[\n') || !text.endsWith('\n]\n')) return undefined;
  const lines = text.slice(2, -3).split('\n');
  if (lines.length !== n) return undefined;
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (i < n - 1 && !line.endsWith(',')) return undefined;
    out.set(written.keys[i]!, i < n - 1 ? line.slice(0, -1) : line);
  }
  return out;
}
