import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type BuildInputs, inputKey, recordedOutputs } from '../../src/cache/up-to-date.ts';

/** An article file as read: its name and the hash of its bytes. */
const input = (file: string, text: string) => ({ file, hash: createHash('sha256').update(text).digest('hex') });
const base: BuildInputs = {
  inputs: [
    input('a.txt', 'First story'),
    input('b.txt', 'Second story'),
  ],
  readMessages: [],
  versions: ['pipeline-1', 'site-1'],
  options: { basePath: '/', search: true },
  authority: { value: [], messages: [] },
};

describe('inputKey', () => {
  it('is the same for the same inputs', () => {
    expect(inputKey({ ...base, inputs: base.inputs.map((i) => ({ ...i })) })).toBe(inputKey(base));
  });

  it.each<[string, Partial<BuildInputs>]>([
    ['an article edited', { inputs: [base.inputs[0]!, input('b.txt', 'Second story!')] }],
    ['an article renamed', { inputs: [base.inputs[0]!, input('c.txt', 'Second story')] }],
    ['an article added', { inputs: [...base.inputs, input('c.txt', 'Third')] }],
    ['an article deleted', { inputs: [base.inputs[0]!] }],
    ['text moved across the file boundary', { inputs: [input('a.txt', 'First storyS'), input('b.txt', 'econd story')] }],
    ['a reading message', { readMessages: [{ id: 'file-too-large', severity: 'warning', text: 'x', file: 'big.txt' }] }],
    ['the pipeline version', { versions: ['pipeline-2', 'site-1'] }],
    ['an option', { options: { basePath: '/archive/', search: true } }],
    ['the authority', { authority: { value: [{ name: 'X' }], messages: [] } }],
  ])('changes with %s', (_, change) => {
    expect(inputKey({ ...base, ...change })).not.toBe(inputKey(base));
  });
});

describe('recordedOutputs', () => {
  it('lists pages, data files and the extra outputs', () => {
    expect(recordedOutputs({ pages: { 'index.html': 'p' }, files: { 'data/a.json': 'f' } }, ['pagefind/pagefind-entry.json'])).toEqual([
      'index.html',
      'data/a.json',
      'pagefind/pagefind-entry.json',
    ]);
  });
});
