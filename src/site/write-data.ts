/** Writes the data downloads and the raw article texts into the output folder. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExtractResult } from '../extract.ts';

/** The public records as written to data/articles.json (ordered newest first). */
export function articlesJson(archive: ExtractResult): string {
  return `${JSON.stringify(archive.articles, null, 2)}\n`;
}

/** Writes data/articles.json, data/entities.json and raw/<id>.txt under `out`. */
export async function writeDataFiles(archive: ExtractResult, out: string): Promise<string[]> {
  const written: string[] = [];
  const write = async (rel: string, content: string) => {
    const target = path.resolve(out, rel);
    // Every name here is a slug we made, but check anyway: nothing is written outside `out`.
    if (!target.startsWith(path.resolve(out) + path.sep)) throw new Error(`refusing to write outside the output folder: ${rel}`);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content);
    written.push(rel);
  };
  await write('data/articles.json', articlesJson(archive));
  await write('data/entities.json', `${JSON.stringify(archive.entities, null, 2)}\n`);
  await write('data/sources.json', `${JSON.stringify(archive.sources, null, 2)}\n`);
  for (const [id, text] of archive.raw) await write(`raw/${id}.txt`, text);
  return written;
}
