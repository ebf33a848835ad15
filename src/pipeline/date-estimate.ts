/**
 * An estimated publication year for an article without a date line, from what the text says
 * about time: "Six years after a deadly attack on the US consulate" plus "In September 2012, the
 * US consulate ... was attacked" -> 2018. The year of the event is read in the same sentence, or
 * in the sentence elsewhere in the text that shares the most key words with the event phrase.
 * Estimates are year-precision, `estimated: true`, and carry the range of years they allow.
 */
import data from '../heuristics/date-estimate.json' with { type: 'json' };
import type { Published, Step } from '../types.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER_WORDS = new Map(Object.entries(data.numbers));
const WORD = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
/** A number in digits or words, compounds included ("twenty-five", "vingt-cinq"). */
const NUMBER = `(\\d{1,2}|(?:${WORD})(?:-(?:${WORD}))?)`;
const YEARS_AFTER = new RegExp(`(?<![\\p{L}-])${NUMBER}[\\s-]+(?:${data.years.join('|')})\\s+(${data.after.map(escapeRe).join('|')})(?!\\p{L})`, 'giu');
const YEAR = /(?<![\d.,/-])(1[89]\d\d|20\d\d)(?![\d.,/-]\d)/g;
const FORWARD = new RegExp(`(?<!\\p{L})(?:${data.forward.map(escapeRe).join('|')})\\s+(?:\\p{L}+\\s+)?$`, 'iu');
const STOP = new Set(data.stopwords);

/** Splits paragraphs into sentences (rough: ., ! or ? then a space and a capital or a quote). */
export function sentences(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((p) => p.split(/(?<=[.!?…])\s+(?=[\p{Lu}"“‘'«(])/u)).filter((s) => s.length > 0);
}

/** Key-word stems of a phrase: content words cut to five letters, so "attack" meets "attacked". */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const word = w.replace(/['’]s$/, '');
    if (word.length < 4 || STOP.has(word)) continue;
    out.add(word.slice(0, 5));
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const s of a) for (const t of b) if (s === t || (s.length >= 4 && t.startsWith(s)) || (t.length >= 4 && s.startsWith(t))) n++;
  return n;
}

/** Years a sentence mentions as past or present, not as a target ("by 2030"). */
export function yearsIn(sentence: string): { year: number; index: number }[] {
  const out: { year: number; index: number }[] = [];
  for (const m of sentence.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year < data.yearFloor || FORWARD.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ year, index: m.index });
  }
  return out;
}

interface Estimate {
  year: number;
  evidence: string;
  overlap: number;
}

/** Estimates the publication year from "N years after <event>" phrases; null when the text gives no such clue. */
export function estimatePublished(paragraphs: readonly string[]): Step<Published | null> {
  const all = sentences(paragraphs);
  const yearsOf = all.map((s) => yearsIn(s));
  const latest = Math.max(0, ...yearsOf.flatMap((ys) => ys.map((y) => y.year)));
  // Sentences naming exactly one year, with their key words: where an event's year is looked up.
  let datedCache: { sentence: string; year: number; stems: Set<string> }[] | undefined;
  const dated = () =>
    (datedCache ??= all.flatMap((s, i) => {
      const years = [...new Set(yearsOf[i]!.map((y) => y.year))];
      return years.length === 1 ? [{ sentence: s, year: years[0]!, stems: stems(s) }] : [];
    }));
  const estimates: Estimate[] = [];
  let phrases = 0;
  for (const sentence of all) {
    if (phrases >= data.maxPhrases) break;
    for (const m of sentence.matchAll(YEARS_AFTER)) {
      phrases++;
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : m[1]!.toLowerCase().split('-').reduce((sum, w) => sum + (NUMBER_WORDS.get(w) ?? 0), 0);
      if (n <= 0) continue;
      // "ago" counts back from now: the year named is n years before publication, like "after".
      const phrase = sentence.slice(m.index + m[0].length).split(/[,;:–—]|\s-\s/)[0] ?? '';
      const own = yearsIn(sentence).filter((y) => y.index > m.index);
      if (own[0]) {
        estimates.push({ year: own[0].year + n, evidence: sentence, overlap: Number.POSITIVE_INFINITY });
        continue;
      }
      const key = stems(phrase);
      let best: Estimate | undefined;
      for (const other of dated()) {
        if (other.sentence === sentence) continue;
        const o = overlap(key, other.stems);
        if (o >= data.minOverlap && (!best || o > best.overlap)) best = { year: other.year + n, evidence: `${sentence} / ${other.sentence}`, overlap: o };
      }
      if (best) estimates.push(best);
    }
  }
  // An estimate earlier than a year the text itself mentions cannot be right.
  const plausible = estimates.filter((e) => e.year >= latest && e.year <= 2100);
  if (plausible.length === 0) return { value: null, messages: [] };
  const votes = new Map<number, number>();
  for (const e of plausible) votes.set(e.year, (votes.get(e.year) ?? 0) + 1);
  const [year, count] = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
  const evidence = plausible.find((e) => e.year === year)!.evidence;
  const agreeing = count === plausible.length;
  // "Six years after" is rounded either way around the anniversary: a year either side.
  const value: Published = { date: String(year), precision: 'year', estimated: true, range: { from: String(Math.max(year - 1, latest)), to: String(year + 1) } };
  return {
    value,
    provenance: { rule: 'years-after-event', evidence: evidence.slice(0, 200), confidence: agreeing ? Math.min(0.6, 0.35 + 0.1 * count) : 0.3 },
    messages: [],
  };
}

/** The range an undated article's own year mentions allow: not before the latest past year it names. */
export function yearRange(paragraphs: readonly string[]): { from: string } | undefined {
  const years = sentences(paragraphs).flatMap((s) => yearsIn(s).map((y) => y.year));
  return years.length ? { from: String(Math.max(...years)) } : undefined;
}
