import { describe, expect, it } from 'vitest';
import { acronymOf, initials, jaroWinkler, nameKey, parsePerson, sameGiven, sameSurname, skeleton } from '../../src/archive/names.ts';

describe('name keys', () => {
  it.each([
    ['Steven deMilliano', 'stevendemilliano'],
    ['Steven De Milliano', 'stevendemilliano'],
    ['José Ñúñez', 'josenunez'],
    ['U.S.', 'us'],
    ['the Northern Guard', 'northernguard'],
    ["Haftar's", 'haftars'],
  ])('%s -> %s', (name, key) => expect(nameKey(name)).toBe(key));

  it.each([
    ['Khalil Marbouk', { given: ['khalil'], surname: 'marbouk' }],
    ['Steven deMilliano', { given: ['steven'], surname: 'milliano' }],
    ['Abdullah bin Zayed', { given: ['abdullah'], surname: 'zayed' }],
    ['al-Sarrak', { given: [], surname: 'sarrak' }],
    ['Martin Luther King Jr.', { given: ['martin', 'luther'], surname: 'king' }],
  ])('parsePerson(%s)', (name, parsed) => expect(parsePerson(name)).toEqual(parsed));
});

describe('comparisons', () => {
  it('jaroWinkler follows the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it.each([
    ['haftar', 'haftarot', true],
    ['haftar', 'haftarah', true],
    ['haftar', 'haftorah', true],
    ['stevens', 'stephens', true],
    ['milliano', 'milliano', true],
    ['martin', 'morton', false],
    ['clinton', 'clifton', false],
    ['haftar', 'bashagha', false],
    ['ali', 'alia', false],
  ])('sameSurname(%s, %s) = %s', (a, b, same) => expect(sameSurname(a, b)).toBe(same));

  it.each([
    ['stephen', 'steven', true],
    ['khalifa', 'kalifa', true],
    ['chris', 'christopher', true],
    ['c', 'christopher', true],
    ['mohammed', 'mohamed', true],
    ['bill', 'hillary', false],
    ['mark', 'mary', false],
    ['john', 'james', false],
  ])('sameGiven(%s, %s) = %s', (a, b, same) => expect(sameGiven(a, b)).toBe(same));

  it.each([
    ['haftar', 'hftr'],
    ['haftorah', 'hftr'],
    ['stephen', 'stfn'],
    ['steven', 'stfn'],
  ])('skeleton(%s) = %s', (w, s) => expect(skeleton(w)).toBe(s));

  it.each([
    ['Government of National Accord', 'gna'],
    ['Libyan National Army', 'lna'],
    ['United States', 'us'],
    ['Libya', undefined],
  ])('initials(%s) = %s', (name, got) => expect(initials(name)).toBe(got));

  it.each([
    ['GNA', 'gna'],
    ['U.S.', 'us'],
    ['Nato', undefined],
    ['A', undefined],
    ['UN Envoy', undefined],
  ])('acronymOf(%s) = %s', (name, got) => expect(acronymOf(name)).toBe(got));
});
