// What changed since the baseline besides the metrics: each run's stage statuses (COMPLETED → FAILED)
// and each fine-tuned run's final training loss (including a loss that became nan).
import type { BaselineRun, BaselineTraining } from '../../sources/baseline/read-baseline.js';
import { FAILED_STAGE_STATUSES, type RunSummary, type StageStatus, type TrainingRow } from '../summary.js';
import type { LossChange, StatusChange } from './comparison.js';
import { lossChanged } from './match.js';

const failed = (status: string) => FAILED_STAGE_STATUSES.has(status as StageStatus);

/** Stage statuses that differ between the baseline and now, for runs present in both. */
export function stageStatusChanges(
  now: readonly RunSummary[],
  baseline: readonly BaselineRun[],
): StatusChange[] {
  const baseByName = new Map(baseline.map((run) => [run.name, run]));
  const changes: StatusChange[] = [];
  for (const run of now) {
    const base = baseByName.get(run.name);
    if (!base) continue;
    const stages = [
      ['fine-tuning', base.finetune, run.finetune.status],
      ['evaluation', base.evaluation, run.evaluation.status],
    ] as const;
    for (const [stage, from, to] of stages) {
      if (from !== to) changes.push({ run: run.name, stage, from, to, worse: failed(to) && !failed(from) });
    }
  }
  return changes;
}

/** Final losses that changed, for runs with a training row on both sides. */
export function lossChanges(
  now: readonly TrainingRow[],
  baseline: readonly BaselineTraining[],
): LossChange[] {
  const baseByRun = new Map(baseline.map((row) => [row.run, row]));
  const changes: LossChange[] = [];
  for (const row of now) {
    const base = baseByRun.get(row.run);
    if (!base || !lossChanged(base.final_loss, row.final_loss)) continue;
    const becameNan =
      row.final_loss !== null &&
      Number.isNaN(row.final_loss) &&
      base.final_loss !== null &&
      !Number.isNaN(base.final_loss);
    changes.push({ run: row.run, from: base.final_loss, to: row.final_loss, became_nan: becameNan });
  }
  return changes;
}

/** Worse first (stable otherwise). */
export function worseFirst(changes: StatusChange[]): StatusChange[] {
  return [...changes.filter((change) => change.worse), ...changes.filter((change) => !change.worse)];
}
