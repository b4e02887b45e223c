// What the queue and the progress bars add to the decided statuses. Pure.
//
// - A job squeue lists but sacct does not know yet (accounting lags, or is off) counts as a sacct row
//   with squeue's state, so the usual decision table sees it.
// - A fine-tuning with no output at all is PENDING or RUNNING when a job of the queue belongs to it
//   (queued vs. never submitted read differently); an eval job of the queue without a log makes the
//   run's evaluation PENDING or RUNNING.
// - A RUNNING fine-tuning gets its progress (epoch, step of total, loss, time left).
// - A training without sacct's elapsed time gets its duration from the progress bars.
import type { SacctJob } from '../sources/slurm/sacct.js';
import type { QueuedJob } from '../sources/slurm/squeue.js';
import type { TqdmDuration } from '../sources/slurm/tqdm-duration.js';
import type { TqdmProgress } from '../sources/slurm/tqdm.js';
import type { ActiveEvalJob } from './eval-placement.js';
import { trainingProgress } from './progress.js';
import type { QueuedStage } from './queued-jobs.js';
import type { TrainingFacts } from './training.js';

/** sacct's rows, plus squeue's for the jobs sacct has no row for. */
export function withQueuedJobs(
  sacctJobs: ReadonlyMap<string, SacctJob>,
  queued: readonly QueuedJob[] | null,
): Map<string, SacctJob> {
  const merged = new Map(sacctJobs);
  for (const job of queued ?? []) {
    if (job.state === 'ENDED' || merged.has(job.jobId)) continue;
    merged.set(job.jobId, {
      jobId: job.jobId,
      jobName: job.jobName,
      state: job.state,
      rawState: job.rawState,
      elapsedSeconds: job.runSeconds,
      exitCode: null,
      steps: [],
    });
  }
  return merged;
}

function queuedReason(stage: QueuedStage): string {
  if (stage.state === 'PENDING') {
    return `queued as job ${stage.jobId}${stage.reason ? ` (waiting: ${stage.reason})` : ''}, nothing written yet`;
  }
  return `job ${stage.jobId} is running, no output yet`;
}

export interface LiveTrainingInput {
  /** Run name → progress render of its output's tail. */
  progress: ReadonlyMap<string, TqdmProgress | null>;
  /** Run name → training time from the progress bars. */
  barDurations: ReadonlyMap<string, TqdmDuration | null>;
  /** Run name → configured training epochs. */
  configuredEpochs: ReadonlyMap<string, number | null>;
  queued: readonly QueuedStage[];
  /** Whether squeue answered: only then is "not in the queue" known. */
  queueKnown: boolean;
}

/** Adds the queue, progress and bar durations to each run's training facts (a new map). */
export function liveTraining(
  training: ReadonlyMap<string, TrainingFacts>,
  input: LiveTrainingInput,
): Map<string, TrainingFacts> {
  const out = new Map<string, TrainingFacts>();
  for (const [run, facts] of training) {
    const next: TrainingFacts = { ...facts };
    if (facts.durationS !== null) next.durationSource = 'sacct';
    else {
      const bars = input.barDurations.get(run);
      if (bars) {
        next.durationS = bars.seconds;
        next.durationSource = 'progress-bar';
      }
    }
    const queued = input.queued.find((stage) => stage.run === run && stage.stage === 'fine-tuning');
    if (facts.status === 'NOT_STARTED' && facts.slurmOut === null) {
      if (queued) {
        next.status = queued.state;
        next.reason = queuedReason(queued);
        next.jobId = queued.jobId;
      } else if (input.queueKnown) {
        next.reason = `${facts.reason ? `${facts.reason}; ` : ''}no job of this run in the SLURM queue: never submitted (or long gone)`;
      }
    }
    const render = input.progress.get(run);
    if (next.status === 'RUNNING' && render) {
      next.progress = trainingProgress(render, input.configuredEpochs.get(run) ?? null);
    }
    out.set(run, next);
  }
  return out;
}

/** Queued or running eval jobs of the queue that no eval job output on disk stands for yet. */
export function queuedEvalJobs(
  queued: readonly QueuedStage[],
  knownJobIds: ReadonlySet<string>,
): ActiveEvalJob[] {
  return queued
    .filter((stage) => stage.stage === 'evaluation' && !knownJobIds.has(stage.jobId))
    .map((stage) => ({ run: stage.run, state: stage.state }));
}
