/** Formats messages for the terminal: one line per id with a count, or every message when verbose. */
import { hintFor } from './messages.ts';
import type { Message } from './types.ts';

/** Lines summarising messages, grouped by id (Pagefind-style), each with its hint. */
export function formatMessages(messages: readonly Message[], verbose: boolean): string[] {
  if (verbose) {
    return messages.map((m) => `${m.severity} [${m.id}] ${m.file ? `${m.file}: ` : ''}${m.text}`);
  }
  const groups = new Map<string, Message[]>();
  for (const m of messages) groups.set(m.id, [...(groups.get(m.id) ?? []), m]);
  return [...groups.entries()].map(([id, list]) => {
    const first = list[0]!;
    const example = first.file ? ` (e.g. ${first.file}: ${first.text})` : `: ${first.text}`;
    const more = list.length > 1 ? ' Run with --verbose to list every file.' : '';
    return `${first.severity} [${id}] ×${list.length}${example}. ${hintFor(id) ?? ''}${more}`;
  });
}

/** True when the messages should fail the build: any error, or any warning under --strict. */
export function failing(messages: readonly Message[], strict: boolean): boolean {
  return messages.some((m) => m.severity === 'error' || (strict && m.severity === 'warning'));
}
