// A simulated sweep rerun against its baseline, for the false-alarm test and the baseline bench:
// every sample has its own chance of being right (easy and hard questions), both sides are drawn from
// the same chances (plus a real drop where one is set), paired or as an older unpaired baseline.
import { compareWithBaseline } from '../../src/model/baseline/compare.js';
import type { RowSamples } from '../../src/model/baseline/match.js';
import { meanAndStderr } from '../../src/model/stats/index.js';
import type { EvaluationRow, ExperimentSummary } from '../../src/model/summary.js';
import type { BaselineEvaluation, BaselineSummary } from '../../src/sources/baseline/read-baseline.js';

export interface RowTruth {
  run: string;
  task: string;
  epoch: number;
  /** Each sample's chance of being right, the same on both sides unless `drop` is set. */
  p: Float64Array;
  /** Subtracted from every sample's chance, now only: a real regression. */
  drop?: number;
}

/** A sweep of runs × 2 tasks × 2 epochs, each sample with its own accuracy (easy and hard questions). */
export function sweep(random: () => number, runs: number, samples: number): RowTruth[] {
  const rows: RowTruth[] = [];
  for (let r = 0; r < runs; r++) {
    for (const task of ['cap', 'sent']) {
      for (const epoch of [0, 1]) {
        rows.push({
          run: `run${r}`,
          task,
          epoch,
          p: Float64Array.from({ length: samples }, () => 0.05 + 0.9 * random()),
        });
      }
    }
  }
  return rows;
}

const draw = (random: () => number, p: Float64Array, drop = 0) =>
  Float64Array.from(p, (chance) => (random() < Math.max(0, chance - drop) ? 1 : 0));

function evaluationRow(truth: RowTruth, scores: Float64Array): EvaluationRow {
  const { mean, stderr } = meanAndStderr(scores);
  return {
    run: truth.run,
    task: truth.task,
    epoch: truth.epoch,
    accuracy: mean,
    balanced_accuracy: null,
    f1: null,
    samples: scores.length,
    stderr,
    status: 'success',
    log: null,
    scorer: 'match',
  };
}

/** One rerun: both sides drawn from the same truth (plus any drop); paired or as an older unpaired baseline. */
export function rerun(truths: RowTruth[], random: () => number, paired: boolean) {
  const fingerprint = '0123456789abcdef';
  const samples = new Map<EvaluationRow, RowSamples>();
  const nowRows: EvaluationRow[] = [];
  const baseRows: BaselineEvaluation[] = [];
  for (const truth of truths) {
    const base = draw(random, truth.p);
    const now = draw(random, truth.p, truth.drop);
    const row = evaluationRow(truth, now);
    nowRows.push(row);
    samples.set(row, { fingerprint, scores: now });
    const baseRow = evaluationRow(truth, base);
    baseRows.push({
      ...baseRow,
      accuracy: baseRow.accuracy,
      scorer: 'match',
      fingerprint: paired ? fingerprint : null,
      scores: paired ? base : null,
    });
  }
  const summary = {
    experiment: { name: 'sweep', dir: '/x' },
    runs: [],
    training: [],
    evaluations: nowRows,
  } as unknown as ExperimentSummary;
  const baseline: BaselineSummary = {
    source: 'b.json',
    experiment: 'sweep',
    generated: null,
    runs: [],
    training: [],
    evaluations: baseRows,
    problems: [],
  };
  return compareWithBaseline(summary, baseline, { margin: 0, samplesOf: (row) => samples.get(row) ?? null });
}
