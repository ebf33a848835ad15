#!/usr/bin/env node
// Entry point: loads the TypeScript sources through tsx, then runs the CLI.
import { register } from 'tsx/esm/api';

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
