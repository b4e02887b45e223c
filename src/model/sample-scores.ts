// Per-sample scores of one evaluation, compact (sorted id strings + a Float64Array), after reducing
// inspect's epochs per sample the way inspect does (`reductions.json`: `mean` unless the score names
// another reducer). The comparisons (Δ vs control, baseline) pair two evaluations on these ids.
import type { SampleSummary, ScoreValue } from '../sources/inspect/eval-log.js';
import { CORRECT, OTHER, WRONG } from './stats/bootstrap.js';

/** Class of a sample in a 0/1 task: the target and whether the prediction hit it. */
export const NOT_COUNTED = 255;

export interface SampleScores {
  /** Sample ids (as strings), sorted, unique. */
  ids: string[];
  /** Reduced score per id; NaN = unscored. */
  scores: Float64Array;
  /** Every scored value is 0 or 1 (a Wilson interval applies). */
  binary: boolean;
  /**
   * For 0/1-target tasks read with one inspect epoch per sample: per id the target (0/1, or
   * NOT_COUNTED for an unscored sample) and the prediction's outcome (WRONG, CORRECT, OTHER), which is
   * what the balanced-accuracy bootstrap resamples. Absent otherwise.
   */
  classes?: { target: Uint8Array; outcome: Uint8Array };
  /** Inspect's epochs per sample (the most seen for any sample). */
  epochs: number;
  /** The reducer applied (`mean` by default). */
  reducer: string;
}

/** inspect's `value_to_float()`: C 1, P 0.5, I/N 0, yes/true 1, no/false 0, numeric strings, else 0. */
export function valueToFloat(value: ScoreValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    if (value === 'C') return 1;
    if (value === 'P') return 0.5;
    if (value === 'I' || value === 'N') return 0;
    const lower = value.toLowerCase();
    if (lower === 'yes' || lower === 'true') return 1;
    if (lower === 'no' || lower === 'false') return 0;
    const number = Number(lower);
    if (lower.trim() !== '' && Number.isFinite(number)) return number;
  }
  return 0;
}

/** The scalar a sample's score value stands for; a dict value gives its `key` entry when it has one. */
function scalar(value: ScoreValue, key: string | undefined): number {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && key !== undefined) {
    const leaf = value[key];
    return leaf === undefined ? 0 : valueToFloat(leaf);
  }
  return valueToFloat(value);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const mode = (values: number[]): number => {
  // Python's Counter.most_common(1): highest count, first seen among ties.
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0]!;
  for (const [value, count] of counts) if (count > counts.get(best)!) best = value;
  return best;
};

/** pass@k (Chen et al. 2021): 1 − Π_{i=n−c+1}^{n} (1 − k/i); NaN when fewer than k epochs were scored. */
function passAt(k: number, values: number[]): number {
  const total = values.length;
  const correct = values.filter((value) => value >= 1).length;
  if (total < k) return NaN;
  if (total - correct < k) return 1;
  let product = 1;
  for (let i = total - correct + 1; i <= total; i++) product *= 1 - k / i;
  return 1 - product;
}

/** A reducer by the name inspect logs (`mean`, `median`, `mode`, `max`, `pass_at_K`, `at_least_K`). */
export function reducerFor(name: string | null): ((values: number[]) => number) | null {
  const reducer = name ?? 'mean';
  if (reducer === 'mean') return (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  if (reducer === 'median') return median;
  if (reducer === 'mode') return mode;
  if (reducer === 'max') return (values) => Math.max(...values);
  const pass = /^pass_at_(\d+)$/.exec(reducer);
  if (pass) return (values) => passAt(Number(pass[1]), values);
  const atLeast = /^at_least_(\d+)$/.exec(reducer);
  if (atLeast) return (values) => (values.filter((value) => value >= 1).length >= Number(atLeast[1]) ? 1 : 0);
  return null;
}

export interface SampleScoresOptions {
  /** Key of the reported score in the summaries' `scores` (the scorer name). */
  scorerKey: string | null;
  /** The score's name (for a dict-valued scorer, the key of the dict). */
  scoreName?: string;
  /** The score's reducer (`EvalScore.reducer`); null means inspect's default `mean`. */
  reducer?: string | null;
  /** Per summary: its 0/1 target and outcome, for 0/1-target tasks (see SampleScores.classes). */
  classOf?: (summary: SampleSummary) => { target: 0 | 1; outcome: number } | null;
}

// The logs of one experiment share their sample ids: one copy of each id string, not one per log.
// Keyed by the raw id, so a numeric id is converted to a string once, not once per log.
const INTERNED = new Map<string | number, string>();
function intern(raw: string | number): string {
  const known = INTERNED.get(raw);
  if (known !== undefined) return known;
  if (INTERNED.size >= 200_000) INTERNED.clear();
  const id = String(raw);
  INTERNED.set(raw, id);
  return id;
}

/** The order that sorts a log's ids, and the ids in that order. Never changed once made. */
interface Sorted {
  order: number[];
  ids: string[];
}

/**
 * The order that sorts `idOf`, remembered for the next call: the logs of a sweep usually list the
 * same ids in the same order, and comparing interned strings by reference is cheaper than sorting.
 * Those logs then share one sorted id list, which the threads pass once and summary.json hashes once.
 */
let lastIds: string[] = [];
let lastSorted: Sorted = { order: [], ids: [] };
function sortedOrder(idOf: string[]): Sorted {
  if (idOf.length === lastIds.length && idOf.every((id, i) => id === lastIds[i])) return lastSorted;
  const order = Array.from(idOf.keys()).sort(byIdOf(idOf));
  lastIds = idOf;
  lastSorted = { order, ids: order.map((index) => idOf[index]!) };
  return lastSorted;
}

/**
 * Reduce the sample summaries (one per sample and inspect epoch) to one score per sample id.
 * Null when no summary has a score for the reported scorer, or the reducer is unknown.
 */
export function sampleScoresFromSummaries(
  summaries: readonly SampleSummary[],
  options: SampleScoresOptions,
): SampleScores | null {
  const reduce = reducerFor(options.reducer ?? null);
  if (reduce === null) return null;
  // One pass: id and scalar value per summary (NaN = unscored), and whether any id repeats (epochs).
  const n = summaries.length;
  const idOf = new Array<string>(n);
  const valueOf = new Float64Array(n);
  let anyScore = false;
  for (let i = 0; i < n; i++) {
    const summary = summaries[i]!;
    idOf[i] = intern(summary.id);
    const score = pickScore(summary, options);
    if (score !== undefined) anyScore = true;
    valueOf[i] = score === undefined ? NaN : scalar(score, options.scoreName);
  }
  if (!anyScore) return null;
  const reducer = options.reducer ?? 'mean';
  // An id seen twice (inspect epochs) is next to itself once sorted.
  const sorted = sortedOrder(idOf);
  const { order } = sorted;
  let repeated = false;
  for (let k = 1; k < order.length && !repeated; k++) repeated = idOf[order[k]!] === idOf[order[k - 1]!];
  const result = repeated
    ? reduceEpochs(idOf, valueOf, reduce, reducer)
    : singleEpoch(sorted, valueOf, reduce, reducer);
  if (result.epochs === 1 && options.classOf) {
    const classes = classesOf(
      result.first.map((index) => summaries[index]!),
      result.scores.scores,
      options.classOf,
    );
    if (classes) result.scores.classes = classes;
  }
  return result.scores;
}

interface Reduced {
  scores: SampleScores;
  epochs: number;
  /** Per sorted id, the index of its (first) summary. */
  first: number[];
}

const byIdOf =
  (idOf: string[]) =>
  (x: number, y: number): number =>
    idOf[x]! < idOf[y]! ? -1 : idOf[x]! > idOf[y]! ? 1 : 0;

/** Each id once (one inspect epoch, the usual case): sort, no grouping, no per-sample objects. */
function singleEpoch(
  { order, ids }: Sorted,
  valueOf: Float64Array,
  reduce: (values: number[]) => number,
  reducer: string,
): Reduced {
  const scores = new Float64Array(order.length);
  let binary = true;
  for (let k = 0; k < order.length; k++) {
    const raw = valueOf[order[k]!]!;
    // A single value reduces to itself for mean, median, mode and max; pass_at/at_least still apply.
    const value = Number.isNaN(raw) || reducer === 'mean' ? raw : reduce([raw]);
    scores[k] = value;
    if (!Number.isNaN(value) && value !== 0 && value !== 1) binary = false;
  }
  return { scores: { ids, scores, binary, epochs: 1, reducer }, epochs: 1, first: order };
}

/** Several summaries per id (inspect epochs): reduce each id's scored values. */
function reduceEpochs(
  idOf: string[],
  valueOf: Float64Array,
  reduce: (values: number[]) => number,
  reducer: string,
): Reduced {
  const groups = groupIndices(idOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const scores = new Float64Array(groups.length);
  let binary = true;
  let epochs = 0;
  groups.forEach(({ indices }, index) => {
    epochs = Math.max(epochs, indices.length);
    const values = indices.map((i) => valueOf[i]!).filter((value) => !Number.isNaN(value));
    const value = values.length === 0 ? NaN : reduce(values);
    scores[index] = value;
    if (!Number.isNaN(value) && value !== 0 && value !== 1) binary = false;
  });
  const ids = groups.map((group) => group.id);
  return {
    scores: { ids, scores, binary, epochs, reducer },
    epochs,
    first: groups.map((group) => group.indices[0]!),
  };
}

function groupIndices(ids: string[]): Array<{ id: string; indices: number[] }> {
  const byId = new Map<string, number[]>();
  ids.forEach((id, index) => {
    const list = byId.get(id);
    if (list) list.push(index);
    else byId.set(id, [index]);
  });
  return [...byId].map(([id, indices]) => ({ id, indices }));
}

function pickScore(summary: SampleSummary, options: SampleScoresOptions): ScoreValue | undefined {
  const key = options.scorerKey;
  const found =
    (key !== null ? summary.scores[key] : undefined) ??
    (options.scoreName !== undefined ? summary.scores[options.scoreName] : undefined);
  if (found) return found.value;
  const entries = Object.values(summary.scores);
  return entries.length === 1 ? entries[0]!.value : undefined;
}

function classesOf(
  summaries: SampleSummary[],
  scores: Float64Array,
  classOf: NonNullable<SampleScoresOptions['classOf']>,
): SampleScores['classes'] | null {
  const target = new Uint8Array(summaries.length);
  const outcome = new Uint8Array(summaries.length);
  for (let i = 0; i < summaries.length; i++) {
    const known = classOf(summaries[i]!);
    if (known === null) return null;
    target[i] = Number.isNaN(scores[i]) ? NOT_COUNTED : known.target;
    outcome[i] = known.outcome;
  }
  return { target, outcome };
}

/** The outcome of a prediction for a 0/1 target: hit, the other class, or neither 0 nor 1. */
export function outcomeOf(target: 0 | 1, prediction: string | null): number {
  if (prediction !== '0' && prediction !== '1') return OTHER;
  return Number(prediction) === target ? CORRECT : WRONG;
}

export interface PairedScores {
  /** Scores of the samples both evaluations scored, same order in both arrays. */
  a: Float64Array;
  b: Float64Array;
  /** Samples in both id lists (scored or not). */
  shared: number;
}

/** Merge-join two evaluations on sample id; keeps pairs where both are scored. */
export function pairScores(x: SampleScores, y: SampleScores): PairedScores {
  const a: number[] = [];
  const b: number[] = [];
  let shared = 0;
  joinIds(x.ids, y.ids, (i, j) => {
    shared++;
    const left = x.scores[i]!;
    const right = y.scores[j]!;
    if (!Number.isNaN(left) && !Number.isNaN(right)) {
      a.push(left);
      b.push(right);
    }
  });
  return { a: Float64Array.from(a), b: Float64Array.from(b), shared };
}

/**
 * Merge-join the classes of two 0/1-target evaluations for the paired balanced-accuracy bootstrap:
 * samples counted in both with the same target. Null when either has no classes.
 */
export function pairClasses(x: SampleScores, y: SampleScores): PairedClasses | null {
  const known = pairedMemo.get(x)?.get(y);
  if (known !== undefined) return known;
  const paired = joinClasses(x, y);
  const byY = pairedMemo.get(x) ?? new WeakMap<SampleScores, PairedClasses | null>();
  pairedMemo.set(x, byY.set(y, paired));
  return paired;
}

type PairedClasses = { target: Uint8Array; a: Uint8Array; b: Uint8Array };

// The analysis asks twice for the same rows' classes (once in the dry run that plans its bootstraps,
// see pipeline/bootstraps.ts): answered once per pair of objects, which are not changed once made.
// The arrays answered are shared: read them, never write them.
const pairedMemo = new WeakMap<SampleScores, WeakMap<SampleScores, PairedClasses | null>>();
const countedMemo = new WeakMap<SampleScores, { target: Uint8Array; outcome: Uint8Array } | null>();

function joinClasses(x: SampleScores, y: SampleScores): PairedClasses | null {
  if (!x.classes || !y.classes) return null;
  const xc = x.classes;
  const yc = y.classes;
  const target: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  joinIds(x.ids, y.ids, (i, j) => {
    const t = xc.target[i]!;
    if (t === NOT_COUNTED || t !== yc.target[j]) return;
    target.push(t);
    a.push(xc.outcome[i]!);
    b.push(yc.outcome[j]!);
  });
  return { target: Uint8Array.from(target), a: Uint8Array.from(a), b: Uint8Array.from(b) };
}

/** How many samples of a 0/1-target evaluation its 0/1 metrics count (0 without classes). */
export function countedSamples(x: SampleScores): number {
  if (!x.classes) return 0;
  let counted = 0;
  for (const target of x.classes.target) if (target !== NOT_COUNTED) counted++;
  return counted;
}

/** The counted samples of one 0/1-target evaluation, for its balanced-accuracy bootstrap. */
export function countedClasses(x: SampleScores): { target: Uint8Array; outcome: Uint8Array } | null {
  let counted = countedMemo.get(x);
  if (counted === undefined) {
    counted = countClasses(x);
    countedMemo.set(x, counted);
  }
  return counted;
}

function countClasses(x: SampleScores): { target: Uint8Array; outcome: Uint8Array } | null {
  if (!x.classes) return null;
  const all = x.classes;
  const counted = countedSamples(x);
  // Usually every sample counts: the classes as they are (answers are shared, never written).
  if (counted === all.target.length) return { target: all.target, outcome: all.outcome };
  const target = new Uint8Array(counted);
  const outcome = new Uint8Array(target.length);
  for (let i = 0, k = 0; i < all.target.length; i++) {
    if (all.target[i] === NOT_COUNTED) continue;
    target[k] = all.target[i]!;
    outcome[k++] = all.outcome[i]!;
  }
  return { target, outcome };
}

function joinIds(x: string[], y: string[], visit: (i: number, j: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const left = x[i]!;
    const right = y[j]!;
    if (left === right) visit(i++, j++);
    else if (left < right) i++;
    else j++;
  }
}
