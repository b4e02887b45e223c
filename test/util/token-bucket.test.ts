import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/util/token-bucket.js';

describe('the token bucket', () => {
  it('allows a burst, then one action per refill period', () => {
    let now = 0;
    const bucket = new TokenBucket({ burst: 3, refillMs: 10_000, clock: () => now });
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    expect(bucket.waitMs()).toBe(10_000);
    now = 4_000;
    expect(bucket.take()).toBe(false);
    expect(bucket.waitMs()).toBe(6_000);
    now = 10_000;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    // A long quiet time refills to the burst, never beyond it.
    now = 1_000_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });

  it('keeps a watch of one hour at 1 s intervals under 500 edits', () => {
    let now = 0;
    const bucket = new TokenBucket({ burst: 10, refillMs: 10_000, clock: () => now });
    let edits = 0;
    for (; now < 3_600_000; now += 1000) if (bucket.take()) edits++;
    // 10 to start with, plus one per 10 s over the 3 599 s after the first check: 10 + floor(359.9) = 369.
    expect(edits).toBe(369);
  });
});
