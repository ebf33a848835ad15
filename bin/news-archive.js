#!/usr/bin/env node
// Entry point: loads the TypeScript sources through tsx, then runs the CLI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// A build allocates many short-lived objects (records, page data, HTML): V8's default young
// generation (16 MB semi-spaces) spends much CPU collecting them. Run again with 32 MB
// semi-spaces (64 MB saves little more and costs memory) unless the caller chose V8 heap flags;
// render children inherit them.
const HEAP_FLAGS = ['--max-semi-space-size=32'];
if (!process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) && !process.env.NEWS_ARCHIVE_NO_RESPAWN) {
  const run = spawnSync(process.execPath, [...HEAP_FLAGS, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.error) {
    console.error(`news-archive: ${run.error.message}`);
    process.exit(2);
  }
  process.exit(run.status ?? (run.signal ? 128 + 2 : 1));
}

register();
globalThis[Symbol.for('news-archive.tsx-registered')] = true;
const { main } = await import('../src/cli.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Only configuration and output errors reach here; article problems are messages.
  console.error(`news-archive: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
