import { describe, expect, it } from 'vitest';
import {
  binomialByInversion,
  binomialTables,
  MultinomialSampler,
} from '../../../src/model/stats/multinomial.js';
import { mulberry32 } from '../../../src/model/stats/random.js';

const draw = (n: number, p: number, u: number): number => binomialByInversion(n, p, binomialTables(n, p), u);

describe('binomialByInversion', () => {
  it('hand case n = 2, p = 0.5: P = 0.25, 0.5, 0.25, cumulative 0.25, 0.75, 1', () => {
    // The mode ⌊3·0.5⌋ = 1 has P(X ≤ 1) = 0.75: below it the search steps down, above it up.
    expect(draw(2, 0.5, 0)).toBe(0);
    expect(draw(2, 0.5, 0.24)).toBe(0);
    expect(draw(2, 0.5, 0.25)).toBe(1);
    expect(draw(2, 0.5, 0.74)).toBe(1);
    expect(draw(2, 0.5, 0.75)).toBe(2);
    expect(draw(2, 0.5, 0.999)).toBe(2);
  });

  it('hand case n = 3, p = 0.2: P = 0.512, 0.384, 0.096, 0.008 from the mode 0 upwards', () => {
    // mode ⌊4·0.2⌋ = 0; cumulative 0.512, 0.896, 0.992, 1.
    expect(draw(3, 0.2, 0.5)).toBe(0);
    expect(draw(3, 0.2, 0.52)).toBe(1);
    expect(draw(3, 0.2, 0.89)).toBe(1);
    expect(draw(3, 0.2, 0.9)).toBe(2);
    expect(draw(3, 0.2, 0.991)).toBe(2);
    expect(draw(3, 0.2, 0.993)).toBe(3);
  });

  it('has the binomial mean and variance: 200,000 draws of Binomial(40, 0.3)', () => {
    // Mean 40·0.3 = 12, variance 40·0.3·0.7 = 8.4. With 200,000 draws the standard error of the
    // mean is √(8.4/200000) = 0.0065 and of the variance about 8.4·√(2/200000) = 0.027.
    const uniform = mulberry32(11);
    const tables = binomialTables(40, 0.3);
    let sum = 0;
    let squares = 0;
    const frequency = new Float64Array(41);
    const draws = 200_000;
    for (let i = 0; i < draws; i++) {
      const x = binomialByInversion(40, 0.3, tables, uniform());
      sum += x;
      squares += x * x;
      frequency[x]!++;
    }
    const mean = sum / draws;
    expect(mean).toBeGreaterThan(12 - 5 * 0.0065);
    expect(mean).toBeLessThan(12 + 5 * 0.0065);
    const variance = squares / draws - mean * mean;
    expect(variance).toBeGreaterThan(8.4 - 5 * 0.027);
    expect(variance).toBeLessThan(8.4 + 5 * 0.027);
    // P(X = 12) = C(40,12)·0.3^12·0.7^28 = 5586853480 · 5.31441e-7 · 4.5960e-5 ≈ 0.13646.
    expect(frequency[12]! / draws).toBeCloseTo(0.13646, 2);
  });
});

describe('MultinomialSampler', () => {
  it('draws counts that add up to n and leave empty categories empty', () => {
    const sampler = new MultinomialSampler([0, 3, 0, 5, 2]);
    const counts = new Uint32Array(5);
    const uniform = mulberry32(3);
    for (let i = 0; i < 1000; i++) {
      sampler.draw(counts, uniform);
      expect(counts[0]! + counts[1]! + counts[2]! + counts[3]! + counts[4]!).toBe(10);
      expect(counts[0]).toBe(0);
      expect(counts[2]).toBe(0);
    }
  });

  it('has mean n·share per category: 50,000 draws from counts 300, 150, 50', () => {
    // Shares 0.6, 0.3, 0.1 of n = 500: means 300, 150, 50; the standard error of each mean is
    // √(500·s·(1−s)/50000), at most √(120/50000) = 0.049.
    const sampler = new MultinomialSampler([300, 150, 50]);
    const counts = new Uint32Array(3);
    const uniform = mulberry32(5);
    const sums = [0, 0, 0];
    for (let i = 0; i < 50_000; i++) {
      sampler.draw(counts, uniform);
      for (let k = 0; k < 3; k++) sums[k]! += counts[k]!;
    }
    expect(Math.abs(sums[0]! / 50_000 - 300)).toBeLessThan(0.25);
    expect(Math.abs(sums[1]! / 50_000 - 150)).toBeLessThan(0.25);
    expect(Math.abs(sums[2]! / 50_000 - 50)).toBeLessThan(0.25);
  });

  it('puts every sample in the only category, and draws nothing from nothing', () => {
    const counts = new Uint32Array(3);
    new MultinomialSampler([0, 7, 0]).draw(counts, mulberry32(1));
    expect([...counts]).toEqual([0, 7, 0]);
    new MultinomialSampler([0, 0, 0]).draw(counts, mulberry32(1));
    expect([...counts]).toEqual([0, 0, 0]);
  });
});
