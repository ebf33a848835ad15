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
