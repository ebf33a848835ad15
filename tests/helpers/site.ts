/** Test helpers: walk a built site and resolve its internal links. */
import fs from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** href/src values of a page (after HTML entity decoding of &amp;). */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/**
 * The file an internal URL resolves to under a site served at `basePath`, or null for external
 * links; `undefined` when the URL is internal but leaves the base path.
 */
export function targetOf(url: string, pageUrl: string, basePath: string, out: string): string | null | undefined {
  if (/^(?:[a-z]+:|\/\/|#)/i.test(url)) return null;
  const resolved = new URL(url, `http://site${pageUrl}`).pathname;
  if (!resolved.startsWith(basePath)) return undefined;
  let rel = decodeURIComponent(resolved.slice(basePath.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return path.join(out, rel);
}
