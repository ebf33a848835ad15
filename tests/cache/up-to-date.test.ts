import { describe, expect, it } from 'vitest';
import { type BuildInputs, inputKey, recordedOutputs } from '../../src/cache/up-to-date.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const base: BuildInputs = {
  inputs: [
    { file: 'a.txt', bytes: bytes('First story') },
    { file: 'b.txt', bytes: bytes('Second story') },
  ],
  readMessages: [],
  versions: ['pipeline-1', 'site-1'],
  options: { basePath: '/', search: true },
  authority: { value: [], messages: [] },
};

describe('inputKey', () => {
  it('is the same for the same inputs', () => {
    expect(inputKey({ ...base, inputs: base.inputs.map((i) => ({ ...i, bytes: new Uint8Array(i.bytes) })) })).toBe(inputKey(base));
  });

  it.each<[string, Partial<BuildInputs>]>([
    ['an article edited', { inputs: [base.inputs[0]!, { file: 'b.txt', bytes: bytes('Second story!') }] }],
    ['an article renamed', { inputs: [base.inputs[0]!, { file: 'c.txt', bytes: bytes('Second story') }] }],
    ['an article added', { inputs: [...base.inputs, { file: 'c.txt', bytes: bytes('Third') }] }],
    ['an article deleted', { inputs: [base.inputs[0]!] }],
    ['text moved across the file boundary', { inputs: [{ file: 'a.txt', bytes: bytes('First storyS') }, { file: 'b.txt', bytes: bytes('econd story') }] }],
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
