/**
 * Prints what a search costs the reader: bytes downloaded by the search page before and after
 * typing a query, in Debian's chromium. The site must be built with --base-path /archive/.
 * Usage: npx tsx scripts/search-bytes.ts <built-site> [query...]
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BASE, CHROMIUM, CHROMIUM_ARGS, serve } from '../tests/e2e/harness.ts';

const [dir = '_site', ...queries] = process.argv.slice(2);
const server = await serve(path.resolve(dir));
const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  for (const query of queries.length ? queries : ['oil', 'bank']) {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (r) => {
      bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${root}search/`);
    await page.locator('.pagefind-ui__search-input').waitFor();
    await page.waitForLoadState('networkidle');
    const before = bytes;
    await page.locator('.pagefind-ui__search-input').fill(query);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const shown = await page.locator('.pagefind-ui__result').count();
    console.log(`"${query}": page load ${(before / 1024).toFixed(1)} KB, query ${((bytes - before) / 1024).toFixed(1)} KB, total ${(bytes / 1024).toFixed(1)} KB (${shown} results shown)`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
