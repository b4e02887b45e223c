// Seeded percentile bootstrap for balanced accuracy, alone and as a paired difference of two models
// scored on the same samples (resample sample indices once per replicate, compute both models'
// balanced accuracy on that same resample). Deterministic: mulberry32 with a fixed seed.
import { MultinomialSampler } from './multinomial.js';
import { mulberry32 } from './random.js';

/** Per-sample outcome of a 0/1 prediction, as `binaryMetrics` counts it. */
export const WRONG = 0;
export const CORRECT = 1;
/** Predicted neither 0 nor 1: left out of both recalls (as summary_binary.py does). */
export const OTHER = 2;

export const DEFAULT_SEED = 20_241_100;
export const DEFAULT_RESAMPLES = 2_000;

export interface BootstrapOptions {
  /** Replicates drawn (default 2,000; at least 2,000 are recommended for 95% percentile intervals). */
  resamples?: number;
  seed?: number;
  level?: number;
}

export interface BootstrapInterval {
  /** The statistic on the samples as observed. */
  estimate: number;
  low: number;
  high: number;
  /** Two-sided bootstrap p-value of estimate = 0: 2·min(share ≤ 0, share ≥ 0), at most 1. */
  p: number;
  /** Samples. */
  n: number;
  /** Replicates used: those lacking a class the samples have are skipped. */
  resamples: number;
  seed: number;
}

export interface PairedBalancedAccuracy extends BootstrapInterval {
  /** Balanced accuracy of each model on the paired samples, with its percentile interval from the same replicates. */
  a: number;
  b: number;
  aInterval: { low: number; high: number };
  bInterval: { low: number; high: number };
}

/** (recall₀ + recall₁)/2 from counts [target0 wrong, target0 correct, target1 wrong, target1 correct]. */
function balancedAccuracy(w0: number, c0: number, w1: number, c1: number): number {
  const recall0 = c0 + w0 === 0 ? 0 : c0 / (c0 + w0);
  const recall1 = c1 + w1 === 0 ? 0 : c1 / (c1 + w1);
  return (recall0 + recall1) / 2;
}

/**
 * Balanced accuracy of one model from counts per category target·9 + a·3 + b (a and b are the two
 * models' outcomes; a single model's categories have b = 0). Written out, without closures: it runs
 * for every replicate.
 */
function modelBalancedAccuracy(c: Uint32Array, model: 'a' | 'b'): number {
  if (model === 'a') {
    return balancedAccuracy(
      c[0]! + c[1]! + c[2]!,
      c[3]! + c[4]! + c[5]!,
      c[9]! + c[10]! + c[11]!,
      c[12]! + c[13]! + c[14]!,
    );
  }
  return balancedAccuracy(
    c[0]! + c[3]! + c[6]!,
    c[1]! + c[4]! + c[7]!,
    c[9]! + c[12]! + c[15]!,
    c[10]! + c[13]! + c[16]!,
  );
}

function checkInputs(target: Uint8Array, outcomes: Uint8Array[]): void {
  for (const outcome of outcomes) {
    if (outcome.length !== target.length) {
      throw new Error(`bootstrap inputs differ in length (${outcome.length} vs ${target.length})`);
    }
  }
  for (let i = 0; i < target.length; i++) {
    if (target[i]! > 1) throw new Error(`target ${target[i]} at ${i} is not 0 or 1`);
    for (const outcome of outcomes) {
      if (outcome[i]! > OTHER) throw new Error(`outcome ${outcome[i]} at ${i} is not 0, 1 or 2`);
    }
  }
}

/**
 * Quantile with linear interpolation (type 7, numpy's default) of values in any order, which it
 * reorders: a selection instead of a sort (three interval ends per paired bootstrap, each a pass or
 * two over its 2,000 replicates instead of a sort of them). No NaN among the values.
 */
export function quantile(values: Float64Array, q: number): number {
  if (values.length === 0) return NaN;
  const position = (values.length - 1) * q;
  const below = Math.floor(position);
  const low = select(values, below);
  if (position === below) return low;
  // After the selection everything right of `below` is ≥ low: the next order statistic is their least.
  let next = Infinity;
  for (let i = below + 1; i < values.length; i++) if (values[i]! < next) next = values[i]!;
  return low + (next - low) * (position - below);
}

/**
 * The k-th smallest value (0-based), leaving smaller ones before index k and larger ones after it
 * (Wirth's selection: Hoare partitions around the middle element, narrowed to the side holding k).
 */
function select(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[k]!;
    let i = lo;
    let j = hi;
    do {
      while (values[i]! < pivot) i++;
      while (pivot < values[j]!) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
  return values[k]!;
}

/**
 * Draw `resamples` replicates of the categories `category[i]` (0…17) and return the statistic of each
 * valid replicate, in drawing order. A replicate is skipped when it lacks a target class the samples have.
 * A replicate depends only on how many resampled samples fall in each category, so it is drawn as
 * multinomial counts (see multinomial.ts) — and identical observed counts are computed once.
 */
function replicate(
  category: Uint8Array,
  options: BootstrapOptions,
  kind: 'single' | 'paired',
): { values: Float64Array[]; seed: number } {
  const n = category.length;
  const seed = options.seed ?? DEFAULT_SEED;
  const resamples = Math.max(1, Math.floor(options.resamples ?? DEFAULT_RESAMPLES));
  const observed = countCategories(category);
  const key = `${kind}/${seed}/${resamples}/${observed.join(',')}`;
  const cached = cache.get(key);
  if (cached) return { values: cached, seed };
  let class0 = 0;
  for (let k = 0; k < 9; k++) class0 += observed[k]!;
  const has0 = class0 > 0;
  const has1 = class0 < n;
  const sampler = new MultinomialSampler(observed);
  const uniform = mulberry32(seed);
  const counts = new Uint32Array(18);
  // single: [balanced accuracy]; paired: [a − b, a, b]. Computed inline: this runs per replicate.
  const values = Array.from({ length: kind === 'paired' ? 3 : 1 }, () => new Float64Array(resamples));
  let kept = 0;
  for (let r = 0; r < resamples; r++) {
    sampler.draw(counts, uniform);
    let drawn0 = 0;
    for (let k = 0; k < 9; k++) drawn0 += counts[k]!;
    if ((has0 && drawn0 === 0) || (has1 && drawn0 === n)) continue;
    const a = modelBalancedAccuracy(counts, 'a');
    if (kind === 'paired') {
      const b = modelBalancedAccuracy(counts, 'b');
      values[0]![kept] = a - b;
      values[1]![kept] = a;
      values[2]![kept] = b;
    } else {
      values[0]![kept] = a;
    }
    kept++;
  }
  const result = values.map((series) => series.slice(0, kept));
  if (cache.size >= 1000) cache.clear();
  cache.set(key, result);
  return { values: result, seed };
}

const cache = new Map<string, Float64Array[]>();

function summarise(
  estimate: number,
  values: Float64Array,
  n: number,
  seed: number,
  level: number,
): BootstrapInterval {
  return { estimate, ...tails(values, level), n, resamples: values.length, seed };
}

/**
 * The p-value and interval ends of a set of replicates, once per set and level: replicates that
 * come from the cache (logs with the same counts) are not scanned again.
 */
function tails(values: Float64Array, level: number): { low: number; high: number; p: number } {
  const byLevel = summaries.get(values) ?? new Map<number, { low: number; high: number; p: number }>();
  summaries.set(values, byLevel);
  let found = byLevel.get(level);
  if (!found) {
    let atMost = 0;
    let atLeast = 0;
    for (const value of values) {
      if (value <= 0) atMost++;
      if (value >= 0) atLeast++;
    }
    const p = values.length === 0 ? NaN : Math.min(1, (2 * Math.min(atMost, atLeast)) / values.length);
    const tail = (1 - level) / 2;
    found = { low: quantile(values, tail), high: quantile(values, 1 - tail), p };
    byLevel.set(level, found);
  }
  return found;
}

const summaries = new WeakMap<Float64Array, Map<number, { low: number; high: number; p: number }>>();

/** 95% percentile-bootstrap interval of one model's balanced accuracy. */
export function bootstrapBalancedAccuracy(
  target: Uint8Array,
  outcome: Uint8Array,
  options: BootstrapOptions = {},
): BootstrapInterval {
  checkInputs(target, [outcome]);
  const category = new Uint8Array(target.length);
  for (let i = 0; i < target.length; i++) category[i] = target[i]! * 9 + outcome[i]! * 3;
  const { values, seed } = replicate(category, options, 'single');
  const estimate = modelBalancedAccuracy(countCategories(category), 'a');
  return summarise(estimate, values[0]!, target.length, seed, options.level ?? 0.95);
}

/**
 * Paired bootstrap of balanced accuracy(a) − balanced accuracy(b) on the same samples (index i is the
 * same sample in `target`, `a` and `b`). Percentile 95% interval, fixed seed.
 */
export function pairedBootstrapBalancedAccuracy(
  target: Uint8Array,
  a: Uint8Array,
  b: Uint8Array,
  options: BootstrapOptions = {},
): PairedBalancedAccuracy {
  checkInputs(target, [a, b]);
  const category = new Uint8Array(target.length);
  for (let i = 0; i < target.length; i++) category[i] = target[i]! * 9 + a[i]! * 3 + b[i]!;
  const { values, seed } = replicate(category, options, 'paired');
  const observed = countCategories(category);
  const baA = modelBalancedAccuracy(observed, 'a');
  const baB = modelBalancedAccuracy(observed, 'b');
  const level = options.level ?? 0.95;
  const result = summarise(baA - baB, values[0]!, target.length, seed, level);
  const tail = (1 - level) / 2;
  const interval = (replicates: Float64Array) => ({
    low: quantile(replicates, tail),
    high: quantile(replicates, 1 - tail),
  });
  return {
    ...result,
    a: baA,
    b: baB,
    aInterval: interval(values[1]!),
    bInterval: interval(values[2]!),
  };
}

function countCategories(category: Uint8Array): Uint32Array {
  const counts = new Uint32Array(18);
  for (const value of category) counts[value]!++;
  return counts;
}
