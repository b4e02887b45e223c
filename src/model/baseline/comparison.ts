// The comparison of this summary with a baseline (an earlier summary.json, e.g. the base branch's):
// the types summary.json and the "Changes since baseline" section share. Field names are summary.json's.

/**
 * - `regressed` / `improved`: the difference is beyond ±margin after family-wise error control;
 * - `no change`: the 95% interval of the difference lies inside ±margin;
 * - `inconclusive`: neither (the data cannot tell);
 * - `not comparable`: the two rows did not measure the same thing (`reason` says why): no verdict.
 */
export type Verdict = 'regressed' | 'improved' | 'no change' | 'inconclusive' | 'not comparable';

export interface RowKey {
  run: string;
  task: string;
  epoch: number | null;
}

export interface ComparedRow extends RowKey {
  /** The mean per-sample score (inspect's accuracy): what the per-sample scores let us pair. */
  metric: 'accuracy';
  baseline: number;
  now: number;
  /** now − baseline. */
  delta: number;
  /** 95% interval of the difference (not adjusted for multiplicity); null without standard errors. */
  low: number | null;
  high: number | null;
  /** Paired on the per-sample scores of the same samples, or unpaired from the two standard errors. */
  paired: boolean;
  /** Samples paired (paired), or this run's samples (unpaired). */
  n: number | null;
  /** How the interval was computed, in words. */
  method: string | null;
  /** Two-sided p-value of "the difference is within ±margin"; null when not computed. */
  p: number | null;
  verdict: Verdict;
  /** Why not comparable, or a caveat (e.g. the baseline did not record the sample ids). */
  reason?: string;
}

export interface StatusChange {
  run: string;
  stage: 'fine-tuning' | 'evaluation';
  /** The evaluation row (task and epoch) for a changed log status; absent for a run's stage. */
  task?: string;
  epoch?: number | null;
  from: string;
  to: string;
  /** It ended in failure now and did not before (COMPLETED → FAILED, success → error). */
  worse: boolean;
}

export interface LossChange {
  run: string;
  from: number | null;
  /** NaN when the loss became nan (summary.json writes null, `became_nan` says which). */
  to: number | null;
  became_nan: boolean;
}

export interface NewOrMissingRow extends RowKey {
  /** This summary's accuracy (new rows) or the baseline's (missing rows). */
  accuracy: number | null;
}

export interface BaselineComparison {
  /** Where the baseline came from: a path, or the artifact and run it was downloaded from. */
  source: string;
  /** The workflow run the baseline came from, when known (`baseline: auto`). */
  url: string | null;
  experiment: string;
  generated: string | null;
  margin: number;
  /** Family-wise error rate the verdicts control across `compared` rows. */
  alpha: number;
  correction: 'Holm–Bonferroni';
  /** Rows with a difference and an interval: the family the correction runs over. */
  compared: number;
  regressions: number;
  improvements: number;
  /** Regressed first, then improved, then the rest in the summary's row order. */
  rows: ComparedRow[];
  new_rows: NewOrMissingRow[];
  missing_rows: NewOrMissingRow[];
  /** Worse first. */
  status_changes: StatusChange[];
  loss_changes: LossChange[];
  /** Baseline rows that could not be used, and other caveats, one sentence each. */
  problems: string[];
}
