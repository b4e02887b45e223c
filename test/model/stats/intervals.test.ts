import { describe, expect, it } from 'vitest';
import { meanAndStderr, meanInterval, wilsonInterval } from '../../../src/model/stats/index.js';

describe('wilsonInterval', () => {
  it('45 of 50 at z = 1.96', () => {
    // p = 0.9, z² = 3.8416, z²/n = 0.076832, denominator 1.076832.
    // centre = (0.9 + 0.038416)/1.076832 = 0.871459.
    // half = 1.96·√(0.09/50 + 3.8416/(4·2500))/1.076832 = 1.96·√0.00218416/1.076832 = 0.085065.
    // → [0.786395, 0.956525]
    const interval = wilsonInterval(45, 50, 1.96)!;
    expect(interval.low).toBeCloseTo(0.786395, 6);
    expect(interval.high).toBeCloseTo(0.956525, 6);
  });

  it('keeps a width at 0% (where the normal interval collapses)', () => {
    // p = 0, n = 10: z²/n = 0.38416, denominator 1.38416; centre = 0.19208/1.38416 = 0.138769;
    // half = 1.96·√(3.8416/400)/1.38416 = 1.96·0.098/1.38416 = 0.138769 → [0, 0.277538].
    const interval = wilsonInterval(0, 10, 1.96)!;
    expect(interval.low).toBeCloseTo(0, 12);
    expect(interval.high).toBeCloseTo(0.27754, 5);
    // 100%: the mirror image, [1 − 0.277540, 1].
    const full = wilsonInterval(10, 10, 1.96)!;
    expect(full.low).toBeCloseTo(1 - 0.27754, 5);
    expect(full.high).toBeCloseTo(1, 12);
  });

  it('uses z = 1.959964 by default and stays inside [0, 1]', () => {
    const interval = wilsonInterval(1, 1)!;
    expect(interval.low).toBeGreaterThanOrEqual(0);
    expect(interval.high).toBeLessThanOrEqual(1);
    // n = 1, p = 1, z² = 3.841459: centre = (1 + 1.920729)/4.841459, half = 1.959964·√(3.841459/4)/4.841459
    // = 1.920729/4.841459, so low = (2.920729 − 1.920729)/4.841459 = 1/4.841459 = 0.206549.
    expect(interval.low).toBeCloseTo(0.206549, 6);
  });

  it('refuses nonsense counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(6, 5)).toBeNull();
    expect(wilsonInterval(-1, 5)).toBeNull();
    expect(wilsonInterval(NaN, 5)).toBeNull();
  });
});

describe('meanInterval', () => {
  it('is mean ± t(0.975, n − 1)·stderr', () => {
    // n = 3 → df = 2, t = 4.302653; 0.5 ± 0.4302653 → [0.069735, 0.930265].
    const interval = meanInterval(0.5, 0.1, 3)!;
    expect(interval.low).toBeCloseTo(0.069735, 6);
    expect(interval.high).toBeCloseTo(0.930265, 6);
  });

  it('has no interval below two samples or without a stderr', () => {
    expect(meanInterval(0.5, 0.1, 1)).toBeNull();
    expect(meanInterval(0.5, NaN, 10)).toBeNull();
    expect(meanInterval(NaN, 0.1, 10)).toBeNull();
  });
});

describe('meanAndStderr', () => {
  it('computes inspect’s accuracy and stderr, leaving NaN (unscored) out', () => {
    // [1, 0, 1, 1, NaN]: n = 4, mean = 0.75; squares (0.25² ·3 + 0.75²) = 0.1875 + 0.5625 = 0.75;
    // sd = √(0.75/3) = 0.5; stderr = 0.5/√4 = 0.25.
    const result = meanAndStderr(new Float64Array([1, 0, 1, 1, NaN]));
    expect(result).toEqual({ mean: 0.75, stderr: 0.25, n: 4 });
  });

  it('has stderr 0 for one value and NaN for none', () => {
    expect(meanAndStderr([0.3])).toEqual({ mean: 0.3, stderr: 0, n: 1 });
    expect(meanAndStderr([NaN]).n).toBe(0);
  });
});
