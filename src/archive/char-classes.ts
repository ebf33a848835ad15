/**
 * Character classes looked up by code, for scanners that walk a text one character at a time
 * instead of matching a regular expression for every word: a table for ASCII, a memo for the
 * rest (each other character is classified once, by `classify`). Pure.
 */
export function charClasses(classify: (char: string) => number): (code: number) => number {
  const ascii = new Uint8Array(128).map((_, c) => classify(String.fromCharCode(c)));
  const other = new Map<number, number>();
  return (code) => {
    if (code < 128) return ascii[code]!;
    let found = other.get(code);
    if (found === undefined) {
      found = classify(String.fromCodePoint(code));
      other.set(code, found);
    }
    return found;
  };
}
