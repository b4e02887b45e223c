// Reading one run's training output: the final loss and failure evidence from its tail, and the
// progress bars (the latest render, and the training time when SLURM accounting has none). On a
// worker thread when the experiment is big enough for them (see pipeline/workers.ts): a sweep's
// 30 MB outputs are CPU-bound searches that would otherwise hold up the main thread.
import type { Diagnostic } from '../diagnostic.js';
import { readTqdmBars, type TqdmDuration } from '../sources/slurm/tqdm-duration.js';
import { readTqdmProgress, type TqdmProgress } from '../sources/slurm/tqdm.js';
import { readTrainingLog, type TrainingLogReading } from '../sources/slurm/training-log.js';
import { readLossCurve, type LossCurve } from '../sources/slurm/loss-curve.js';
import { fsProblem } from '../util/fs-errors.js';
import type { TaskHandlers, WorkerPool } from '../util/worker-pool.js';
import type { TrainingOutput } from './discover.js';

export interface TrainingReading {
  run: string;
  /** Null when the run has no training output. */
  reading: TrainingLogReading | null;
  /** The latest progress-bar render of the output's tail; null when none (or no output). */
  progress: TqdmProgress | null;
  /** Training time from the progress bars, read only when sacct has no elapsed time for the job. */
  barDuration: TqdmDuration | null;
  /** The loss curve for the charts; null when charts are off or there is no training output. */
  curve: LossCurve | null;
  diagnostics: Diagnostic[];
}

/**
 * Read one training output. `barDuration`: whether to search the progress bars for the training
 * time (only when accounting has no elapsed time for the job: it reads a few windows per epoch).
 */
export async function readTraining(found: TrainingOutput, barDuration: boolean): Promise<TrainingReading> {
  const diagnostics: Diagnostic[] = [];
  const out = found.slurmOut;
  const reading = out ? await readTrainingLog(out.path) : null;
  if (reading?.error) diagnostics.push({ level: 'error', file: reading.path, message: reading.error });
  let progress: TqdmProgress | null = null;
  let duration: TqdmDuration | null = null;
  if (out && !reading?.error) {
    // The output may be written while it is read: a failure here is the next check's to retry.
    try {
      if (barDuration) {
        // Reading the bars for the duration folds the tail too: the progress comes with it.
        const bars = await readTqdmBars(out.path);
        duration = bars.duration;
        progress = bars.latest;
      } else {
        progress = await readTqdmProgress(out.path);
      }
    } catch (error) {
      diagnostics.push({
        level: 'error',
        file: out.path,
        message: `cannot read the progress bars of ${out.path}: ${fsProblem(error)}`,
      });
    }
  }
  if (found.olderOutputs > 0 && found.slurmOut) {
    diagnostics.push({
      level: 'warning',
      file: found.slurmOut.path,
      message: `${found.run}: ${found.olderOutputs + 1} training outputs; the newest was read`,
    });
  }
  return { run: found.run, reading, progress, barDuration: duration, curve: null, diagnostics };
}

const READ_TRAINING_TASK = 'readTraining';

/**
 * readTraining on the pool's worker threads when there is a pool; on this thread when there is none
 * or when a worker dies (it takes its tasks with it).
 */
export function readTrainingOn(
  pool: WorkerPool | null,
  found: TrainingOutput,
  barDuration: boolean,
): Promise<TrainingReading> {
  if (!pool) return readTraining(found, barDuration);
  return pool
    .run<TrainingReading>(READ_TRAINING_TASK, { found, barDuration })
    .catch(() => readTraining(found, barDuration));
}

const READ_LOSS_CURVE_TASK = 'readLossCurve';

/**
 * readLossCurve on the pool's worker threads when there is a pool, as readTrainingOn: parsing its
 * windows' renders (~10 ms per 30 MB output) would otherwise take the main thread's time from the
 * workers it feeds, on a machine with as many workers as cores.
 */
export function readLossCurveOn(pool: WorkerPool | null, path: string): Promise<LossCurve> {
  if (!pool) return readLossCurve(path);
  return pool.run<LossCurve>(READ_LOSS_CURVE_TASK, path).catch(() => readLossCurve(path));
}

/** What a worker thread serves for readTrainingOn and readLossCurveOn. */
export const trainingTasks: TaskHandlers = {
  [READ_TRAINING_TASK]: async (payload) => {
    const { found, barDuration } = payload as { found: TrainingOutput; barDuration: boolean };
    return readTraining(found, barDuration);
  },
  [READ_LOSS_CURVE_TASK]: async (payload) => readLossCurve(payload as string),
};
