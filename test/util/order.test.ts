import { describe, expect, it } from 'vitest';
import { compareText, newestFirst } from '../../src/util/order.js';

interface Item {
  name: string;
  time: number;
}
const byTimeThenName = newestFirst<Item>(
  (item) => item.time,
  (a, b) => a.name.localeCompare(b.name),
);

describe('newestFirst', () => {
  it('orders by time, newest first, then by the tie-break descending', () => {
    const items: Item[] = [
      { name: 'a', time: 10 },
      { name: 'b', time: 30 },
      { name: 'c', time: 10 },
      { name: 'd', time: 20 },
    ];
    // 30 (b), 20 (d), then the two at 10: the tie-break descending puts c before a.
    expect(items.sort(byTimeThenName).map((item) => item.name)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('counts an unknown time (NaN) as the oldest', () => {
    const items: Item[] = [
      { name: 'unknown', time: Number.NaN },
      { name: 'known', time: 5 },
    ];
    expect(items.sort(byTimeThenName).map((item) => item.name)).toEqual(['known', 'unknown']);
  });
});

describe('compareText', () => {
  it('orders by code unit, the same in every locale', () => {
    const names = [
      'b.eval',
      'B.eval',
      'a_b.eval',
      'aB.eval',
      'a-b.eval',
      '2026-03-16T05.eval',
      '2026-03-16T10.eval',
    ];
    expect([...names].sort(compareText)).toEqual([
      '2026-03-16T05.eval',
      '2026-03-16T10.eval',
      'B.eval',
      'a-b.eval',
      'aB.eval',
      'a_b.eval',
      'b.eval',
    ]);
    expect(compareText('x', 'x')).toBe(0);
  });
});
