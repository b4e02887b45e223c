// Normal and Student t distributions: CDFs, quantiles and two-sided p-values.
import { incompleteBeta, incompleteGamma } from './special.js';

/** Φ(x), the standard normal CDF: ½(1 + sign(x)·P(½, x²/2)). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const half = 0.5 * incompleteGamma(0.5, (x * x) / 2);
  return x >= 0 ? 0.5 + half : 0.5 - half;
}

/** F(t) of Student's t with `df` degrees of freedom (df = Infinity gives the normal). */
export function tCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return normalCdf(t);
  // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2).
  const tail = 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t));
  return t >= 0 ? 1 - tail : tail;
}

/** Solve cdf(x) = p by bisection on a bracket that grows until it holds p (monotone cdf). */
function invert(cdf: (x: number) => number, p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  let low = -1;
  let high = 1;
  while (cdf(low) > p) low *= 2;
  while (cdf(high) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-13 * Math.max(1, Math.abs(low)); i++) {
    const mid = (low + high) / 2;
    if (cdf(mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

const quantileCache = new Map<string, number>();

/** The p-quantile of the standard normal distribution. */
export function normalQuantile(p: number): number {
  return tQuantile(p, Infinity);
}

/** The p-quantile of Student's t with `df` degrees of freedom (Infinity gives the normal). */
export function tQuantile(p: number, df: number): number {
  if (!(df > 0)) return NaN;
  const key = `${p}/${df}`;
  let value = quantileCache.get(key);
  if (value === undefined) {
    value = invert((x) => tCdf(x, df), p);
    if (quantileCache.size > 10_000) quantileCache.clear();
    quantileCache.set(key, value);
  }
  return value;
}

/** Two-sided p-value of a t statistic. */
export function tTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) return NaN;
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** Two-sided p-value of a z statistic. */
export function normalTwoSidedP(z: number): number {
  return tTwoSidedP(z, Infinity);
}
