/** Step 3: article text -> trimmed, whitespace-collapsed lines with their position. */

export interface Line {
  /** Position among the non-blank lines. */
  index: number;
  text: string;
  /** A blank line stood before it in the source. */
  blankBefore: boolean;
}

/** Splits text into non-blank lines, folding runs of white space. */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = true;
  for (const raw of text.split('\n')) {
    // Zero-width and control characters are never meaningful in a scraped text line.
    const clean = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
    if (!clean) {
      blank = true;
      continue;
    }
    lines.push({ index: lines.length, text: clean, blankBefore: blank });
    blank = false;
  }
  return lines;
}

/** Words of a line (letters or digits runs). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}

/**
 * Length of a line in Latin-script characters: a Chinese, Japanese or Korean character carries
 * about as much as a short word, so it counts three times (a 30-character Japanese sentence is
 * as long as a 90-character English one, and length thresholds hold for both).
 */
export function textLength(text: string): number {
  return text.length + 2 * (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0);
}

/** True when the line ends like a sentence; an emoji closes one too ("... gefällt mir 😉"). */
export function endsLikeSentence(text: string): boolean {
  // Only the last three code units can match (an emoji is two, plus a variation selector): testing
  // them alone keeps this constant-time on long lines.
  return SENTENCE_END.test(text.slice(-3));
}

const SENTENCE_END = /(?:[.!?…:;"”»)。！？」]|\p{Extended_Pictographic}\uFE0F?)$/u;

/** Letters, digits and single spaces, lower case: the form phrases are compared in. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
