import { describe, expect, it } from 'vitest';
import {
  bootstrapBalancedAccuracy,
  CORRECT,
  mulberry32,
  OTHER,
  pairedBootstrapBalancedAccuracy,
  quantile,
  WRONG,
} from '../../../src/model/stats/index.js';

/** 50 samples from a fixed generator: targets half 0/half 1, model a right 90%, model b right 60%. */
function sweep(seed: number): { target: Uint8Array; a: Uint8Array; b: Uint8Array } {
  const random = mulberry32(seed);
  const target = new Uint8Array(50);
  const a = new Uint8Array(50);
  const b = new Uint8Array(50);
  for (let i = 0; i < 50; i++) {
    target[i] = i % 2;
    a[i] = random() < 0.9 ? CORRECT : WRONG;
    b[i] = random() < 0.6 ? CORRECT : random() < 0.5 ? WRONG : OTHER;
  }
  return { target, a, b };
}

describe('pairedBootstrapBalancedAccuracy', () => {
  it('gives the same result on every run (fixed seed), and another with another seed', () => {
    const { target, a, b } = sweep(7);
    const first = pairedBootstrapBalancedAccuracy(target, a, b);
    const second = pairedBootstrapBalancedAccuracy(target, a, b);
    expect(second).toEqual(first);
    expect(first.resamples).toBe(2000);
    const other = pairedBootstrapBalancedAccuracy(target, a, b, { seed: 1 });
    expect([other.low, other.high]).not.toEqual([first.low, first.high]);
    // Same point estimate whatever the seed; the interval holds it.
    expect(other.estimate).toBe(first.estimate);
    expect(first.low).toBeLessThan(first.estimate);
    expect(first.high).toBeGreaterThan(first.estimate);
  });

  it('hand case: every usable resample has the same difference', () => {
    // Sample 1: target 1, a right, b wrong. Sample 2: target 0, both right.
    // A resample of 2 draws is {1,1}, {2,2} (lacks a class: skipped) or {1,2} (probability ½):
    // BA(a) = (1 + 1)/2 = 1, BA(b) = (recall₀ 1 + recall₁ 0)/2 = 0.5 → Δ = 0.5 every time.
    // So the interval is [0.5, 0.5], p = 0 (no replicate ≤ 0), and about 1,000 of 2,000 replicates are used
    // (binomial(2000, ½): sd 22; ±150 is ~7 sd).
    const result = pairedBootstrapBalancedAccuracy(
      new Uint8Array([1, 0]),
      new Uint8Array([CORRECT, CORRECT]),
      new Uint8Array([WRONG, CORRECT]),
    );
    expect(result.a).toBe(1);
    expect(result.b).toBe(0.5);
    expect(result.estimate).toBe(0.5);
    expect([result.low, result.high]).toEqual([0.5, 0.5]);
    expect(result.p).toBe(0);
    // Each model's own interval from the same replicates: a is 1 and b is 0.5 in every usable one.
    expect(result.aInterval).toEqual({ low: 1, high: 1 });
    expect(result.bInterval).toEqual({ low: 0.5, high: 0.5 });
    expect(result.resamples).toBeGreaterThan(850);
    expect(result.resamples).toBeLessThan(1150);
  });

  it('depends on the counts per category, not on the order of the samples', () => {
    const { target, a, b } = sweep(5);
    const order = Array.from(target.keys()).reverse();
    const permute = (x: Uint8Array) => Uint8Array.from(order, (i) => x[i]!);
    expect(pairedBootstrapBalancedAccuracy(permute(target), permute(a), permute(b))).toEqual(
      pairedBootstrapBalancedAccuracy(target, a, b),
    );
  });

  it('hand case: identical models differ by exactly 0 in every resample', () => {
    const { target, a } = sweep(3);
    const result = pairedBootstrapBalancedAccuracy(target, a, a);
    expect([result.estimate, result.low, result.high, result.p]).toEqual([0, 0, 0, 1]);
  });

  it('counts "other" predictions out of both recalls, as the binary metrics do', () => {
    // Target 1: a right, a other; target 0: a right. recall₁ = 1/1, recall₀ = 1/1 → BA(a) = 1.
    // b: target 1 wrong, other; target 0 right → recall₁ 0/1, recall₀ 1 → BA(b) = 0.5.
    const result = pairedBootstrapBalancedAccuracy(
      new Uint8Array([1, 1, 0]),
      new Uint8Array([CORRECT, OTHER, CORRECT]),
      new Uint8Array([WRONG, OTHER, CORRECT]),
    );
    expect([result.a, result.b, result.estimate]).toEqual([1, 0.5, 0.5]);
  });

  it('rejects mismatched or out-of-range input', () => {
    expect(() =>
      pairedBootstrapBalancedAccuracy(new Uint8Array(2), new Uint8Array(2), new Uint8Array(3)),
    ).toThrow(/length/);
    expect(() =>
      pairedBootstrapBalancedAccuracy(new Uint8Array([2]), new Uint8Array([1]), new Uint8Array([1])),
    ).toThrow(/target/);
    // The first bad value is named, wherever it is.
    expect(() =>
      pairedBootstrapBalancedAccuracy(
        new Uint8Array([0, 1, 1]),
        new Uint8Array([1, 1, 0]),
        new Uint8Array([1, 3, 0]),
      ),
    ).toThrow('outcome 3 at 1 is not 0, 1 or 2');
    expect(() => bootstrapBalancedAccuracy(new Uint8Array([0, 1, 7]), new Uint8Array([1, 0, 0]))).toThrow(
      'target 7 at 2 is not 0 or 1',
    );
    expect(() => bootstrapBalancedAccuracy(new Uint8Array([0, 1]), new Uint8Array([1]))).toThrow(/length/);
  });
});

describe('bootstrapBalancedAccuracy', () => {
  it('hand case: a perfect model has the interval [1, 1]', () => {
    const result = bootstrapBalancedAccuracy(new Uint8Array([0, 1, 0, 1]), new Uint8Array(4).fill(CORRECT));
    expect([result.estimate, result.low, result.high]).toEqual([1, 1, 1]);
  });

  it('brackets the observed value and is deterministic', () => {
    const { target, b } = sweep(11);
    const first = bootstrapBalancedAccuracy(target, b);
    expect(bootstrapBalancedAccuracy(target, b)).toEqual(first);
    expect(first.low).toBeLessThan(first.estimate);
    expect(first.high).toBeGreaterThan(first.estimate);
    expect(first.low).toBeGreaterThanOrEqual(0);
    expect(first.high).toBeLessThanOrEqual(1);
  });

  it('hand case: on 2,000 samples the interval matches the normal approximation', () => {
    // 1,000 samples of class 0 with 800 right (recall₀ 0.8), 1,000 of class 1 with 700 right
    // (recall₁ 0.7): balanced accuracy 0.75, standard error ½·√(0.8·0.2/1000 + 0.7·0.3/1000)
    // = ½·√0.00037 = 0.009618, so the 95% interval is about 0.75 ± 1.96·0.009618 = [0.7311, 0.7689].
    const target = new Uint8Array(2000);
    const outcome = new Uint8Array(2000);
    for (let i = 0; i < 2000; i++) {
      target[i] = i < 1000 ? 0 : 1;
      outcome[i] = (i < 1000 ? i < 800 : i < 1700) ? CORRECT : WRONG;
    }
    const result = bootstrapBalancedAccuracy(target, outcome);
    expect(result.estimate).toBe(0.75);
    expect(Math.abs(result.low - 0.7311)).toBeLessThan(0.003);
    expect(Math.abs(result.high - 0.7689)).toBeLessThan(0.003);
  });

  it('hand case: a paired difference on 2,000 samples matches the normal approximation', () => {
    // Class 0 (1,000): a right on 800, b right on 700, both right on the same first 700. Class 1
    // (1,000): a right on 700, b right on 600, the same first 600. The per-class recall difference
    // is then a difference of 0/1 indicators that is 1 on 100 of 1,000 samples: variance
    // 0.1·0.9/1000 each, so Δ = ½(0.1 + 0.1) = 0.1 with standard error ½·√(2·0.00009) = 0.006708:
    // 0.1 ± 1.96·0.006708 = [0.0869, 0.1131].
    const target = new Uint8Array(2000);
    const a = new Uint8Array(2000);
    const b = new Uint8Array(2000);
    for (let i = 0; i < 2000; i++) {
      const j = i % 1000;
      target[i] = i < 1000 ? 0 : 1;
      a[i] = j < (i < 1000 ? 800 : 700) ? CORRECT : WRONG;
      b[i] = j < (i < 1000 ? 700 : 600) ? CORRECT : WRONG;
    }
    const result = pairedBootstrapBalancedAccuracy(target, a, b);
    expect(result.estimate).toBeCloseTo(0.1, 12);
    expect(Math.abs(result.low - 0.0869)).toBeLessThan(0.003);
    expect(Math.abs(result.high - 0.1131)).toBeLessThan(0.003);
  });
});

describe('quantile', () => {
  it('interpolates linearly (numpy’s default), whatever the order of the values', () => {
    // [1..5], q = 0.025 → position 4·0.025 = 0.1 → 1 + 0.1·(2 − 1) = 1.1; q = 0.975 → 3.9 → 4.9.
    expect(quantile(new Float64Array([3, 5, 1, 4, 2]), 0.025)).toBeCloseTo(1.1, 12);
    expect(quantile(new Float64Array([3, 5, 1, 4, 2]), 0.975)).toBeCloseTo(4.9, 12);
    expect(quantile(new Float64Array([2, 2, 1]), 0.5)).toBe(2);
    expect(quantile(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('agrees with sorting, on many ties as bootstrap replicates have', () => {
    const uniform = mulberry32(9);
    for (let round = 0; round < 200; round++) {
      const length = 1 + Math.floor(uniform() * 300);
      const values = Float64Array.from({ length }, () => Math.floor(uniform() * 12) / 11);
      const sorted = values.slice().sort();
      for (const q of [0, 0.025, 0.5, 0.975, 1]) {
        const position = (length - 1) * q;
        const below = Math.floor(position);
        const above = Math.min(length - 1, below + 1);
        const expected = sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
        expect(quantile(values.slice(), q)).toBeCloseTo(expected, 12);
      }
    }
  });
});

describe('mulberry32', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const x = mulberry32(42);
    const y = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const value = x();
      expect(value).toBe(y());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
