/**
 * A content-hash cache of per-article analysis (Astro's digest idea): an article whose name and
 * text are unchanged, analysed by the same pipeline version, is never analysed again. Stored as
 * one NDJSON file; saving keeps only the entries this run used, so deleted articles drop out.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AnalyseResult } from '../io/safe-analyse.ts';

const FILE = 'analysis.ndjson';

/** The cache key of one article: its path, its decoded text (or a digest of it) and what else its analysis read. */
export function cacheKey(file: string, text: string, context = ''): string {
  return createHash('sha256').update(file).update('\0').update(text).update('\0').update(context).digest('hex');
}

export class AnalysisCache<T = AnalyseResult> {
  private readonly stored = new Map<string, string>();
  private readonly used = new Map<string, string>();
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
  }

  /** Writes the entries used in this run (atomically: a crash never leaves half a cache). */
  async save(): Promise<void> {
    if (!this.dir) return;
    await fs.mkdir(this.dir, { recursive: true });
    const target = path.join(this.dir, this.file);
    const tmp = `${target}.${process.pid}.tmp`;
    const keys = [...this.used.keys()].sort();
    const body = [JSON.stringify({ version: this.version }), ...keys.map((k) => `${k}\t${this.used.get(k)}`)].join('\n');
    await fs.writeFile(tmp, `${body}\n`);
    await fs.rename(tmp, target);
  }
}
