/** Formats messages for the terminal: one line per id with a count, or every message when verbose. */
import { hintFor } from './messages.ts';
import type { Message, Severity } from './types.ts';

/** Lines summarising messages, grouped by id (Pagefind-style), each with its hint, then a count line. */
export function formatMessages(messages: readonly Message[], verbose: boolean): string[] {
  if (messages.length === 0) return [];
  let lines: string[];
  if (verbose) {
    lines = messages.map((m) => `${m.severity} [${m.id}] ${m.file ? `${m.file}: ` : ''}${m.text}`);
  } else {
    const groups = new Map<string, Message[]>();
    for (const m of messages) {
      const list = groups.get(m.id);
      if (list) list.push(m);
      else groups.set(m.id, [m]);
    }
    lines = [...groups.entries()].map(([id, list]) => {
      const first = list[0]!;
      const example = first.file ? ` (e.g. ${first.file}: ${first.text})` : `: ${first.text}`;
      const more = list.length > 1 ? ' Run with --verbose to list every file.' : '';
      return `${first.severity} [${id}] ×${list.length}${example}. ${hintFor(id) ?? ''}${more}`;
    });
  }
  return [...lines, summaryLine(messages)];
}

/** Counts by severity, e.g. {error: 0, warning: 3, info: 5}. */
export function countBySeverity(messages: readonly Message[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const m of messages) counts[m.severity]++;
  return counts;
}

/** "Messages: 1 error, 3 warnings, 5 notes." */
export function summaryLine(messages: readonly Message[]): string {
  const c = countBySeverity(messages);
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `Messages: ${n(c.error, 'error')}, ${n(c.warning, 'warning')}, ${n(c.info, 'note')}${c.warning > 0 ? ' (--strict makes warnings fail the build)' : ''}.`;
}

/** True when the messages should fail the build: any error, or any warning under --strict. */
export function failing(messages: readonly Message[], strict: boolean): boolean {
  return messages.some((m) => m.severity === 'error' || (strict && m.severity === 'warning'));
}

export interface BuildFigures {
  articles: number;
  entities: number;
  sources: number;
  out: string;
  analysed?: number;
  cached?: number;
  /** Pages rendered this time; with `render`, also those left unchanged and removed. */
  pagesWritten: number;
  render?: { rendered: number; skipped: number; removed: number; filesWritten: number };
  searchPages: number;
  searchShards?: { total: number; indexed: number };
  timings: Record<string, number>;
  totalMs: number;
  /** Nothing changed since the last build, whose outputs were all on disk: nothing was done. */
  upToDate?: boolean;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The end-of-build summary: what was built, what was redone, and the time each stage took. */
export function buildSummary(f: BuildFigures): string[] {
  const analysis = f.analysed !== undefined && f.cached ? ` (${f.analysed} analysed, ${f.cached} from the cache)` : '';
  const r = f.render;
  const pages = r
    ? `Pages: ${r.rendered + r.skipped} (${r.rendered} rendered, ${r.skipped} unchanged${r.removed ? `, ${r.removed} outputs removed` : ''}) · data files written: ${r.filesWritten}`
    : `Pages: ${f.pagesWritten} rendered`;
  const shards = f.searchShards ? ` in ${f.searchShards.total} shard${f.searchShards.total === 1 ? '' : 's'}, ${f.searchShards.indexed} indexed` : '';
  const search = f.searchPages ? ` · search index: ${f.searchPages} articles${shards}` : '';
  const stages = Object.entries(f.timings).map(([stage, ms]) => `${stage} ${seconds(ms)}`);
  const time = `Time: ${[...stages, `total ${seconds(f.totalMs)}`].join(' · ')}`;
  if (f.upToDate) {
    return [`Up to date: no article, option or version changed since the last build into ${f.out}, and its outputs are all there (${f.articles} articles, ${f.entities} entities, ${f.sources} sources, ${f.render?.skipped ?? 0} pages).`, time];
  }
  return [
    `Built ${f.articles} articles${analysis}, ${f.entities} entities, ${f.sources} sources into ${f.out}`,
    `${pages}${search}`,
    time,
  ];
}
