#!/usr/bin/env node
// Entry point: loads the TypeScript sources through tsx, then runs the CLI.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

// A build allocates many short-lived objects (records, page data, HTML): V8's default young
// generation (16 MB semi-spaces) spends much CPU collecting them. Run again with 32 MB
// semi-spaces (64 MB saves little more and costs memory) unless the caller set the semi-space
// size or NEWS_ARCHIVE_NO_RESPAWN; render children inherit the flags.
// V8 lets the old generation grow to several times what is live before a full collection; on a
// large archive that doubled the peak (a 19,043-article cold build: 2,037 MB). Growing it by 30%
// at a time keeps the peak near what is live (1,110 MB) for the same CPU time.
const HEAP_FLAGS = ['--max-semi-space-size=32', '--heap-growing-percent=30'];
if (!process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) && !process.env.NEWS_ARCHIVE_NO_RESPAWN) {
  const child = spawn(process.execPath, [...HEAP_FLAGS, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // A signal sent to this process (a process manager stopping `serve`) reaches the real one too.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`news-archive: ${error.message}`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 1)));
} else {
  await run();
}

async function run() {
  // Loaded here, not at the top: the process that only respawns never needs it.
  const { register } = await import('tsx/esm/api');
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
}
