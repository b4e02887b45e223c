// This summary against a baseline summary.json: matched rows with verdicts (worse first, then better),
// new and missing rows, changed stage statuses and changed final losses. Pure.
import type { BaselineSummary } from '../../sources/baseline/read-baseline.js';
import type { EvaluationRow, ExperimentSummary } from '../summary.js';
import type { BaselineComparison, ComparedRow } from './comparison.js';
import { lossChanges, stageStatusChanges, worseFirst } from './changes.js';
import { matchRows, type RowSamples } from './match.js';
import { decideVerdicts, FAMILY_ALPHA } from './verdict.js';

export interface CompareOptions {
  /** Differences within ±margin do not matter (default 0). */
  margin: number;
  /** The workflow run the baseline came from, when known. */
  url?: string | null;
  /** This run's per-sample data of a row, when it was read. */
  samplesOf: (row: EvaluationRow) => RowSamples | null;
}

const rank = (row: ComparedRow) => (row.verdict === 'regressed' ? 0 : row.verdict === 'improved' ? 1 : 2);

/** Regressed (largest drop first), improved (largest gain first), then the rest in row order. */
function ordered(rows: ComparedRow[]): ComparedRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const byRank = rank(a.row) - rank(b.row);
      if (byRank !== 0) return byRank;
      if (a.row.verdict === 'regressed') return a.row.delta - b.row.delta;
      if (a.row.verdict === 'improved') return b.row.delta - a.row.delta;
      return a.index - b.index;
    })
    .map(({ row }) => row);
}

export function compareWithBaseline(
  summary: ExperimentSummary,
  baseline: BaselineSummary,
  options: CompareOptions,
): BaselineComparison {
  const matching = matchRows(summary.evaluations, options.samplesOf, baseline.evaluations);
  const rows = ordered(decideVerdicts(matching.matched, options.margin));
  const problems = [...baseline.problems];
  if (baseline.experiment !== '' && baseline.experiment !== summary.experiment.name) {
    problems.push(`the baseline is of experiment ${baseline.experiment}, this is ${summary.experiment.name}`);
  }
  return {
    source: baseline.source,
    url: options.url ?? null,
    experiment: baseline.experiment,
    generated: baseline.generated,
    margin: options.margin,
    alpha: FAMILY_ALPHA,
    correction: 'Holm–Bonferroni',
    compared: rows.filter((row) => row.p !== null).length,
    regressions: rows.filter((row) => row.verdict === 'regressed').length,
    improvements: rows.filter((row) => row.verdict === 'improved').length,
    rows,
    new_rows: matching.new_rows,
    missing_rows: matching.missing_rows,
    status_changes: worseFirst([
      ...stageStatusChanges(summary.runs, baseline.runs),
      ...matching.status_changes,
    ]),
    loss_changes: lossChanges(summary.training, baseline.training),
    problems,
  };
}
