// One metric, one 95% interval: Wilson for 0/1 accuracy, mean ± t·stderr for other mean scores.
import { tQuantile } from './distributions.js';

export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95% interval, Φ⁻¹(0.975). */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for `successes` out of `n` 0/1 trials:
 * centre = (p + z²/2n)/(1 + z²/n), half-width = z·√(p(1−p)/n + z²/4n²)/(1 + z²/n).
 * Unlike p ± z·√(p(1−p)/n) it keeps a width at 0% and 100% and stays inside [0, 1].
 * Null when n is 0 or the counts are not sensible.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z95): Interval | null {
  if (!(n > 0) || !(successes >= 0) || successes > n || !(z > 0)) return null;
  const p = successes / n;
  const z2n = (z * z) / n;
  const denominator = 1 + z2n;
  const centre = (p + z2n / 2) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * mean ± t(0.975, n−1)·stderr: the 95% interval of a mean score from its standard error.
 * Null when n < 2 or the stderr is not a finite non-negative number.
 */
export function meanInterval(mean: number, stderr: number, n: number, level = 0.95): Interval | null {
  if (!Number.isFinite(mean) || !Number.isFinite(stderr) || stderr < 0 || !(n >= 2)) return null;
  const half = tQuantile(1 - (1 - level) / 2, n - 1) * stderr;
  return { low: mean - half, high: mean + half };
}

export interface MeanAndStderr {
  mean: number;
  /** sd(ddof = 1)/√n, as inspect's `stderr()`; 0 when n < 2. */
  stderr: number;
  /** Values counted (NaN = unscored values are left out). */
  n: number;
}

/** Mean and standard error of the finite values, as inspect's `accuracy()` and `stderr()` compute them. */
export function meanAndStderr(values: ArrayLike<number>): MeanAndStderr {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (Number.isFinite(value)) {
      n++;
      sum += value;
    }
  }
  if (n === 0) return { mean: NaN, stderr: NaN, n: 0 };
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (Number.isFinite(value)) squares += (value - mean) ** 2;
  }
  const stderr = n < 2 ? 0 : Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
  return { mean, stderr, n };
}
