// The pipeline's worker threads: one bounded pool (util/worker-pool.ts) for the CPU-bound part of
// reading an experiment, the evaluation logs (decompressing, parsing), the training outputs
// (searching 30 MB of progress bars) and the charts' loss curves, so that both cores read while the
// main thread dispatches, and then the analysis's bootstraps (pipeline/bootstraps.ts).
// The worker script is the CLI bundle, whose entry serves `pipelineTasks` on a worker thread.
import type { Experiment } from '../sources/experiment/index.js';
import { workerCount, WorkerPool, type TaskHandlers } from '../util/worker-pool.js';
import { bootstrapTasks } from './bootstraps.js';
import { evalLogTasks, LOGS_PER_WORKER, PER_WORKER } from './eval-logs.js';
import { trainingTasks } from './training.js';

/** Every task a pipeline worker serves. */
export const pipelineTasks: TaskHandlers = { ...evalLogTasks, ...trainingTasks, ...bootstrapTasks };

/** A pool for reading this many files, or null when they are too few to be worth a thread. */
export async function startReadingPool(files: number): Promise<WorkerPool | null> {
  const threads = workerCount(Math.floor(files / LOGS_PER_WORKER));
  return threads > 0 ? WorkerPool.start(threads, PER_WORKER) : null;
}

/** The evaluations the matrix plans: each row's tasks, at each of its epochs (once for a control). */
export function plannedEvaluations(experiment: Experiment): number {
  return experiment.matrix.reduce((sum, entry) => sum + entry.tasks.length * (entry.epochs?.length ?? 1), 0);
}

/**
 * The files an experiment's YAML promises: a training output per fine-tuned run and a log per
 * planned evaluation. Known before the directory is searched, so a pool started from it boots
 * (~0.1 s per thread, loading the bundle) while the main thread searches.
 */
export function expectedFiles(experiment: Experiment): number {
  return fineTunedRuns(experiment) + plannedEvaluations(experiment);
}

/** The fine-tuned runs: each promises a training output. */
export function fineTunedRuns(experiment: Experiment): number {
  return experiment.runs.filter((run) => run.type === 'fine-tuned').length;
}
