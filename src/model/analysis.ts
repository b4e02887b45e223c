// What the results mean: a 95% interval on every accuracy and balanced-accuracy value, the difference
// to the control run on the same task (paired on shared samples whenever possible), the noise floor
// per task and the headline. Pure: evaluation rows (with their per-sample scores) in, findings out.
import {
  COMPUTED_BOOTSTRAPS,
  excludesZero,
  holmBonferroni,
  meanAndStderr,
  meanInterval,
  pairedDifference,
  planningBootstraps,
  unpairedDifference,
  wilsonInterval,
  Z95,
  type BootstrapRequest,
  type Bootstraps,
} from './stats/index.js';
import {
  countedClasses,
  countedSamples,
  pairClasses,
  pairScores,
  type SampleScores,
} from './sample-scores.js';

export type IntervalMethod = 'wilson' | 't' | 'bootstrap';
export type MetricName = 'balanced_accuracy' | 'accuracy';

export interface MetricInterval {
  low: number;
  high: number;
  method: IntervalMethod;
}

export interface VsControl {
  /** The control run compared with. */
  run: string;
  metric: MetricName;
  /** This row's metric minus the control's. */
  delta: number;
  /** 95% interval of delta; null when it cannot be computed. */
  low: number | null;
  high: number | null;
  /** Whether the interval comes from per-sample differences on shared samples. */
  paired: boolean;
  /** Samples compared (shared samples when paired). */
  n: number;
  method: 'paired-t' | 'paired-bootstrap' | 'unpaired-t';
  /** Two-sided p-value of delta = 0, for the multiple-comparison correction. */
  p: number | null;
  /**
   * Holm–Bonferroni-adjusted p over all of the experiment's comparisons with a p-value and an interval;
   * null for a comparison outside that family (no p-value or no interval).
   */
  p_holm: number | null;
  /** Beyond noise after the correction: the interval excludes 0 and p_holm ≤ 0.05. */
  after_holm: boolean;
}

/** A comparison before the multiple-comparison correction across the experiment. */
type Comparison = Omit<VsControl, 'p_holm' | 'after_holm'>;

export interface NoiseFloor {
  task: string;
  metric: MetricName;
  /** Half-width of a 95% interval of a difference: smaller differences cannot be told from noise. */
  half_width: number;
  /** Samples per comparison (shared samples when paired). */
  n: number;
  paired: boolean;
}

/** The rows' fields the analysis reads. */
export interface AnalysedRow {
  run: string;
  task: string;
  epoch: number | null;
  status: string;
  accuracy: number | null;
  balanced_accuracy: number | null;
  stderr: number | null;
  samples: number | null;
  sample_scores?: SampleScores | null;
}

export interface RowFindings {
  accuracy_ci: MetricInterval | null;
  balanced_accuracy_ci: MetricInterval | null;
  vs_control: VsControl | null;
}

export interface Analysis {
  /** Per row, in the rows' order. */
  rows: RowFindings[];
  noise_floor: NoiseFloor[];
  /** One sentence per fact a reader needs to trust the numbers (how each interval was computed, …). */
  notes: string[];
  /** Comparisons whose interval excludes 0, and how many of them survive Holm–Bonferroni at 5%. */
  beyond_noise: { comparisons: number; excluding_zero: number; after_holm: number };
}

export interface RunInfo {
  name: string;
  type: string;
  model: string | null;
}

/** Family-wise error rate of the multiple-comparison correction. */
export const HOLM_ALPHA = 0.05;

const close = (x: number, y: number): boolean => Math.abs(x - y) < 1e-9;

function accuracyInterval(row: AnalysedRow): MetricInterval | null {
  if (row.accuracy === null || !Number.isFinite(row.accuracy)) return null;
  const scores = row.sample_scores;
  if (scores) {
    const { mean, stderr, n } = meanAndStderr(scores.scores);
    if (scores.binary && n > 0 && close(mean, row.accuracy)) {
      const interval = wilsonInterval(Math.round(mean * n), n);
      if (interval) return { ...interval, method: 'wilson' };
    }
    if (n >= 2 && close(mean, row.accuracy)) {
      const interval = meanInterval(mean, row.stderr ?? stderr, n);
      if (interval) return { ...interval, method: 't' };
    }
  }
  if (row.stderr !== null && row.samples !== null) {
    const interval = meanInterval(row.accuracy, row.stderr, row.samples);
    if (interval) return { ...interval, method: 't' };
  }
  return null;
}

function balancedInterval(row: AnalysedRow, bootstraps: Bootstraps): MetricInterval | null {
  if (row.balanced_accuracy === null || !row.sample_scores) return null;
  const classes = countedClasses(row.sample_scores);
  if (!classes || classes.target.length < 2) return null;
  const result = bootstraps.single(classes.target, classes.outcome);
  if (!close(result.estimate, row.balanced_accuracy) || !Number.isFinite(result.low)) return null;
  return { low: result.low, high: result.high, method: 'bootstrap' };
}

/** The control to compare a run with: same base model, else the first control. */
function controlFor(run: RunInfo | undefined, controls: RunInfo[]): RunInfo | undefined {
  return controls.find((control) => run?.model != null && control.model === run.model) ?? controls[0];
}

interface RowComparison {
  vs: Comparison | null;
  /** The row's balanced-accuracy interval, when the paired bootstrap resampled every sample it counts. */
  rowInterval: MetricInterval | null;
}

/** The row's Δ vs the control on `metric`. */
function compare(
  row: AnalysedRow,
  control: AnalysedRow,
  metric: MetricName,
  bootstraps: Bootstraps,
): RowComparison {
  const value = row[metric];
  const base = control[metric];
  if (value === null || base === null) return { vs: null, rowInterval: null };
  const common = { run: control.run, metric, delta: value - base };
  if (metric === 'balanced_accuracy') return compareBalanced(row, control, common, bootstraps);
  return { vs: compareMeans(row, control, common), rowInterval: null };
}

/**
 * Balanced accuracy: a paired bootstrap on the samples both counted, else unpaired. When the paired
 * bootstrap resampled every sample the row counts, its replicates also give the row's own interval,
 * so the row needs no bootstrap of its own (on a sweep of hundreds of checkpoints, half the work).
 */
function compareBalanced(
  row: AnalysedRow,
  control: AnalysedRow,
  common: CommonFields,
  bootstraps: Bootstraps,
): RowComparison {
  const a = row.sample_scores;
  const b = control.sample_scores;
  const paired = a && b ? pairClasses(a, b) : null;
  if (a && paired && paired.target.length >= 2) {
    const result = bootstraps.paired(paired.target, paired.a, paired.b);
    const covers =
      paired.target.length === countedSamples(a) &&
      row.balanced_accuracy !== null &&
      close(result.a, row.balanced_accuracy) &&
      Number.isFinite(result.aInterval.low);
    const vs: Comparison = {
      ...common,
      delta: result.estimate,
      low: result.low,
      high: result.high,
      paired: true,
      n: paired.target.length,
      method: 'paired-bootstrap',
      p: result.p,
    };
    return { vs, rowInterval: covers ? { ...result.aInterval, method: 'bootstrap' } : null };
  }
  // Unpaired: each side's standard error from its bootstrap interval (half-width / 1.96).
  const [ra, rb] = [balancedInterval(row, bootstraps), balancedInterval(control, bootstraps)];
  if (!ra || !rb || row.samples === null || control.samples === null) return { vs: null, rowInterval: ra };
  const seA = (ra.high - ra.low) / (2 * Z95);
  const seB = (rb.high - rb.low) / (2 * Z95);
  return { vs: unpaired(common, seA, row.samples, seB, control.samples), rowInterval: ra };
}

/** Accuracy (mean score): a paired t interval on the samples both scored, else Welch from the stderrs. */
function compareMeans(row: AnalysedRow, control: AnalysedRow, common: CommonFields): Comparison | null {
  const a = row.sample_scores;
  const b = control.sample_scores;
  if (a && b) {
    const paired = pairScores(a, b);
    if (paired.a.length >= 2) {
      const difference = pairedDifference(paired.a, paired.b);
      return {
        ...common,
        delta: difference.delta,
        low: difference.low,
        high: difference.high,
        paired: true,
        n: difference.n,
        method: 'paired-t',
        p: difference.p,
      };
    }
  }
  if (row.stderr === null || control.stderr === null || row.samples === null || control.samples === null)
    return null;
  return unpaired(common, row.stderr, row.samples, control.stderr, control.samples);
}

type CommonFields = Pick<VsControl, 'run' | 'metric' | 'delta'>;

function unpaired(common: CommonFields, seA: number, nA: number, seB: number, nB: number): Comparison {
  const difference = unpairedDifference({ mean: common.delta, se: seA, n: nA }, { mean: 0, se: seB, n: nB });
  return {
    ...common,
    low: difference.low,
    high: difference.high,
    paired: false,
    n: difference.n,
    method: 'unpaired-t',
    p: difference.p,
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function noiseFloors(rows: readonly AnalysedRow[], findings: RowFindings[]): NoiseFloor[] {
  const byTask = new Map<string, VsControl[]>();
  rows.forEach((row, index) => {
    const vs = findings[index]!.vs_control;
    if (!vs || vs.low === null || vs.high === null) return;
    const list = byTask.get(row.task) ?? [];
    list.push(vs);
    byTask.set(row.task, list);
  });
  const floors: NoiseFloor[] = [];
  for (const [task, comparisons] of byTask) {
    const paired = comparisons.filter((vs) => vs.paired);
    const used = paired.length > 0 ? paired : comparisons;
    floors.push({
      task,
      metric: used[0]!.metric,
      half_width: median(used.map((vs) => (vs.high! - vs.low!) / 2)),
      n: Math.round(median(used.map((vs) => vs.n))),
      paired: paired.length > 0,
    });
  }
  return floors;
}

/**
 * Holm–Bonferroni at 5% over every comparison with a p-value and an interval (the family the notes
 * count): each gets its adjusted p and whether it stays beyond noise; the others get null and false.
 */
function correctForMultipleComparisons(
  comparisons: ReadonlyArray<Comparison | null>,
): Array<VsControl | null> {
  const inFamily = (vs: Comparison | null): vs is Comparison =>
    vs !== null && Number.isFinite(vs.p) && vs.low !== null;
  const family = comparisons.filter(inFamily);
  const holm = holmBonferroni(
    family.map((vs) => vs.p!),
    HOLM_ALPHA,
  );
  const adjusted = new Map(family.map((vs, index) => [vs, index]));
  return comparisons.map((vs) => {
    if (!vs) return null;
    const index = adjusted.get(vs);
    if (index === undefined) return { ...vs, p_holm: null, after_holm: false };
    return {
      ...vs,
      p_holm: holm.adjusted[index]!,
      after_holm: holm.rejected[index]! && excludesZero(vs.low, vs.high),
    };
  });
}

/**
 * The balanced-accuracy bootstraps analyse(runs, rows) will ask for: a dry run of the part of the
 * analysis that has bootstraps, which computes none. Each is a few counts (see BootstrapRequest), to
 * compute on other threads and give to the analysis (knownBootstraps); one it misses (a set of
 * replicates with none valid, whose interval the dry run cannot foresee) is computed when asked for.
 */
export function plannedBootstraps(
  runs: readonly RunInfo[],
  rows: readonly AnalysedRow[],
): BootstrapRequest[] {
  const plan = planningBootstraps();
  compareRows(runs, rows, plan.bootstraps, true);
  return plan.requests;
}

interface ComparedRows {
  /** Per row, its Δ vs its control (before the multiple-comparison correction). */
  comparisons: Array<Comparison | null>;
  /** Per row, its balanced-accuracy interval. */
  balanced: Array<MetricInterval | null>;
  /** Controls some runs were compared with although their base models differ. */
  fallbacks: Set<string>;
}

/**
 * The part of the analysis with bootstraps: each row's Δ vs its control and its balanced-accuracy
 * interval. `onlyBootstraps` leaves out the comparisons that need none (plannedBootstraps' dry run).
 */
function compareRows(
  runs: readonly RunInfo[],
  rows: readonly AnalysedRow[],
  bootstraps: Bootstraps,
  onlyBootstraps = false,
): ComparedRows {
  const runByName = new Map(runs.map((run) => [run.name, run]));
  const controls = runs.filter((run) => run.type === 'control');
  const balanced: Array<MetricInterval | null> = rows.map(() => null);
  const successByRunTask = new Map<string, AnalysedRow>();
  for (const row of rows) {
    const key = `${row.run}\u0000${row.task}`;
    if (row.status === 'success' && !successByRunTask.has(key)) successByRunTask.set(key, row);
  }
  const fallbacks = new Set<string>();
  const comparisons: Array<Comparison | null> = rows.map((row, index) => {
    const run = runByName.get(row.run);
    if (row.status !== 'success' || !run || run.type === 'control') return null;
    const control = controlFor(run, controls);
    if (!control) return null;
    const controlRow = successByRunTask.get(`${control.name}\u0000${row.task}`);
    if (!controlRow) return null;
    if (run.model == null || control.model !== run.model) fallbacks.add(control.name);
    const metric: MetricName =
      row.balanced_accuracy !== null && controlRow.balanced_accuracy !== null
        ? 'balanced_accuracy'
        : 'accuracy';
    if (onlyBootstraps && metric === 'accuracy') return null;
    const { vs, rowInterval } = compare(row, controlRow, metric, bootstraps);
    balanced[index] = rowInterval;
    return vs;
  });
  rows.forEach((row, index) => {
    if (row.status === 'success') balanced[index] ??= balancedInterval(row, bootstraps);
  });
  return { comparisons, balanced, fallbacks };
}

/**
 * Intervals, Δ vs control, noise floors and notes for the evaluation rows of an experiment.
 * `bootstraps` computes the balanced-accuracy bootstraps (each result once per set of counts).
 */
export function analyse(
  runs: readonly RunInfo[],
  rows: readonly AnalysedRow[],
  bootstraps: Bootstraps = COMPUTED_BOOTSTRAPS,
): Analysis {
  const controls = runs.filter((run) => run.type === 'control');
  const notes: string[] = [];
  const { comparisons, balanced, fallbacks } = compareRows(runs, rows, bootstraps);
  const findings: RowFindings[] = rows.map((row, index) => ({
    accuracy_ci: row.status === 'success' ? accuracyInterval(row) : null,
    balanced_accuracy_ci: balanced[index]!,
    vs_control: null,
  }));
  const corrected = correctForMultipleComparisons(comparisons);
  corrected.forEach((vs, index) => (findings[index]!.vs_control = vs));
  const family = corrected.filter((vs): vs is VsControl => vs !== null && vs.p_holm !== null);
  const beyond = {
    comparisons: family.length,
    excluding_zero: family.filter((vs) => excludesZero(vs.low, vs.high)).length,
    after_holm: family.filter((vs) => vs.after_holm).length,
  };
  for (const name of fallbacks) {
    notes.push(
      controls.length > 1
        ? `Δ vs control: no control run has the same base model for some runs; compared with "${name}".`
        : `Δ vs control: compared with "${name}", whose base model differs from (or is not stated for) some runs.`,
    );
  }
  return { rows: findings, noise_floor: noiseFloors(rows, findings), notes, beyond_noise: beyond };
}
