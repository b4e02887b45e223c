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

function checkLengths(target: Uint8Array, outcomes: Uint8Array[]): void {
  for (const outcome of outcomes) {
    if (outcome.length !== target.length) {
      throw new Error(`bootstrap inputs differ in length (${outcome.length} vs ${target.length})`);
    }
  }
}

/** Throws for the first value that is not a target (0, 1) or an outcome (0, 1, 2). */
function checkInputs(target: Uint8Array, outcomes: Uint8Array[]): void {
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
 * Draw `resamples` replicates of samples with these counts per category (0…17) and return the
 * statistic of each valid replicate, in drawing order. A replicate is skipped when it lacks a target
 * class the samples have. A replicate depends only on how many resampled samples fall in each
 * category, so it is drawn as multinomial counts (see multinomial.ts); identical requests are drawn
 * once (see resultOf).
 */
function replicate(
  observed: Uint32Array,
  seed: number,
  resamples: number,
  kind: 'single' | 'paired',
): Float64Array[] {
  let n = 0;
  for (const count of observed) n += count;
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
  return values.map((series) => series.slice(0, kept));
}

function summarise(
  estimate: number,
  values: Float64Array,
  n: number,
  seed: number,
  level: number,
): BootstrapInterval {
  return { estimate, ...tails(values, level), n, resamples: values.length, seed };
}

/** The p-value and interval ends of a set of replicates. */
function tails(values: Float64Array, level: number): { low: number; high: number; p: number } {
  let atMost = 0;
  let atLeast = 0;
  for (const value of values) {
    if (value <= 0) atMost++;
    if (value >= 0) atLeast++;
  }
  const p = values.length === 0 ? NaN : Math.min(1, (2 * Math.min(atMost, atLeast)) / values.length);
  const tail = (1 - level) / 2;
  return { low: quantile(values, tail), high: quantile(values, 1 - tail), p };
}

/**
 * What a bootstrap depends on: its kind, how many samples fall in each category (target·9 + a·3 + b)
 * and the options. A few numbers, so that it can be computed on another thread (see
 * pipeline/bootstraps.ts) and its result given to the analysis (knownBootstraps).
 */
export interface BootstrapRequest {
  kind: 'single' | 'paired';
  observed: number[];
  seed: number;
  resamples: number;
  level: number;
}

function request(
  kind: BootstrapRequest['kind'],
  observed: number[],
  options: BootstrapOptions,
): BootstrapRequest {
  return {
    kind,
    observed,
    seed: options.seed ?? DEFAULT_SEED,
    resamples: Math.max(1, Math.floor(options.resamples ?? DEFAULT_RESAMPLES)),
    level: options.level ?? 0.95,
  };
}

/** The request for bootstrapBalancedAccuracy(target, outcome, options). */
export function singleBootstrapRequest(
  target: Uint8Array,
  outcome: Uint8Array,
  options: BootstrapOptions = {},
): BootstrapRequest {
  checkLengths(target, [outcome]);
  // Checked and counted in one pass: the analysis makes a request per evaluation row, twice.
  const observed = new Array<number>(18).fill(0);
  for (let i = 0; i < target.length; i++) {
    const t = target[i]!;
    const o = outcome[i]!;
    if (t > 1 || o > OTHER) checkInputs(target, [outcome]);
    observed[t * 9 + o * 3]!++;
  }
  return request('single', observed, options);
}

/** The request for pairedBootstrapBalancedAccuracy(target, a, b, options). */
export function pairedBootstrapRequest(
  target: Uint8Array,
  a: Uint8Array,
  b: Uint8Array,
  options: BootstrapOptions = {},
): BootstrapRequest {
  checkLengths(target, [a, b]);
  const observed = new Array<number>(18).fill(0);
  for (let i = 0; i < target.length; i++) {
    const t = target[i]!;
    const x = a[i]!;
    const y = b[i]!;
    if (t > 1 || x > OTHER || y > OTHER) checkInputs(target, [a, b]);
    observed[t * 9 + x * 3 + y]!++;
  }
  return request('paired', observed, options);
}

/** Identifies a request: equal keys, equal results. */
export function bootstrapKey(request: BootstrapRequest): string {
  return `${request.kind}/${request.seed}/${request.resamples}/${request.level}/${request.observed.join(',')}`;
}

/** A request's counts as the replicates take them, its sample count and its point estimates. */
function observedOf(request: BootstrapRequest): { observed: Uint32Array; n: number; a: number; b: number } {
  const observed = Uint32Array.from(request.observed);
  return {
    observed,
    n: request.observed.reduce((sum, count) => sum + count, 0),
    a: modelBalancedAccuracy(observed, 'a'),
    b: modelBalancedAccuracy(observed, 'b'),
  };
}

/** The bootstrap a request describes (a paired one has the fields of PairedBalancedAccuracy). */
export function computeBootstrap(request: BootstrapRequest): BootstrapResult {
  const { observed, n, a: baA, b: baB } = observedOf(request);
  const { seed, level } = request;
  const values = replicate(observed, seed, request.resamples, request.kind);
  if (request.kind === 'single') return summarise(baA, values[0]!, n, seed, level);
  const tail = (1 - level) / 2;
  const interval = (replicates: Float64Array) => ({
    low: quantile(replicates, tail),
    high: quantile(replicates, 1 - tail),
  });
  return {
    ...summarise(baA - baB, values[0]!, n, seed, level),
    a: baA,
    b: baB,
    aInterval: interval(values[1]!),
    bInterval: interval(values[2]!),
  };
}

/** A bootstrap's result: BootstrapInterval, or PairedBalancedAccuracy for a paired request. */
export type BootstrapResult = BootstrapInterval | PairedBalancedAccuracy;

/** Results computed in this thread, by key (deterministic, so kept for the process). Cleared when large. */
const computed = new Map<string, BootstrapResult>();
const MAX_COMPUTED = 100_000;

/** A copy: callers own what they are given. */
function copyOf(result: BootstrapResult): BootstrapResult {
  return 'aInterval' in result
    ? { ...result, aInterval: { ...result.aInterval }, bInterval: { ...result.bInterval } }
    : { ...result };
}

function resultOf(request: BootstrapRequest): BootstrapResult {
  const key = bootstrapKey(request);
  let result = computed.get(key);
  if (!result) {
    result = computeBootstrap(request);
    if (computed.size >= MAX_COMPUTED) computed.clear();
    computed.set(key, result);
  }
  return copyOf(result);
}

/**
 * Bootstraps that answer from `known` (results of computeBootstrap made elsewhere, on other threads,
 * keyed by bootstrapKey) and compute the rest. For one analysis: nothing is kept beyond it.
 */
export function knownBootstraps(known: ReadonlyMap<string, BootstrapResult>): Bootstraps {
  const answer = (request: BootstrapRequest): BootstrapResult => {
    const result = known.get(bootstrapKey(request));
    return result ? copyOf(result) : resultOf(request);
  };
  return {
    single: (target, outcome, options) => answer(singleBootstrapRequest(target, outcome, options)),
    paired: (target, a, b, options) =>
      answer(pairedBootstrapRequest(target, a, b, options)) as PairedBalancedAccuracy,
  };
}

/** 95% percentile-bootstrap interval of one model's balanced accuracy. */
export function bootstrapBalancedAccuracy(
  target: Uint8Array,
  outcome: Uint8Array,
  options: BootstrapOptions = {},
): BootstrapInterval {
  return resultOf(singleBootstrapRequest(target, outcome, options));
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
  return resultOf(pairedBootstrapRequest(target, a, b, options)) as PairedBalancedAccuracy;
}

/**
 * Bootstraps that compute nothing: each call records its request and answers with the point
 * estimates (intervals of zero width). A dry run of the analysis with them lists the bootstraps the
 * real one will ask for, which can then be computed on other threads.
 */
export function planningBootstraps(): { bootstraps: Bootstraps; requests: BootstrapRequest[] } {
  const requests: BootstrapRequest[] = [];
  const estimateOf = (request: BootstrapRequest): { a: number; b: number; n: number } => {
    requests.push(request);
    return observedOf(request);
  };
  const point = (estimate: number, n: number, request: BootstrapRequest): BootstrapInterval => ({
    estimate,
    low: estimate,
    high: estimate,
    p: 1,
    n,
    resamples: request.resamples,
    seed: request.seed,
  });
  return {
    requests,
    bootstraps: {
      single: (target, outcome, options) => {
        const request = singleBootstrapRequest(target, outcome, options);
        const { a, n } = estimateOf(request);
        return point(a, n, request);
      },
      paired: (target, a, b, options) => {
        const request = pairedBootstrapRequest(target, a, b, options);
        const estimates = estimateOf(request);
        return {
          ...point(estimates.a - estimates.b, estimates.n, request),
          a: estimates.a,
          b: estimates.b,
          aInterval: { low: estimates.a, high: estimates.a },
          bInterval: { low: estimates.b, high: estimates.b },
        };
      },
    },
  };
}

/** The two bootstraps, as the analysis calls them (computing, or planning: see planningBootstraps). */
export interface Bootstraps {
  single: typeof bootstrapBalancedAccuracy;
  paired: typeof pairedBootstrapBalancedAccuracy;
}

/** The bootstraps that compute (each result once per key). */
export const COMPUTED_BOOTSTRAPS: Bootstraps = {
  single: bootstrapBalancedAccuracy,
  paired: pairedBootstrapBalancedAccuracy,
};
