// The status of a stage of a run, as the tables show it. Defined here, below the model, because the
// training-log reader names the status a failure means; src/model/summary.ts re-exports it.

/** Status of a stage of a run (fine-tuning or evaluation), as shown in the tables. */
export type StageStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'TIMEOUT'
  | 'CANCELLED'
  | 'OUT_OF_MEMORY'
  | 'PREEMPTED'
  | 'NODE_FAIL'
  | 'RUNNING'
  | 'PENDING'
  | 'NOT_STARTED'
  | 'PARTIAL'
  | 'N/A';

/** Stage statuses after which nothing more happens without someone resubmitting a job (not RUNNING, PENDING). */
export const FAILED_STAGE_STATUSES: ReadonlySet<StageStatus> = new Set<StageStatus>([
  'FAILED',
  'TIMEOUT',
  'CANCELLED',
  'OUT_OF_MEMORY',
  'PREEMPTED',
  'NODE_FAIL',
]);
