import { describe, expect, it } from 'vitest';
import {
  normalCdf,
  normalQuantile,
  normalTwoSidedP,
  tCdf,
  tQuantile,
  tTwoSidedP,
} from '../../../src/model/stats/index.js';

describe('t distribution', () => {
  it('has the closed-form quantiles of df = 1 and df = 2', () => {
    // df = 1 (Cauchy): t_p = tan(π(p − ½)); p = 0.975 → tan(0.475π) = 1/tan(0.025π) = 1/0.0787017 = 12.706205.
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706205, 5);
    // df = 2: t_p = (2p − 1)·√(2 / (4p(1 − p))); p = 0.975 → 0.95·√(2/0.0975) = 0.95·4.529108 = 4.302653.
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.302653, 5);
    // Symmetry: t_{0.025} = −t_{0.975}.
    expect(tQuantile(0.025, 2)).toBeCloseTo(-4.302653, 5);
  });

  it('matches the printed t table at 95% two-sided', () => {
    // Student t table, two-sided 0.05 column (e.g. NIST/SEMATECH handbook 1.3.6.7.2).
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.776, 3);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
    expect(tQuantile(0.975, 100)).toBeCloseTo(1.984, 3);
    // df → ∞ is the normal: Φ⁻¹(0.975) = 1.959964.
    expect(tQuantile(0.975, Infinity)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
  });

  it('has the closed-form CDFs of df = 1 and df = 2', () => {
    // df = 1: F(t) = ½ + atan(t)/π; F(1) = ½ + (π/4)/π = 0.75.
    expect(tCdf(1, 1)).toBeCloseTo(0.75, 10);
    // df = 2: F(t) = ½ + t/(2√(2 + t²)); F(2) = ½ + 2/(2√6) = 0.5 + 0.408248 = 0.908248.
    expect(tCdf(2, 2)).toBeCloseTo(0.908248, 6);
    expect(tCdf(0, 7)).toBe(0.5);
    // Two-sided p of t = 2 at df = 2: 2·(1 − 0.908248) = 0.183503.
    expect(tTwoSidedP(2, 2)).toBeCloseTo(0.183503, 6);
    expect(tTwoSidedP(-2, 2)).toBeCloseTo(0.183503, 6);
  });

  it('has the normal CDF of the table', () => {
    // Φ(1) = 0.841345, Φ(1.96) = 0.975002, Φ(−1.96) = 0.024998.
    expect(normalCdf(1)).toBeCloseTo(0.841345, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975002, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024998, 6);
    // Two-sided p of z = 1.96: 2·0.024998 = 0.049996.
    expect(normalTwoSidedP(1.96)).toBeCloseTo(0.049996, 6);
  });

  it('gives NaN for impossible arguments instead of throwing', () => {
    expect(tQuantile(0.975, 0)).toBeNaN();
    expect(tQuantile(1.5, 3)).toBeNaN();
    expect(tQuantile(1, 3)).toBe(Infinity);
    expect(tCdf(NaN, 3)).toBeNaN();
  });
});

describe('special functions', () => {
  it('has the known values', async () => {
    const { incompleteBeta, incompleteGamma, lnGamma } = await import('../../../src/model/stats/special.js');
    // Γ(5) = 4! = 24; Γ(½) = √π = 1.772454.
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    // I_x(1, 1) = x; I_x(2, 1) = x²; P(1, x) = 1 − e^{−x}: P(1, 2) = 1 − 0.135335 = 0.864665.
    expect(incompleteBeta(1, 1, 0.3)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(2, 1, 0.6)).toBeCloseTo(0.36, 12);
    expect(incompleteGamma(1, 2)).toBeCloseTo(0.864665, 6);
    expect(incompleteGamma(1, 0.5)).toBeCloseTo(1 - Math.exp(-0.5), 12);
  });
});
