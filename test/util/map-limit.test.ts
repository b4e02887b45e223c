import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../src/util/map-limit.js';

describe('mapLimit', () => {
  it('never has more than `limit` calls in flight and keeps the input order', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapLimit([50, 10, 30, 0, 20, 5, 15], 3, async (delay, index) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, delay));
      inFlight--;
      return `${index}:${delay}`;
    });
    expect(most).toBe(3);
    expect(results).toEqual(['0:50', '1:10', '2:30', '3:0', '4:20', '5:5', '6:15']);
  });

  it('handles no items, and more workers than items', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
    expect(await mapLimit([1, 2], 8, async (n) => n * 2)).toEqual([2, 4]);
  });

  it('refuses a limit that is not a positive integer', async () => {
    await expect(mapLimit([1], 0, async (n) => n)).rejects.toThrow(/positive integer, got 0/);
  });
});
