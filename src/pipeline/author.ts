/**
 * Step 6: the author, from a byline ("By Jane Doe", "Jane Doe | Reuters") or from a name line
 * followed by a first-person or third-person bio at the end of the article.
 */
import type { Step } from '../types.ts';
import { type Line, words } from './lines.ts';

export interface AuthorPick {
  author: string | undefined;
  bio: string | undefined;
  /** Lines claimed by the byline and bio. */
  lines: number[];
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|van|von|der|la|le|da|di|del|bin|al|el)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}`;
const BY_LINE = new RegExp(`^(?:by|von|por|par|autor|written by)[:\\s]+(${NAME}(?:\\s*(?:,|and|&|und|y|et|i)\\s*${NAME})*)\\s*(?:[,|/–-].*)?$`, 'iu');
const NAME_PIPE = new RegExp(`^(${NAME})\\s*[|,]\\s*(?:reuters|ap|afp|associated press|bloomberg|staff writer|correspondent)\\b`, 'iu');
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');
/** A bio talks about the writer's work: first person, or "is a ... journalist/reporter". */
const BIO = /\b(I (?:cover|write|am|have|report)|journalist|reporter|correspondent|editor|writes (?:about|for)|is a (?:senior |staff |freelance )?(?:writer|reporter))\b/i;

/** Finds the byline; lines listed in `claimed` are skipped. */
export function pickAuthor(lines: readonly Line[], claimed: ReadonlySet<number>): Step<AuthorPick> {
  for (const line of lines.slice(0, 20)) {
    if (claimed.has(line.index)) continue;
    const m = BY_LINE.exec(line.text) ?? NAME_PIPE.exec(line.text);
    if (m && line.text.length <= 120) {
      return {
        value: { author: m[1]!.trim(), bio: undefined, lines: [line.index] },
        provenance: { rule: 'byline', evidence: line.text.slice(0, 200), confidence: 0.85 },
        messages: [],
      };
    }
  }
  // A name line followed by a bio, in the last lines of the page.
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 8); i--) {
    const line = lines[i]!;
    const bio = lines[i + 1]!;
    if (claimed.has(line.index) || !NAME_ONLY.test(line.text) || words(line.text).length > 4) continue;
    if (BIO.test(bio.text)) {
      return {
        value: { author: line.text, bio: bio.text, lines: [line.index, bio.index] },
        provenance: { rule: 'name-and-bio', evidence: `${line.text} / ${bio.text.slice(0, 160)}`, confidence: 0.8 },
        messages: [],
      };
    }
  }
  return { value: { author: undefined, bio: undefined, lines: [] }, messages: [] };
}
