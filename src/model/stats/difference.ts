// Δ between two evaluations: paired on shared samples (per-sample differences, Miller 2024), or
// unpaired from the two standard errors (Welch), and the noise floor that follows from either.
import { tQuantile, tTwoSidedP } from './distributions.js';

export interface Difference {
  /** mean(a) − mean(b) on the samples compared. */
  delta: number;
  /** Standard error of delta. */
  se: number;
  /** 95% interval of delta (null when it cannot be computed, e.g. n < 2). */
  low: number | null;
  high: number | null;
  /** Degrees of freedom of the t used. */
  df: number;
  /** Two-sided p-value of delta = 0. */
  p: number | null;
  /** Samples compared: pairs (paired), or the smaller of the two sizes (unpaired). */
  n: number;
}

/**
 * Paired difference of per-sample scores a[i] − b[i] (same sample at the same index). Pairs where
 * either score is NaN are left out. se = sd(d)/√n, interval d̄ ± t(0.975, n−1)·se.
 */
export function pairedDifference(a: Float64Array, b: Float64Array): Difference {
  if (a.length !== b.length) throw new Error(`paired scores differ in length (${a.length} vs ${b.length})`);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (Number.isFinite(d)) {
      n++;
      sum += d;
    }
  }
  const delta = n === 0 ? NaN : sum / n;
  let squares = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (Number.isFinite(d)) squares += (d - delta) ** 2;
  }
  if (n < 2) return { delta, se: NaN, low: null, high: null, df: n - 1, p: null, n };
  const se = Math.sqrt(squares / (n - 1) / n);
  return withInterval(delta, se, n - 1, n);
}

export interface MeanWithError {
  mean: number;
  se: number;
  n: number;
}

/**
 * Unpaired difference a.mean − b.mean: se = √(se_a² + se_b²), t with Welch–Satterthwaite degrees of
 * freedom (se_a² + se_b²)² / (se_a⁴/(n_a−1) + se_b⁴/(n_b−1)).
 */
export function unpairedDifference(a: MeanWithError, b: MeanWithError): Difference {
  const delta = a.mean - b.mean;
  const n = Math.min(a.n, b.n);
  const va = a.se * a.se;
  const vb = b.se * b.se;
  const se = Math.sqrt(va + vb);
  if (!Number.isFinite(se) || a.n < 2 || b.n < 2)
    return { delta, se, low: null, high: null, df: NaN, p: null, n };
  const welch = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  // Both errors 0: no information on the spread; fall back to the smaller sample's df.
  const df = Number.isFinite(welch) ? welch : n - 1;
  return withInterval(delta, se, df, n);
}

function withInterval(delta: number, se: number, df: number, n: number): Difference {
  const half = tQuantile(0.975, df) * se;
  const p = se === 0 ? (delta === 0 ? 1 : 0) : tTwoSidedP(delta / se, df);
  return { delta, se, low: delta - half, high: delta + half, df, p, n };
}

/**
 * The noise floor: the half-width of a 95% interval of a difference, t(0.975, df)·se(Δ). Differences
 * smaller than this cannot be told from noise with these samples.
 */
export function noiseFloorHalfWidth(seOfDifference: number, df: number): number {
  if (!Number.isFinite(seOfDifference) || !(df > 0)) return NaN;
  return tQuantile(0.975, df) * seOfDifference;
}

/** True when the interval lies entirely above or below 0. */
export function excludesZero(low: number | null, high: number | null): boolean {
  return low !== null && high !== null && (low > 0 || high < 0);
}
