import { describe, expect, it } from 'vitest';
import { decode, decodeWindows1252 } from '../../src/pipeline/decode.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, bigEndian: boolean) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};

describe('decode', () => {
  it.each([
    // UTF-8 as is
    ['plain utf-8', utf8('Tripoli\nBenghazi'), 'Tripoli\nBenghazi', 'utf-8'],
    // a UTF-8 byte order mark is dropped
    ['utf-8 with BOM', bytes(0xef, 0xbb, 0xbf, ...utf8('Libya')), 'Libya', 'utf-8'],
    // CRLF and lone CR both become LF
    ['crlf and cr', utf8('a\r\nb\rc'), 'a\nb\nc', 'utf-8'],
    // UTF-16 by its byte order mark
    ['utf-16le', bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), 'Hi', 'utf-16le'],
    ['utf-16be', bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69), 'Hi', 'utf-16be'],
    // UTF-16 without a BOM, by the zero byte in every other position
    ['utf-16le without BOM', utf16('Harbour news\r\n', false), 'Harbour news\n', 'utf-16le'],
    ['utf-16be without BOM', utf16('Harbour news é', true), 'Harbour news é', 'utf-16be'],
    // invalid UTF-8 is Windows-1252, with its own table for 0x80-0x9F (curly quotes, euro)
    ['windows-1252', bytes(0x93, 0x41, 0x94, 0x20, 0x80, 0xe9), '\u201cA\u201d \u20ac\u00e9', 'windows-1252'],
  ])('%s', (_name, input, text, encoding) => {
    const { value } = decode(input);
    expect(value.text).toBe(text);
    expect(value.encoding).toBe(encoding);
  });

  it.each([
    // a NUL byte never occurs in text
    ['NUL bytes', bytes(0x50, 0x4b, 0x00, 0x03)],
    // UTF-16 that decodes to NUL characters
    ['NUL in UTF-16', bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00)],
    // mostly control characters
    ['control characters', bytes(0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x42)],
  ])('reports %s as binary instead of decoding', (_name, input) => {
    const step = decode(input, 'photo.txt');
    expect(step.value.text).toBeUndefined();
    expect(step.messages).toMatchObject([{ id: 'binary-file', file: 'photo.txt' }]);
  });

  it('says when a file was not UTF-8', () => {
    expect(decode(bytes(0x93, 0x41, 0x94), 'old.txt').messages).toMatchObject([{ id: 'decoded-legacy', file: 'old.txt' }]);
  });

  it('maps every byte of Windows-1252 to one character', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(text[0x80]).toBe('\u20ac');
    expect(text[0x9f]).toBe('\u0178');
    expect(text[0xff]).toBe('\u00ff');
  });
});
