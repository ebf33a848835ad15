/**
 * A content-hash cache of per-article analysis (Astro's digest idea): an article whose name and
 * text are unchanged, analysed by the same pipeline version, is never analysed again. Stored as
 * one NDJSON file. Saving appends the new entries while most stored ones are still in use (a
 * rebuild after one new article writes one line, not the whole file); once more than a tenth are
 * stale it rewrites the file with only the entries this run used, so deleted articles drop out.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AnalyseResult } from '../io/safe-analyse.ts';
import { writeFileAtomic } from './write-atomic.ts';

const FILE = 'analysis.ndjson';

/** The cache key of one article: its path, its decoded text (or a digest of it) and what else its analysis read. */
export function cacheKey(file: string, text: string, context = ''): string {
  return createHash('sha256').update(file).update('\0').update(text).update('\0').update(context).digest('hex');
}

export class AnalysisCache<T = AnalyseResult> {
  private readonly stored = new Map<string, string>();
  private readonly used = new Map<string, string>();
  /** Keys set in this run that the file does not hold yet. */
  private readonly fresh = new Set<string>();
  hits = 0;

  private constructor(
    private readonly dir: string | undefined,
    private readonly version: string,
    private readonly file: string,
  ) {}

  /**
   * Opens the cache in `dir` (no folder: a cache that remembers nothing); `file` names the store
   * (per-article analyses by default; other per-text results keep their own).
   */
  static async open<T = AnalyseResult>(dir: string | undefined, version: string, file = FILE): Promise<AnalysisCache<T>> {
    const cache = new AnalysisCache<T>(dir, version, file);
    if (!dir) return cache;
    const text = await fs.readFile(path.join(dir, file), 'utf8').catch(() => '');
    const lines = text.split('\n');
    // A cache from another pipeline version, or a damaged one, is ignored as a whole.
    if (lines[0] !== JSON.stringify({ version })) return cache;
    for (const line of lines.slice(1)) {
      const tab = line.indexOf('\t');
      if (tab === 64) cache.stored.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return cache;
  }

  /** The cached result for a key, if any. */
  get(key: string): T | undefined {
    const json = this.stored.get(key);
    if (json === undefined) return undefined;
    try {
      const result = JSON.parse(json) as T;
      this.used.set(key, json);
      this.hits++;
      return result;
    } catch {
      return undefined;
    }
  }

  /** Remembers a fresh result. */
  set(key: string, result: T): void {
    this.used.set(key, JSON.stringify(result));
    if (!this.stored.has(key)) this.fresh.add(key);
  }

  /**
   * Saves this run's entries: appends the new ones while at most a tenth of the stored entries
   * went unused; else rewrites the file (atomically: a crash never leaves half a cache) with the
   * entries used. A line cut short by a crash while appending is skipped when read.
   */
  async save(): Promise<void> {
    if (!this.dir) return;
    await fs.mkdir(this.dir, { recursive: true });
    const target = path.join(this.dir, this.file);
    const stale = this.stored.size - (this.used.size - this.fresh.size);
    if (this.stored.size > 0 && stale * 10 <= this.stored.size) {
      if (this.fresh.size > 0) await fs.appendFile(target, [...this.fresh].map((k) => `${k}\t${this.used.get(k)}\n`).join(''));
      this.commit();
      return;
    }
    const keys = [...this.used.keys()].sort();
    const body = [JSON.stringify({ version: this.version }), ...keys.map((k) => `${k}\t${this.used.get(k)}`)].join('\n');
    await writeFileAtomic(target, `${body}\n`);
    this.stored.clear();
    this.commit();
  }

  /** The entries saved are stored ones now. */
  private commit(): void {
    for (const [k, v] of this.used) this.stored.set(k, v);
    this.fresh.clear();
  }
}
