import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

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
    // invalid UTF-8 is Windows-1252, with its own table for 0x80-0x9F (curly quotes, euro)
    ['windows-1252', bytes(0x93, 0x41, 0x94, 0x20, 0x80, 0xe9), '\u201cA\u201d \u20ac\u00e9', 'windows-1252'],
  ])('%s', (_name, input, text, encoding) => {
    const { value } = decode(input);
    expect(value.text).toBe(text);
    expect(value.encoding).toBe(encoding);
  });

  it('reports a file with NUL bytes as binary instead of decoding it', () => {
    const step = decode(bytes(0x50, 0x4b, 0x00, 0x03), 'photo.txt');
    expect(step.value.text).toBeUndefined();
    expect(step.messages).toMatchObject([{ id: 'binary-file', file: 'photo.txt' }]);
  });
});
