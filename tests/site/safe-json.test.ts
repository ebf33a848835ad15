import { describe, expect, it } from 'vitest';
import { jsonForScript, safeUrl, xmlEscape, xmlSafe } from '../../src/site/safe-json.ts';

describe('jsonForScript', () => {
  it.each([
    // the element cannot be closed or commented from inside
    [{ t: '</script><script>alert(1)</script>' }, '{"t":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'],
    [{ t: '<!-- & -->' }, '{"t":"\\u003c!-- \\u0026 --\\u003e"}'],
    // line and paragraph separators end a JavaScript string in older engines
    [{ t: 'a\u2028b\u2029c' }, '{"t":"a\\u2028b\\u2029c"}'],
    [undefined, 'null'],
  ])('%j', (value, json) => {
    const out = jsonForScript(value);
    expect(out).toBe(json);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value ?? null);
  });
});

describe('xmlSafe and xmlEscape', () => {
  it.each([
    ['Quay \u0001opens\u000b\u001b', 'Quay opens'],
    ['tab\tand\nnew line\r kept', 'tab\tand\nnew line\r kept'],
    ['lone \ud800 surrogate \udc00 and pair \ud83d\udcf0', 'lone  surrogate  and pair \ud83d\udcf0'],
    ['non-characters \ufffe\uffff', 'non-characters '],
  ])('%j', (text, safe) => {
    expect(xmlSafe(text)).toBe(safe);
  });

  it('escapes markup', () => {
    expect(xmlEscape('<a href="x">&\'\u0002</a>')).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;&#60;/a&#62;');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['HTTP://Example.org', 'http://example.org/'],
    ['javascript:alert(1)', ''],
    [' javascript:alert(1)', ''],
    ['java\nscript:alert(1)', ''],
    ['data:text/html,<script>alert(1)</script>', ''],
    ['//evil.example/x', ''],
    ['https://exa mple.org', ''],
    ['http://', ''],
    [undefined, ''],
  ])('%j -> %j', (value, url) => {
    expect(safeUrl(value)).toBe(url);
  });
});
