import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/util/group-by.js';

describe('groupBy', () => {
  it('keeps first-seen key order and item order within each group', () => {
    const groups = groupBy(['r8/a', 'r4/b', 'r8/c'], (name) => name.split('/')[0]);
    expect([...groups]).toEqual([
      ['r8', ['r8/a', 'r8/c']],
      ['r4', ['r4/b']],
    ]);
  });

  it('gives an empty map for no items', () => {
    expect(groupBy([], () => 'x').size).toBe(0);
  });
});
