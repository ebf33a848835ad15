/**
 * BILOU tags (Begin, Inside, Last, Unit, Outside) and their conversions from/to spans of tokens.
 * A span is `[start, end)` in token indices with an entity type such as PER.
 */

/** A typed span of tokens, `end` exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/** All tags for the given entity types, 'O' first. */
export function bilouTags(types: readonly string[]): string[] {
  const tags = ['O'];
  for (const t of types) tags.push(`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`);
  return tags;
}

/** Whether tag `next` may follow tag `prev` (use 'O' for the sentence start and end). */
export function allowedTransition(prev: string, next: string): boolean {
  const p = prev[0];
  const n = next[0];
  const open = p === 'B' || p === 'I';
  if (open) return (n === 'I' || n === 'L') && next.slice(2) === prev.slice(2);
  return n === 'O' || n === 'B' || n === 'U';
}

/** BILOU tags for spans over `length` tokens. */
export function spansToBilou(spans: readonly TokenSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const { start, end, type } of spans) {
    if (end - start === 1) tags[start] = `U-${type}`;
    else {
      tags[start] = `B-${type}`;
      for (let i = start + 1; i < end - 1; i++) tags[i] = `I-${type}`;
      tags[end - 1] = `L-${type}`;
    }
  }
  return tags;
}

/**
 * Spans from BILOU tags, forgiving like conlleval: an I or L without its B starts a span, and a
 * B or I followed by something else closes one.
 */
export function bilouToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  const close = (end: number) => {
    if (open) spans.push({ ...open, end });
    open = undefined;
  };
  tags.forEach((tag, i) => {
    const kind = tag[0];
    const type = tag.slice(2);
    if (kind === 'O' || (open && open.type !== type) || kind === 'B' || kind === 'U') close(i);
    if (kind === 'O') return;
    if (!open) open = { start: i, end: i + 1, type };
    if (kind === 'L' || kind === 'U') close(i + 1);
  });
  close(tags.length);
  return spans;
}

/**
 * Entity spans from the tagger's BILOU tags, read as segments first, types second: a span begins
 * at a B, at a U right after a finished name (L or U) or after an O, and goes on through I and L
 * whatever their types say, until an O or the next beginning; its type is the one most of its
 * tokens carry (a tie goes to the later token). A greedy tagger often gets a name's extent right but wavers on its type inside it
 * ('B-ORG L-PER' for a person, 'U-LOC I-ORG L-ORG' for 'California Avocado Commission'); read
 * tag by tag, such a name would become two wrong entities.
 */
export function readSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    const counts = new Map<string, number>();
    let best = 0;
    for (let i = start; i < end; i++) {
      const t = tags[i]!.slice(2);
      const n = (counts.get(t) ?? 0) + 1;
      counts.set(t, n);
      best = Math.max(best, n);
    }
    // the type with the most tokens, the latest token's among equals
    let type = '';
    for (let i = end - 1; i >= start && !type; i--) if (counts.get(tags[i]!.slice(2)) === best) type = tags[i]!.slice(2);
    spans.push({ start, end, type });
    start = -1;
  };
  tags.forEach((tag, i) => {
    const kind = tag[0];
    if (kind === 'O') {
      close(i);
      return;
    }
    const prev = i > 0 ? tags[i - 1]![0] : 'O';
    if (kind === 'B' || (kind === 'U' && (prev === 'L' || prev === 'U'))) close(i);
    if (start < 0) start = i;
  });
  close(tags.length);
  return spans;
}

/** Spans from IOB1/IOB2 tags as in CoNLL files (conlleval's chunk rules). */
export function iobToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, i) => {
    const kind = tag[0];
    const type = tag.slice(2);
    const starts = kind === 'B' || (kind === 'I' && (!open || open.type !== type));
    if (open && (kind === 'O' || starts)) {
      spans.push({ ...open, end: i });
      open = undefined;
    }
    if (starts) open = { start: i, end: i + 1, type };
  });
  if (open) spans.push({ ...(open as TokenSpan), end: tags.length });
  return spans;
}
