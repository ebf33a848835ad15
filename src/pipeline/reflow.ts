/**
 * Step 2b: re-join hard-wrapped text. Wire services and e-mail dumps wrap prose at a fixed width
 * (~60-80 columns) and mark paragraphs with a blank line or an indent; a scraper's innerText dump
 * puts one paragraph per line. Only a text whose lines mostly end near one width, mid-sentence,
 * is reflowed, so ordinary dumps pass through untouched.
 */
import type { Step } from '../types.ts';

/** Share of prose lines that must end mid-sentence near the wrap width for the text to count as wrapped. */
const WRAPPED_SHARE = 0.5;
/** Prose lines considered: long enough to have been wrapped at all. */
const MIN_WRAP_WIDTH = 40;
/** A wrapped line ends within this many characters of the widest line. */
const WRAP_SLACK = 20;

/** Joins wrapped lines into paragraphs when the text is hard-wrapped; otherwise returns it as is. */
export function reflow(text: string): Step<string> {
  const lines = text.split('\n');
  const prose = lines.filter((l) => l.trim().length >= MIN_WRAP_WIDTH);
  if (prose.length < 4) return { value: text, messages: [] };
  const widths = prose.map((l) => l.trimEnd().length).sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.9)]!;
  // Wrapped lines end near the wrap width without a sentence end; one-paragraph-per-line dumps
  // have lines of every length that end in full stops.
  const wrapped = prose.filter((l) => {
    const t = l.trimEnd();
    return t.length >= width - WRAP_SLACK && t.length <= width + 2 && !/[.!?:"”]$/.test(t);
  });
  if (width > 100 || wrapped.length / prose.length < WRAPPED_SHARE) return { value: text, messages: [] };

  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = current.at(-1);
    // A blank line or an indented line starts a new paragraph; so does a line after a short one
    // (the short one ended its paragraph before the wrap width).
    if (!line.trim()) {
      flush();
      continue;
    }
    if (/^\s{2,}|^\t/.test(line) || (previous !== undefined && previous.length < width - WRAP_SLACK)) flush();
    current.push(line.trim());
  }
  flush();
  return {
    value: paragraphs.join('\n'),
    provenance: { rule: 'hard-wrapped-text', evidence: `${wrapped.length} of ${prose.length} lines wrapped near ${width} columns`, confidence: 0.8 },
    messages: [],
  };
}
