import { describe, expect, it } from 'vitest';
import { parseAuthority } from '../../src/archive/authority.ts';

describe('parseAuthority', () => {
  it('reads entries with every field', () => {
    const text = [
      '- name: Khalil Marbouk',
      '  type: person',
      '  aliases: [Marbouk, Abu Dawud]',
      '  wikidata: Q4242',
      '  description: Ruritanian general',
      '- name: Zenda',
      '  type: place',
      '  hide: true',
      '- name: Royal Guard',
      '  type: organisation',
      '  aliases: RG',
    ].join('\n');
    expect(parseAuthority(text, 'e.yml')).toEqual({
      value: [
        { name: 'Khalil Marbouk', type: 'person', aliases: ['Marbouk', 'Abu Dawud'], wikidata: 'Q4242', description: 'Ruritanian general', hide: false },
        { name: 'Zenda', type: 'place', aliases: [], hide: true },
        { name: 'Royal Guard', type: 'organization', aliases: ['RG'], hide: false },
      ],
      messages: [],
    });
  });

  it('an empty file is no entities and no problem', () => {
    expect(parseAuthority('# nothing yet\n', 'e.yml')).toEqual({ value: [], messages: [] });
  });

  it.each<[string, string, string, number]>([
    // broken YAML: the whole file is ignored
    ['syntax error', '- name: [unclosed', 'authority-invalid', 0],
    ['not a list', 'name: Zenda\ntype: place\n', 'authority-invalid', 0],
    ['duplicate key', '- name: A\n  name: B\n  type: place\n', 'authority-invalid', 0],
    // a bad entry is skipped, the others are kept
    ['no name', '- type: place\n- {name: Zenda, type: place}\n', 'authority-entry-invalid', 1],
    ['bad type', '- {name: Zenda, type: planet}\n- {name: Fenwick, type: place}\n', 'authority-entry-invalid', 1],
    ['bad aliases', '- {name: Zenda, type: place, aliases: [{a: 1}]}\n', 'authority-entry-invalid', 0],
    ['bad hide', '- {name: Zenda, type: place, hide: maybe}\n', 'authority-entry-invalid', 0],
    ['scalar entry', '- Zenda\n', 'authority-entry-invalid', 0],
    // a bad optional field is dropped, the entry kept
    ['bad wikidata', '- {name: Zenda, type: place, wikidata: 42}\n', 'authority-entry-invalid', 1],
    ['unknown field', '- {name: Zenda, type: place, colour: red}\n', 'authority-entry-invalid', 1],
    // a name claimed twice: the first entry keeps it
    ['alias conflict', '- {name: Zenda, type: place, aliases: [Old Zenda]}\n- {name: New Zenda, type: place, aliases: [old zenda]}\n', 'authority-alias-conflict', 2],
    ['same name twice', '- {name: Zenda, type: place}\n- {name: Zenda, type: place}\n', 'authority-alias-conflict', 1],
  ])('%s', (_name, text, id, kept) => {
    const got = parseAuthority(text, 'e.yml');
    expect(got.messages.map((m) => m.id)).toContain(id);
    expect(got.messages[0]!.text).toContain('e.yml');
    expect(got.value).toHaveLength(kept);
  });

  it('does not expand alias bombs or run custom tags', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(parseAuthority(bomb, 'e.yml').messages[0]?.id).toBe('authority-invalid');
    const tagged = parseAuthority('- !!js/function "function () { return 1 }"\n', 'e.yml');
    expect(tagged.value).toEqual([]);
  });
});
