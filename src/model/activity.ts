// What the watch needs to know of a summary: whether anything still runs or waits, and one line
// per run stage whose change is worth a line on the console. Pure.
import type { ExperimentSummary, StageStatus } from './summary.js';

const ACTIVE: ReadonlySet<StageStatus> = new Set<StageStatus>(['RUNNING', 'PENDING']);

/** Whether any stage of any run is RUNNING or PENDING. */
export function hasActiveWork(summary: Pick<ExperimentSummary, 'runs'>): boolean {
  return summary.runs.some((run) => ACTIVE.has(run.finetune.status) || ACTIVE.has(run.evaluation.status));
}

/**
 * `rank4: fine-tuning RUNNING, evaluation NOT_STARTED` per run, and the completion count: lines that
 * change when a status does (not with every step of progress, which would print a line each check).
 */
export function activityLines(summary: Pick<ExperimentSummary, 'runs' | 'complete' | 'total'>): string[] {
  return [
    `${summary.complete}/${summary.total} runs complete`,
    ...summary.runs.map(
      (run) => `${run.name}: fine-tuning ${run.finetune.status}, evaluation ${run.evaluation.status}`,
    ),
  ];
}
