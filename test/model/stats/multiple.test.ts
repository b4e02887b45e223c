import { describe, expect, it } from 'vitest';
import { holmBonferroni } from '../../../src/model/stats/index.js';

describe('holmBonferroni', () => {
  it('steps down through the sorted p-values', () => {
    // m = 4, sorted: 0.005 (#3), 0.01 (#0), 0.03 (#2), 0.04 (#1).
    // 0.005 ≤ 0.05/4 = 0.0125 reject; 0.01 ≤ 0.05/3 = 0.0167 reject; 0.03 > 0.05/2 = 0.025 stop.
    // Adjusted: 4·0.005 = 0.02; max(0.02, 3·0.01) = 0.03; max(0.03, 2·0.03) = 0.06; max(0.06, 1·0.04) = 0.06.
    const result = holmBonferroni([0.01, 0.04, 0.03, 0.005], 0.05);
    expect(result.rejected).toEqual([true, false, false, true]);
    const [a, b, c, d] = result.adjusted;
    expect(a).toBeCloseTo(0.03, 12);
    expect(b).toBeCloseTo(0.06, 12);
    expect(c).toBeCloseTo(0.06, 12);
    expect(d).toBeCloseTo(0.02, 12);
  });

  it('caps adjusted p at 1 and skips NaN', () => {
    // m = 2 (NaN not counted): 2·0.6 = 1.2 → 1; max(1, 0.7) = 1.
    const result = holmBonferroni([0.6, NaN, 0.7]);
    expect(result.adjusted[0]).toBe(1);
    expect(result.adjusted[1]).toBeNaN();
    expect(result.adjusted[2]).toBe(1);
    expect(result.rejected).toEqual([false, false, false]);
    expect(holmBonferroni([])).toEqual({ adjusted: [], rejected: [] });
  });
});
