import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/site/render-body.ts';

describe('renderBody', () => {
  it.each([
    // markdown syntax stays text
    ['1986. A year to remember', '<p>1986. A year to remember</p>'],
    ['# 1 in the charts', '<p># 1 in the charts</p>'],
    ['```', '<p>```</p>'],
    ['*not emphasis*', '<p>*not emphasis*</p>'],
    // markup is escaped
    ['<script>alert(1)</script>', '<p>&#x3C;script>alert(1)&#x3C;/script></p>'],
    ['<img src=x onerror=alert(1)>', '<p>&#x3C;img src=x onerror=alert(1)></p>'],
    ['[link](javascript:alert(1))', '<p>[link](javascript:alert(1))</p>'],
    ['a & b', '<p>a &#x26; b</p>'],
  ])('%j', (text, html) => {
    expect(renderBody([text]).trim()).toBe(html);
  });

  it("renders '*a' x 40,000 quickly and as text", () => {
    const started = Date.now();
    const html = renderBody(['*a'.repeat(40_000)]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(html).not.toContain('<em>');
  });
});
