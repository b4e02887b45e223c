import { describe, expect, it } from 'vitest';
import {
  excludesZero,
  noiseFloorHalfWidth,
  pairedDifference,
  unpairedDifference,
} from '../../../src/model/stats/index.js';

describe('pairedDifference', () => {
  it('works from the per-sample differences', () => {
    // a = [1, 1, 0], b = [0, 0, 0] → d = [1, 1, 0]; d̄ = 2/3.
    // Σ(d − d̄)² = 2·(1/3)² + (2/3)² = 6/9; sd = √((6/9)/2) = 0.577350; se = sd/√3 = 1/3.
    // t(0.975, 2) = 4.302653 → 2/3 ± 1.434218 = [−0.767551, 2.100884].
    // t = (2/3)/(1/3) = 2, df 2 → p = 2·(1 − (½ + 2/(2√6))) = 0.183503.
    const result = pairedDifference(new Float64Array([1, 1, 0]), new Float64Array([0, 0, 0]));
    expect(result.delta).toBeCloseTo(2 / 3, 12);
    expect(result.se).toBeCloseTo(1 / 3, 12);
    expect(result.low).toBeCloseTo(-0.767551, 6);
    expect(result.high).toBeCloseTo(2.100884, 6);
    expect(result.p).toBeCloseTo(0.183503, 6);
    expect(result.n).toBe(3);
    expect(result.df).toBe(2);
  });

  it('leaves out pairs where either side is unscored (NaN)', () => {
    const result = pairedDifference(new Float64Array([1, 1, 0, NaN, 1]), new Float64Array([0, 0, 0, 1, NaN]));
    expect(result.n).toBe(3);
    expect(result.delta).toBeCloseTo(2 / 3, 12);
  });

  it('is much narrower than the unpaired interval when the samples agree', () => {
    // a = [1,1,1,1,0,0,0,0,1,1], b = a with one extra 1 → a − b: one −1, nine 0.
    // Paired: d̄ = −0.1, Σ(d − d̄)² = 0.81 + 9·0.01 = 0.9, sd = √(0.9/9) = 0.316228, se = 0.1.
    const a = new Float64Array([1, 1, 1, 1, 0, 0, 0, 0, 1, 1]);
    const b = new Float64Array([1, 1, 1, 1, 0, 0, 0, 1, 1, 1]);
    const paired = pairedDifference(a, b);
    expect(paired.se).toBeCloseTo(0.1, 12);
    // Unpaired: se_a = √(0.6·0.4·10/9)/√10 = 0.163299, se_b = √(0.7·0.3·10/9)/√10 = 0.152753;
    // se = √(0.026667 + 0.023333) = √0.05 = 0.223607.
    const unpaired = unpairedDifference(
      { mean: 0.6, se: 0.163299, n: 10 },
      { mean: 0.7, se: 0.152753, n: 10 },
    );
    expect(unpaired.se).toBeCloseTo(0.223607, 5);
    expect(paired.se).toBeLessThan(unpaired.se / 2);
  });

  it('has no interval below two pairs, and rejects arrays of different lengths', () => {
    const one = pairedDifference(new Float64Array([1]), new Float64Array([0]));
    expect(one.low).toBeNull();
    expect(one.delta).toBe(1);
    expect(() => pairedDifference(new Float64Array(2), new Float64Array(3))).toThrow(/length/);
  });

  it('gives p = 1 when every difference is 0 and p = 0 when every difference is the same non-zero value', () => {
    expect(pairedDifference(new Float64Array([1, 0]), new Float64Array([1, 0])).p).toBe(1);
    const same = pairedDifference(new Float64Array([1, 1]), new Float64Array([0, 0]));
    expect(same.p).toBe(0);
    expect([same.low, same.high]).toEqual([1, 1]);
  });
});

describe('unpairedDifference', () => {
  it('combines the two standard errors with Welch degrees of freedom', () => {
    // a = {0.6, se 0.1, n 3}, b = {0.5, se 0, n 3}: se = √(0.01 + 0) = 0.1;
    // Welch df = 0.01² / (0.01²/2 + 0) = 2 → t = 4.302653; 0.1 ± 0.430265 = [−0.330265, 0.530265].
    // t statistic 1, df 2 → p = 2·(1 − (½ + 1/(2√3))) = 0.422650.
    const result = unpairedDifference({ mean: 0.6, se: 0.1, n: 3 }, { mean: 0.5, se: 0, n: 3 });
    expect(result.delta).toBeCloseTo(0.1, 12);
    expect(result.df).toBeCloseTo(2, 12);
    expect(result.low).toBeCloseTo(-0.330265, 6);
    expect(result.high).toBeCloseTo(0.530265, 6);
    expect(result.p).toBeCloseTo(0.42265, 5);
    expect(result.n).toBe(3);
  });

  it('uses equal-error Welch df: two se of 0.05 at n = 100 give df 198', () => {
    // df = (2·0.0025)² / (2·0.0025²/99) = 2·99 = 198.
    expect(
      unpairedDifference({ mean: 0.8, se: 0.05, n: 100 }, { mean: 0.7, se: 0.05, n: 100 }).df,
    ).toBeCloseTo(198, 9);
  });

  it('has no interval without errors or samples', () => {
    expect(unpairedDifference({ mean: 0.6, se: NaN, n: 3 }, { mean: 0.5, se: 0.1, n: 3 }).low).toBeNull();
    expect(unpairedDifference({ mean: 0.6, se: 0.1, n: 1 }, { mean: 0.5, se: 0.1, n: 3 }).low).toBeNull();
  });
});

describe('noise floor and excludesZero', () => {
  it('is t(0.975, df)·se', () => {
    // 4.302653 · 0.1 = 0.430265.
    expect(noiseFloorHalfWidth(0.1, 2)).toBeCloseTo(0.430265, 6);
    expect(noiseFloorHalfWidth(NaN, 2)).toBeNaN();
  });

  it('marks an interval entirely on one side of 0', () => {
    expect(excludesZero(0.01, 0.2)).toBe(true);
    expect(excludesZero(-0.3, -0.01)).toBe(true);
    expect(excludesZero(-0.01, 0.2)).toBe(false);
    expect(excludesZero(0, 0.2)).toBe(false);
    expect(excludesZero(null, 0.2)).toBe(false);
  });
});
