/** Reads the entity authority file: an explicit path, else `data/entities.yml` beside the articles folder or in the working folder. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type AuthorityEntry, parseAuthority } from '../archive/authority.ts';
import { message } from '../messages.ts';
import type { Message } from '../types.ts';

const DEFAULT = path.join('data', 'entities.yml');
const MAX_BYTES = 5 * 1024 * 1024;

/** Loads and parses the authority file; a missing default file is no problem, a missing explicit one is a warning. */
export async function readAuthority(explicit: string | undefined, articlesDir: string): Promise<{ value: AuthorityEntry[]; messages: Message[] }> {
  const candidates = explicit ? [path.resolve(explicit)] : [...new Set([path.resolve(articlesDir, '..', DEFAULT), path.resolve(DEFAULT)])];
  for (const file of candidates) {
    let text: string;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) continue;
      if (stat.size > MAX_BYTES) return { value: [], messages: [message('authority-invalid', `${file}: larger than 5 MB`)] };
      text = await fs.readFile(file, 'utf8');
    } catch {
      continue;
    }
    return parseAuthority(text, path.relative(process.cwd(), file) || file);
  }
  return { value: [], messages: explicit ? [message('authority-missing', path.resolve(explicit))] : [] };
}
