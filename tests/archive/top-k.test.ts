import { describe, expect, it } from 'vitest';
import { topK } from '../../src/archive/top-k.ts';

describe('topK', () => {
  it.each([
    [[5, 1, 4, 2, 3], 2, [1, 2]],
    [[5, 1, 4, 2, 3], 10, [1, 2, 3, 4, 5]],
    [[3, 3, 1], 2, [1, 3]],
    [[], 3, []],
  ])('%j, k=%i -> %j', (items, k, expected) => {
    expect(topK(items, k, (x, y) => x - y)).toEqual(expected);
  });
});
