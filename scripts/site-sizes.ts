/**
 * Prints the size figures of a built site: the largest article page with its CSS (budget 50 KB),
 * the total of every page, and which pages load JavaScript.
 * Usage: npx tsx scripts/site-sizes.ts [_site]
 */
import fs from 'node:fs/promises';
import path from 'node:path';

const out = path.resolve(process.argv[2] ?? '_site');

async function walk(rel = ''): Promise<string[]> {
  const files: string[] = [];
  for (const e of await fs.readdir(path.join(out, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) files.push(...(await walk(r)));
    else files.push(r);
  }
  return files;
}

const files = await walk();
const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
const css = (await fs.stat(path.join(out, 'assets/style.css'))).size;
const sizes = await Promise.all(pages.map(async (f) => ({ f, size: (await fs.stat(path.join(out, f))).size })));
const articles = sizes.filter((s) => s.f.startsWith('articles/')).sort((a, b) => b.size - a.size);
const withJs: string[] = [];
for (const f of pages) if (/<script\b(?![^>]*application\/ld\+json)/.test(await fs.readFile(path.join(out, f), 'utf8'))) withJs.push(f);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`pages: ${pages.length}, total ${kb(sizes.reduce((s, x) => s + x.size, 0))}; style.css ${kb(css)}`);
if (articles[0]) console.log(`largest article page + CSS: ${kb(articles[0].size + css)} (${articles[0].f}); budget 50.0 KB`);
console.log(`median article page: ${kb(articles[Math.floor(articles.length / 2)]?.size ?? 0)}`);
console.log(`pages loading JavaScript: ${withJs.join(', ') || 'none'}`);
