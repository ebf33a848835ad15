import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FRONT_MATTER, splitFrontMatter } from '../../src/pipeline/front-matter.ts';

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.__fmPayload;
});

describe('splitFrontMatter: data', () => {
  it.each([
    // fields are read and trimmed; the body follows the block
    ['---\ntitle: " Quay opens "\nauthor: Ana Lima\n---\nBody', { title: 'Quay opens', author: 'Ana Lima' }, 'Body'],
    // ---yaml and a "..." closing line are YAML too
    ['---yaml\nsource: Reuters\n...\nBody', { source: 'Reuters' }, 'Body'],
    // dates are taken as written: no UTC midnight, no time-zone shift
    ['---\ndate: 2024-02-29\n---\nB', { published: { date: '2024-02-29', precision: 'day', estimated: false } }, 'B'],
    ['---\ndate: 2024\n---\nB', { published: { date: '2024', precision: 'year', estimated: false } }, 'B'],
    // CRLF line endings (when called on text that was not decoded here)
    ['---\r\ntitle: Quay\r\n---\r\nBody', { title: 'Quay' }, 'Body'],
    // an empty block is no data
    ['---\n---\nBody', {}, 'Body'],
    // no front matter at all
    ['Title\n\nBody', {}, 'Title\n\nBody'],
  ])('%j', (text, data, content) => {
    const step = splitFrontMatter(text, 'a.txt');
    expect(step.value.data).toEqual(data);
    expect(step.value.content).toBe(content);
    expect(step.messages).toEqual([]);
  });
});

describe('splitFrontMatter: bad front matter', () => {
  it.each([
    // an unclosed block keeps the whole text (gray-matter would lose the body)
    ['---\ntitle: x\n\nThe body', 'front-matter-invalid', '---\ntitle: x\n\nThe body'],
    // YAML that does not parse is kept as text
    ['---\ntitle: [unclosed\n---\nBody', 'front-matter-invalid', '---\ntitle: [unclosed\n---\nBody'],
    // a list is not a set of fields
    ['---\n- a\n- b\n---\nBody', 'front-matter-invalid', '---\n- a\n- b\n---\nBody'],
    // unknown languages are not read
    ['---toml\ntitle = "x"\n---\nBody', 'front-matter-invalid', '---toml\ntitle = "x"\n---\nBody'],
    // an alias bomb stops at the alias limit
    [`---\na: &a [x,x,x,x,x,x,x,x,x]\n${'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`).join('\n')}\n---\nBody`, 'front-matter-invalid', undefined],
    // an impossible date is ignored, not moved to 1 March
    ['---\ndate: 2024-02-30\n---\nBody', 'front-matter-field', 'Body'],
    // only http(s) addresses
    ['---\nurl: "javascript:alert(1)"\n---\nBody', 'front-matter-field', 'Body'],
    ['---\nurl: "data:text/html,<script>"\n---\nBody', 'front-matter-field', 'Body'],
    // wrong types are ignored
    ['---\ntitle: [a, b]\n---\nBody', 'front-matter-field', 'Body'],
    ['---\ndate: {y: 1}\n---\nBody', 'front-matter-field', 'Body'],
    // a language that is not a language tag (it lands in lang="")
    ['---\nlanguage: \'en" onload="x\'\n---\nBody', 'front-matter-field', 'Body'],
    // a slug without letters or digits ("..") falls back to the title
    ['---\nslug: ".."\n---\nBody', 'front-matter-field', 'Body'],
    // a field longer than the limit
    [`---\ntitle: ${'t'.repeat(1001)}\n---\nBody`, 'front-matter-field', 'Body'],
    // prototype keys are dropped
    ['---\n__proto__:\n  polluted: true\n---\nBody', 'front-matter-reserved-key', 'Body'],
    ['---\nconstructor:\n  prototype:\n    polluted: true\n---\nBody', 'front-matter-reserved-key', 'Body'],
  ])('%j -> %s', (text, id, content) => {
    const step = splitFrontMatter(text, 'bad.txt');
    expect(step.messages.map((m) => m.id)).toContain(id);
    expect(step.messages.every((m) => m.file === 'bad.txt')).toBe(true);
    if (content !== undefined) expect(step.value.content).toBe(content);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(step.value.data)).toBe(Object.prototype);
  });

  it('keeps the text of a block larger than the limit', () => {
    const text = `---\nnote: "${'y'.repeat(MAX_FRONT_MATTER)}"\n---\nBody`;
    const step = splitFrontMatter(text);
    expect(step.messages.map((m) => m.id)).toEqual(['front-matter-invalid']);
    expect(step.value.content).toBe(text);
  });
});

describe('splitFrontMatter: code is never run', () => {
  const payloads = [
    "---js\n{ title: (globalThis.__fmPayload = 'js', 'x') }\n---\nBody",
    "---javascript\n(globalThis.__fmPayload = 'javascript', {})\n---\nBody",
    "--- JS \n(globalThis.__fmPayload = 'spaced', {})\n---\nBody",
    "---JavaScript\n(globalThis.__fmPayload = 'case', {})\n---\nBody",
    "---coffee\nglobalThis.__fmPayload = 'coffee'\n---\nBody",
  ];

  it('the payload would set a global through gray-matter (so the test below can fail)', () => {
    matter(payloads[0]!, {});
    expect(g.__fmPayload).toBe('js');
  });

  it.each(payloads)('%j: not run, reported, block dropped', (text) => {
    const step = splitFrontMatter(text, 'code.txt');
    expect(g.__fmPayload).toBeUndefined();
    expect(step.messages.map((m) => m.id)).toEqual(['front-matter-code']);
    expect(step.value.data).toEqual({});
    expect(step.value.content).toBe('Body');
  });

  it('an unclosed code block is not run and keeps the text', () => {
    const step = splitFrontMatter("---js\nglobalThis.__fmPayload = 1\nBody", 'code.txt');
    expect(g.__fmPayload).toBeUndefined();
    expect(step.messages.map((m) => m.id)).toEqual(['front-matter-code']);
    expect(step.value.content).toContain('Body');
  });

  it('YAML tags naming functions stay data', () => {
    const step = splitFrontMatter('---\ntitle: !!js/function "function () { globalThis.__fmPayload = 1 }"\n---\nBody');
    expect(g.__fmPayload).toBeUndefined();
    expect(typeof (step.value.data.title ?? '')).toBe('string');
  });

  it('returns a fresh data object each time (gray-matter caches and shares them)', () => {
    const a = splitFrontMatter('---\ntitle: Same\n---\nBody');
    const b = splitFrontMatter('---\ntitle: Same\n---\nBody');
    expect(a.value.data).not.toBe(b.value.data);
  });
});
