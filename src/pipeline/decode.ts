/** Step 1: raw bytes -> text. UTF-8 (with or without BOM), UTF-16 by BOM, else Windows-1252. */
import { message } from '../messages.ts';
import type { Step } from '../types.ts';
import { WINDOWS_1252_HIGH } from '../heuristics/windows-1252.ts';

export interface Decoded {
  /** The text with line endings normalised to \n; undefined when the file is not text. */
  text: string | undefined;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes an article file's bytes into text, reporting binary files instead of guessing. */
export function decode(bytes: Uint8Array, file?: string): Step<Decoded> {
  let text: string;
  let encoding = 'utf-8';
  const messages = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    // A NUL byte never occurs in UTF-8 or Windows-1252 text: the file is binary.
    if (bytes.includes(0)) {
      return { value: { text: undefined, encoding: 'binary' }, messages: [message('binary-file', 'it contains NUL bytes', file)] };
    }
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
    } catch {
      text = decodeWindows1252(body);
      encoding = 'windows-1252';
      messages.push(message('decoded-legacy', 'Windows-1252', file));
    }
  }
  if (text.includes('\u0000')) {
    return { value: { text: undefined, encoding: 'binary' }, messages: [message('binary-file', 'it contains NUL characters', file)] };
  }
  // CRLF and lone CR (old Mac) both become LF, so no line is lost.
  text = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  return { value: { text, encoding }, messages };
}

/** Windows-1252 by its own table (Node's decoder maps 0x80-0x9F as Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    out += b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? '\uFFFD') : String.fromCharCode(b);
  }
  return out;
}
