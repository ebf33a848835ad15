/**
 * Property tests over random and adversarial strings for every pipeline step: no step throws,
 * HTML output is escaped, slugs are safe names, and each step stays fast on 200 KB of
 * pathological text (a super-linear regex shows up as seconds or minutes here).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from '../../src/archive/slug.ts';
import { pickAuthor } from '../../src/pipeline/author.ts';
import { labelBoilerplate } from '../../src/pipeline/boilerplate.ts';
import { classifyLines, pickBody, splitGlued } from '../../src/pipeline/body.ts';
import { parseDateText, readDateLine } from '../../src/pipeline/date-line.ts';
import { decode } from '../../src/pipeline/decode.ts';
import { findEntities } from '../../src/pipeline/entities.ts';
import { splitFrontMatter } from '../../src/pipeline/front-matter.ts';
import { parseIsoDate } from '../../src/pipeline/iso-date.ts';
import { detectLanguage } from '../../src/pipeline/language.ts';
import { toLines } from '../../src/pipeline/lines.ts';
import { pickSource } from '../../src/pipeline/source.ts';
import { pickTitle, stripSourceFromTitle } from '../../src/pipeline/title.ts';
import { renderBody } from '../../src/site/render-body.ts';
import { jsonForScript, xmlSafe } from '../../src/site/safe-json.ts';

/** Pieces that trip parsers: markup, markdown, YAML, dates, bylines, separators, broken UTF-16. */
const PIECES = [
  '*', '_', '`', '```', '#', '1986.', '- ', '> ', '[', ']', '(', ')', '!', '<script>', '</script>', '<img src=x onerror=alert(1)>',
  'javascript:', '&', '&amp;', '"', "'", '{{', '}}', '{%', '%}', '---', '---js', '...', ':', '__proto__', '&a', '*a', '!!js/function',
  '\n', '\r', '\r\n', '\t', ' ', '  ', '\u00a0', '\u2028', '\u2029', '\u0000', '\u0001', '\u001b', '\u200b', '\ufeff', '\ud800', '\udc00',
  '\ud83d\udcf0', 'é', 'ß', 'Ł', 'Москва', '港口', 'مرحبا', 'By ', 'Jane Doe', 'Reuters', 'January', 'Feb', '23', '2020', '05:06',
  '12.11.2019', '2019-11-19T08:00Z', '©', 'The', 'Khalifa Haftar', 'Al Jazeera', '.com', 'Also on rt.com', 'READ MORE:', 'Share',
];
const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), adversarial);
const RUNS = { numRuns: 60 };

/** 200 KB of one pattern repeated: the shapes that make backtracking regexes explode. */
const PATHOLOGICAL: Record<string, string> = Object.fromEntries(
  [
    '*a', 'a', 'a ', ' ', '1.', '1 ', '-', '- ', '. ', 'Aa ', 'A.', "A'", 'By A ', 'January 1, ', '12.', '((', '<a ', '\u00a0 ',
    'word, ', 'x\n', 'Name Name\n', '\n \n', 'é', '::', '---\n', 'a: &a\n',
  ].map((p) => [p, p.repeat(Math.ceil(200_000 / p.length))]),
);

/**
 * Each step on each pathological text must finish within `budget` ms of CPU time (CPU time, not
 * wall time: a busy shared machine does not count). A slow run is timed once more; a
 * super-linear step is slow both times, by far.
 */
function bounded(name: string, step: (text: string) => unknown, budget = 1000, patterns = Object.keys(PATHOLOGICAL)): void {
  it(`${name}: bounded time on 200 KB pathological text`, () => {
    const slow: string[] = [];
    const time = (text: string) => {
      const started = process.cpuUsage();
      step(text);
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    };
    for (const pattern of patterns) {
      const text = PATHOLOGICAL[pattern]!;
      const ms = Math.min(time(text), budget);
      if (ms >= budget && time(text) > budget) slow.push(JSON.stringify(pattern));
    }
    expect(slow).toEqual([]);
  });
}

const TEXT_OUTSIDE_TAGS = /<(?!\/?p>)/;

describe('pipeline steps never throw on random and adversarial strings', () => {
  it('decode', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const { value } = decode(bytes);
        if (value.text !== undefined) expect(value.text).not.toMatch(/[\r\u0000]/);
      }),
      { numRuns: 200 },
    );
    fc.assert(fc.property(anyText, (text) => void decode(new TextEncoder().encode(text))), RUNS);
  });

  it('front matter: never throws, never runs code, only known text fields', () => {
    const fields = fc.dictionary(fc.constantFrom('title', 'date', 'url', 'slug', 'language', '__proto__', 'constructor', 'x'), anyText, { maxKeys: 5 });
    const block = fields.map((d) => `---\n${Object.entries(d).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\nbody`);
    fc.assert(
      fc.property(fc.oneof(anyText, block, adversarial.map((s) => `---${s}`)), (text) => {
        const { value } = splitFrontMatter(text, 'f.txt');
        for (const [key, v] of Object.entries(value.data)) {
          expect(['title', 'subtitle', 'source', 'author', 'language', 'slug', 'url', 'published']).toContain(key);
          if (key !== 'published') expect(typeof v).toBe('string');
        }
        expect(Object.getPrototypeOf(value.data)).toBe(Object.prototype);
      }),
      { numRuns: 150 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lines, boilerplate, title, author, source, date line, body', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const lines = toLines(text);
        for (const l of lines) expect(l.text).not.toMatch(/[\n\u0000]/);
        labelBoilerplate(lines, ['Reuters', text.slice(0, 20)]);
        const title = pickTitle(lines, () => false).value.title;
        stripSourceFromTitle(title ?? text, text.slice(0, 30));
        pickAuthor(lines, new Set());
        pickSource(lines, title);
        for (const l of lines) readDateLine(l.text);
        parseDateText(text);
        parseIsoDate(text);
        pickBody(lines, 0, classifyLines(lines, () => false, undefined), () => false);
        splitGlued(text);
      }),
      { numRuns: 150 },
    );
  });

  it('language and entities', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof detectLanguage(text).value).toBe('string');
        findEntities(text);
      }),
      { numRuns: 40 },
    );
  });

  it('render-body escapes everything', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 4 }), (paragraphs) => {
        const html = renderBody(paragraphs);
        expect(html).not.toMatch(TEXT_OUTSIDE_TAGS);
      }),
      RUNS,
    );
  });

  it('slugify: a safe, bounded, non-empty name; uniqueSlugs: all distinct', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }), (texts) => {
        for (const t of texts) {
          const slug = slugify(t);
          expect(slug).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/);
          expect(slug).not.toMatch(/-$/);
        }
        const { slugs } = uniqueSlugs(texts.map((t, i) => ({ key: `${i}.txt`, wanted: t })));
        expect(new Set(slugs.values()).size).toBe(texts.length);
      }),
      RUNS,
    );
  });

  it('output helpers: JSON for script tags and XML-safe text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const json = jsonForScript({ text });
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual({ text });
        expect(xmlSafe(text)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      }),
      RUNS,
    );
  });
});

describe('pipeline steps stay fast on pathological text', () => {
  bounded('decode', (t) => decode(new TextEncoder().encode(t)));
  bounded('front matter', (t) => {
    splitFrontMatter(`---\n${t}`);
    splitFrontMatter(`---\n${t.slice(0, 60_000)}\n---\nbody`);
  });
  bounded('lines', (t) => toLines(t));
  bounded('boilerplate', (t) => labelBoilerplate(toLines(t), ['Reuters']));
  bounded('title', (t) => {
    pickTitle(toLines(t), () => false);
    stripSourceFromTitle(t, 'Reuters');
  });
  bounded('author', (t) => pickAuthor(toLines(t), new Set()));
  bounded('source', (t) => pickSource(toLines(t), t));
  bounded('date line', (t) => {
    for (const l of toLines(t)) readDateLine(l.text);
    parseDateText(t);
  });
  bounded('body', (t) => {
    const lines = toLines(t);
    pickBody(lines, 0, classifyLines(lines, () => false, undefined), () => false);
    splitGlued(t);
  });
  bounded('language', (t) => detectLanguage(t));
  bounded('render-body', (t) => renderBody([t]));
  bounded('slugify', (t) => slugify(t));
  // The recogniser and the resolution rules are the slowest step: a looser budget.
  bounded('entities', (t) => findEntities(t), 8000, ['*a', 'Name Name\n', 'a: &a\n']);
});
