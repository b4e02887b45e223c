// Matching this summary's evaluation rows with a baseline's on (run, task, epoch), and deciding for
// each pair whether the two measured the same thing (same scorer, sample count and sample ids) and,
// if so, how they can be compared: paired on the per-sample scores of the same samples, or unpaired
// from the two standard errors.
import type { BaselineEvaluation } from '../../sources/baseline/read-baseline.js';
import { meanAndStderr, type MeanWithError } from '../stats/index.js';
import type { EvaluationRow } from '../summary.js';
import type { NewOrMissingRow, RowKey, StatusChange } from './comparison.js';

/** This run's per-sample data of one evaluation row, as summary.json will record it. */
export interface RowSamples {
  fingerprint: string;
  /** In sample-id order; NaN = unscored. */
  scores: Float64Array;
}

export type ComparisonPlan =
  | { kind: 'paired'; now: Float64Array; baseline: Float64Array }
  | { kind: 'unpaired'; now: MeanWithError; baseline: MeanWithError }
  | { kind: 'no interval'; why: string }
  | { kind: 'not comparable'; why: string };

export interface MatchedRow extends RowKey {
  baseline: number;
  now: number;
  plan: ComparisonPlan;
  /** A caveat shown with the row (e.g. sample ids not recorded by the baseline). */
  caveat?: string;
}

export interface RowMatching {
  matched: MatchedRow[];
  new_rows: NewOrMissingRow[];
  missing_rows: NewOrMissingRow[];
  /** Evaluation rows whose log status changed (success → error, …). */
  status_changes: StatusChange[];
}

export const rowKey = (row: RowKey): string => JSON.stringify([row.run, row.task, row.epoch]);

const EPS = 1e-12;

/**
 * Pairs rows; rows present on one side only are new or missing. A row whose log status changed is a
 * status change, not a metric comparison, unless both still have an accuracy.
 */
export function matchRows(
  now: readonly EvaluationRow[],
  samplesOf: (row: EvaluationRow) => RowSamples | null,
  baseline: readonly BaselineEvaluation[],
): RowMatching {
  const baseByKey = new Map<string, BaselineEvaluation>();
  for (const row of baseline) if (!baseByKey.has(rowKey(row))) baseByKey.set(rowKey(row), row);
  const seen = new Set<string>();
  const result: RowMatching = { matched: [], new_rows: [], missing_rows: [], status_changes: [] };
  for (const row of now) {
    const key = rowKey(row);
    if (seen.has(key)) continue;
    seen.add(key);
    const base = baseByKey.get(key);
    if (!base) {
      if (row.status !== 'missing') result.new_rows.push(keyOf(row, row.accuracy));
      continue;
    }
    if (base.status !== row.status) {
      result.status_changes.push({
        run: row.run,
        stage: 'evaluation',
        task: row.task,
        epoch: row.epoch,
        from: base.status,
        to: row.status,
        worse: base.status === 'success' && row.status !== 'success',
      });
    }
    if (row.accuracy === null || base.accuracy === null) continue;
    result.matched.push({
      ...keyOf(row),
      baseline: base.accuracy,
      now: row.accuracy,
      ...plan(row, samplesOf(row), base),
    });
  }
  for (const base of baseline) {
    if (!seen.has(rowKey(base)) && base.status !== 'missing') {
      seen.add(rowKey(base));
      result.missing_rows.push(keyOf(base, base.accuracy));
    }
  }
  return result;
}

function keyOf(row: RowKey): RowKey;
function keyOf(row: RowKey, accuracy: number | null): NewOrMissingRow;
function keyOf(row: RowKey, accuracy?: number | null): RowKey | NewOrMissingRow {
  const key = { run: row.run, task: row.task, epoch: row.epoch };
  return accuracy === undefined ? key : { ...key, accuracy };
}

/** Same scorer, sample count and sample ids, then paired if both kept per-sample scores. */
function plan(
  row: EvaluationRow,
  samples: RowSamples | null,
  base: BaselineEvaluation,
): { plan: ComparisonPlan; caveat?: string } {
  const scorer = row.scorer ?? null;
  if (scorer !== null && base.scorer !== null && scorer !== base.scorer) {
    return notComparable(`scorer ${base.scorer} → ${scorer}`);
  }
  if (row.samples !== null && base.samples !== null && row.samples !== base.samples) {
    return notComparable(`${base.samples} → ${row.samples} samples`);
  }
  const fingerprint = samples?.fingerprint ?? null;
  if (fingerprint !== null && base.fingerprint !== null && fingerprint !== base.fingerprint) {
    return notComparable('different sample ids (same count)');
  }
  const caveat =
    fingerprint !== null && base.fingerprint !== null
      ? undefined
      : base.fingerprint === null
        ? 'the baseline did not record its sample ids: matched on scorer and sample count only'
        : 'the sample ids of this run are not known: matched on scorer and sample count only';
  const withCaveat = (planned: ComparisonPlan) => ({ plan: planned, ...(caveat ? { caveat } : {}) });
  if (
    samples !== null &&
    base.scores !== null &&
    fingerprint === base.fingerprint &&
    samples.scores.length === base.scores.length
  ) {
    // pairedDifference leaves out a sample unscored (NaN) on either side.
    return withCaveat({ kind: 'paired', now: samples.scores, baseline: base.scores });
  }
  const nowSide = estimate(row.accuracy!, row.stderr, row.samples, samples?.scores ?? null);
  const baseSide = estimate(base.accuracy!, base.stderr, base.samples, base.scores);
  if (nowSide === null || baseSide === null) {
    const which =
      nowSide === null && baseSide === null ? 'either side' : nowSide === null ? 'this run' : 'the baseline';
    return withCaveat({ kind: 'no interval', why: `no standard error or per-sample scores for ${which}` });
  }
  return withCaveat({ kind: 'unpaired', now: nowSide, baseline: baseSide });
}

function notComparable(why: string): { plan: ComparisonPlan } {
  return { plan: { kind: 'not comparable', why } };
}

/**
 * One side's mean, standard error and n: the log's stderr (inspect's CLT standard error), else the
 * sample standard deviation of the per-sample scores / √n. null when neither is known.
 */
function estimate(
  mean: number,
  stderr: number | null,
  samples: number | null,
  scores: Float64Array | null,
): MeanWithError | null {
  if (stderr !== null && samples !== null && samples > 0) return { mean, se: stderr, n: samples };
  if (scores === null) return null;
  const computed = meanAndStderr(scores);
  return computed.n < 2 ? null : { mean, se: computed.stderr, n: computed.n };
}

/**
 * Whether two losses differ. summary.json writes a nan loss as null, so NaN and null are the same
 * here: a finite loss that became nan (or went missing) changed, a nan that is still nan did not.
 */
export function lossChanged(from: number | null, to: number | null): boolean {
  const a = from === null || Number.isNaN(from) ? null : from;
  const b = to === null || Number.isNaN(to) ? null : to;
  if (a === null || b === null) return a !== b;
  return Math.abs(a - b) > EPS * Math.max(1, Math.abs(a));
}
