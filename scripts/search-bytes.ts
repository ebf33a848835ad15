/**
 * Prints what a search costs the reader, the way the search page (assets/search.js) fetches it,
 * in Debian's chromium with an empty cache per query. Bytes are counted where the server sends
 * them (every response body, including those a worker would fetch), split into: the page (HTML,
 * CSS, the site's script), the Pagefind runtime (pagefind.js, its metadata and WebAssembly,
 * fetched once when the page opens), and per query the index chunks and result fragments.
 * Optional extras, counted apart: opening the filter panel (--filters), one "More results"
 * click (--more). Queries are typed key by key, --key-delay ms apart (default 150: a quick
 * typist; a delay above the page's debounce makes every prefix a search of its own).
 * The site must be built with --base-path /archive/ (scripts/search-budget.ts makes one).
 * Usage: npx tsx scripts/search-bytes.ts <built-site> [query...] [--filters] [--more] [--key-delay ms]
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BASE, CHROMIUM, CHROMIUM_ARGS, serve } from '../tests/e2e/harness.ts';

const BUDGET_KB = 300;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { filters: { type: 'boolean', default: false }, more: { type: 'boolean', default: false }, 'key-delay': { type: 'string', default: '150' } },
});
const [dir = '_site', ...given] = positionals;
const queries = given.length ? given : ['oil', 'bank', 'trade', 'the', 'said', 'b'];
const keyDelay = Number(values['key-delay']);

type Kind = 'page' | 'runtime' | 'index' | 'filter' | 'fragment';
const kindOf = (url: string): Kind => {
  const p = new URL(url, 'http://x').pathname;
  if (!p.startsWith(`${BASE}pagefind/`)) return 'page';
  if (p.includes('/pagefind/index/')) return 'index';
  if (p.includes('/pagefind/filter/')) return 'filter';
  if (p.includes('/pagefind/fragment/')) return 'fragment';
  return 'runtime';
};

const server = await serve(path.resolve(dir));
let sent: { kind: Kind; bytes: number }[] = [];
// A second listener wraps end() before the harness's (async) handler writes the body.
server.on('request', (req, res) => {
  const end = res.end.bind(res) as (...a: unknown[]) => typeof res;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const bytes = typeof chunk === 'string' || chunk instanceof Uint8Array ? Buffer.byteLength(chunk) : 0;
    sent.push({ kind: kindOf(req.url ?? '/'), bytes });
    return end(chunk, ...rest);
  }) as typeof res.end;
});
const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const take = () => {
  const by: Record<Kind, number> = { page: 0, runtime: 0, index: 0, filter: 0, fragment: 0 };
  for (const s of sent) by[s.kind] += s.bytes;
  const files = sent.length;
  sent = [];
  return { ...by, total: by.page + by.runtime + by.index + by.filter + by.fragment, files };
};
const parts = (t: ReturnType<typeof take>) =>
  (['page', 'runtime', 'index', 'filter', 'fragment'] as const)
    .filter((k) => t[k])
    .map((k) => `${k} ${kb(t[k])}`)
    .join(', ');

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const over: string[] = [];
const table: string[] = ['| Query | Query | Opening the page (once) | First visit (page + query) | Results |', '| --- | --- | --- | --- | --- |'];
try {
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    sent = [];
    await page.goto(`${root}search/`);
    await page.locator('#search[data-state="ready"]').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const open = take();
    await page.locator('#search-input').pressSequentially(query, { delay: keyDelay });
    await page.locator('#search[data-state="done"]').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const q = take();
    const shown = await page.locator('.search-result').count();
    const status = (await page.locator('.search-status').textContent())?.trim();
    console.log(`"${query}": query ${kb(q.total)} (${parts(q)}; ${q.files} files) | on opening the page ${kb(open.total)} (${parts(open)}) | ${shown} shown: ${status}`);
    if (q.total > BUDGET_KB * 1024) over.push(query);
    table.push(`| ${query} | ${kb(q.total)} | ${kb(open.total)} | ${kb(open.total + q.total)} | ${status?.match(/^\d+|^No/)?.[0] ?? '?'} |`);
    if (values.filters) {
      await page.locator('.search-filters summary').click();
      await page.locator('.search-filter').first().waitFor({ timeout: 60_000 });
      await page.locator('#search[data-state="done"]').waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const f = take();
      console.log(`    + opening the filter panel ${kb(f.total)} (${parts(f)})`);
    }
    if (values.more && (await page.locator('.search-more').isVisible())) {
      await page.locator('.search-more').click();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const m = take();
      console.log(`    + "More results" ${kb(m.total)} (${parts(m)}), ${await page.locator('.search-result').count()} shown`);
    }
    if (errors.length) console.log(`    console: ${errors.join(' | ')}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n${table.join('\n')}\n`);
console.log(over.length ? `over the ${BUDGET_KB} KB query budget: ${over.join(', ')}` : `every query within the ${BUDGET_KB} KB budget`);
