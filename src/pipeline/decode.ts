/**
 * Step 1: raw bytes -> text. UTF-8 (with or without BOM), UTF-16 by BOM or by its tell-tale
 * zero bytes, else Windows-1252 by its own table. Binary files are reported, never guessed at.
 */
import { WINDOWS_1252_HIGH } from '../heuristics/windows-1252.ts';
import { message } from '../messages.ts';
import type { Message, Step } from '../types.ts';

export interface Decoded {
  /** The text with line endings normalised to \n; undefined when the file is not text. */
  text: string | undefined;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Share of control characters above which a "text" is really binary data (text has ~0). */
const MAX_CONTROL_SHARE = 0.1;
/** Share of zero bytes in one byte position of each pair that marks BOM-less UTF-16 ASCII text. */
const UTF16_ZERO_SHARE = 0.4;

/** Decodes an article file's bytes into text, reporting binary files instead of guessing. */
export function decode(bytes: Uint8Array, file?: string): Step<Decoded> {
  const binary = (why: string): Step<Decoded> => ({ value: { text: undefined, encoding: 'binary' }, messages: [message('binary-file', why, file)] });
  let text: string;
  let encoding = 'utf-8';
  const messages: Message[] = [];
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    text = new TextDecoder(utf16).decode(bom ? bytes.subarray(2) : bytes);
    encoding = utf16;
    if (!bom) messages.push(message('decoded-legacy', `${utf16.toUpperCase()} without a byte order mark`, file));
  } else {
    // A NUL byte never occurs in UTF-8 or Windows-1252 text: the file is binary.
    if (bytes.includes(0)) return binary('it contains NUL bytes');
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
    } catch {
      text = decodeWindows1252(body);
      encoding = 'windows-1252';
      messages.push(message('decoded-legacy', 'Windows-1252', file));
    }
  }
  if (text.includes('\u0000')) return binary('it contains NUL characters');
  if (controlShare(text) > MAX_CONTROL_SHARE) return binary('more than a tenth of it is control characters');
  // CRLF and lone CR (old Mac) both become LF, so no line is lost.
  text = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  return { value: { text, encoding }, messages };
}

/** 'utf-16le' / 'utf-16be' by byte order mark, or by zero bytes in every other position. */
function utf16Kind(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  // Latin text in UTF-16 has a zero high byte in most characters; binary rarely has that pattern
  // in one position only (the other position must be free of zeros).
  const sample = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = sample / 2;
  if (odd / pairs >= UTF16_ZERO_SHARE && even === 0) return 'utf-16le';
  if (even / pairs >= UTF16_ZERO_SHARE && odd === 0) return 'utf-16be';
  return undefined;
}

/** Share of C0 control characters other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(/[\u0001-\u0008\u000b\u000e-\u001f]/g)?.length ?? 0;
  return controls / text.length;
}

/** Windows-1252 by its own table (Node's decoder maps 0x80-0x9F as Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: string[] = [];
    for (const b of bytes.subarray(start, start + CHUNK)) {
      codes.push(b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? '\uFFFD') : String.fromCharCode(b));
    }
    chunks.push(codes.join(''));
  }
  return chunks.join('');
}
